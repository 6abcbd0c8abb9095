using System.Globalization;
using MlsPrep.Web.Database;
using Microsoft.EntityFrameworkCore;

namespace MlsPrep.Web.Search;

/// <summary>
/// SQLite FTS5: SearchTopics holds one row per note to rank it by BM25, with titles and service names weighted far
/// above body text; SearchPlaces one row per section, checklist item and resource to land on; SearchTerms is the
/// vocabulary, loaded once per catalog version for spelling corrections.
/// </summary>
public sealed class Fts5SearchEngine : ISearchEngine
{
    /// <summary>Places of one topic share a rowid range, so replacing or finding them never scans the index.</summary>
    public const int PlacesPerTopicRange = 4096;

    // Column weights, in column order (topic_key, exams, domains, summary: never searched; then title, subject,
    // services, headings, concepts, body): a word in the title or a service name counts far more than one in the text.
    private const string TopicScore = "bm25(SearchTopics, 0, 0, 0, 0, 10.0, 14.0, 6.0, 3.0, 4.0, 1.0)";
    // Where a note says what it is about, as opposed to everything it mentions on the way.
    private const string AboutColumns = "title subject services headings concepts";
    // Below zero exactly when a matched phrase is in the title, subject or service names. For one word (with any
    // correction as an alternative) that is what NamedAsync asks, so the ranking answers it in the same pass.
    private const string NamedScore = "bm25(SearchTopics, 0, 0, 0, 0, 1.0, 1.0, 1.0, 0, 0, 0)";
    private const string PlaceScore = "bm25(SearchPlaces, 0, 0, 0, 0, 3.0, 1.0)";
    // BM25 favours short rows; a section that explains the words is a better landing than a one-line item.
    private const string SectionPreference = "3.0";

    private volatile IReadOnlyList<VocabularyTerm>? vocabulary;

    public async Task<bool> IsEmptyAsync(MlsPrepDb db, CancellationToken cancellation) =>
        await db.ScalarAsync<bool>("SELECT NOT EXISTS (SELECT 1 FROM SearchTopics)", cancellation);

    public async Task DeleteAsync(MlsPrepDb db, IEnumerable<long> topicIds, CancellationToken cancellation)
    {
        foreach (var id in topicIds)
        {
            await using var delete = db.Command("DELETE FROM SearchTopics WHERE rowid = @id; DELETE FROM SearchPlaces WHERE rowid >= @first AND rowid < @end;",
                ("@id", id), ("@first", id * PlacesPerTopicRange), ("@end", (id + 1) * PlacesPerTopicRange));
            await delete.ExecuteNonQueryAsync(cancellation);
        }
        vocabulary = null;
    }

    public async Task WriteAsync(MlsPrepDb db, IReadOnlyList<IndexedTopic> topics, CancellationToken cancellation)
    {
        await using var topicRow = Insert(db, "SearchTopics", "rowid", "topic_key", "exams", "domains", "summary", "title", "subject", "services", "headings", "concepts", "body");
        await using var placeRow = Insert(db, "SearchPlaces", "rowid", "topic_key", "anchor", "kind", "section", "heading", "body");
        foreach (var topic in topics)
        {
            await RunAsync(topicRow, cancellation, topic.Id, topic.Key, topic.Exams, topic.Domains, topic.Summary, topic.Title, topic.Subject, topic.Services,
                topic.Headings, topic.Concepts, topic.Body);
            var rowid = topic.Id * PlacesPerTopicRange;
            foreach (var place in topic.Places.Take(PlacesPerTopicRange))
                await RunAsync(placeRow, cancellation, rowid++, topic.Key, place.Anchor, place.Kind, place.Section, place.Heading, place.Body);
        }
        vocabulary = null;
    }

    public async Task<int> NotesWithAsync(MlsPrepDb db, string term, CancellationToken cancellation) =>
        await db.ScalarAsync<int>("SELECT count(*) FROM SearchTopics WHERE SearchTopics MATCH @term", cancellation, ("@term", $"\"{term}\""));

    public async Task<bool> KnownAsync(MlsPrepDb db, string term, bool prefix, CancellationToken cancellation) =>
        await db.ScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM SearchTopics WHERE SearchTopics MATCH @match)", cancellation, ("@match", $"\"{term}\"{(prefix ? "*" : "")}"));

    /// <summary>The whole vocabulary: a few thousand terms, compared in memory.</summary>
    public async Task<IReadOnlyList<VocabularyTerm>> SpellingCandidatesAsync(MlsPrepDb db, string term, CancellationToken cancellation)
    {
        if (vocabulary is { } cached) return cached;
        var terms = new List<VocabularyTerm>();
        await db.Database.OpenConnectionAsync(cancellation);
        await using var command = db.Command("SELECT term, doc FROM SearchTerms");
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation)) terms.Add(new(reader.GetString(0), reader.GetInt32(1)));
        vocabulary = terms;
        return terms;
    }

    public async Task<(List<RankedTopic> Page, int Total)> TopicsAsync(
        MlsPrepDb db, SearchQuery query, IReadOnlyDictionary<string, string> corrections, bool anyTerm, bool byCoverage, SearchFilter filter,
        Func<string, bool>? keep, int offset, int limit, CancellationToken cancellation)
    {
        var where = "SearchTopics MATCH @match"
                    + (filter.ExamCode is null ? "" : " AND instr(exams, @exam) > 0")
                    + (filter.DomainKey is null ? "" : " AND instr(domains, @domain) > 0");
        List<(string, object)> conditions = [("@match", query.ToMatch(corrections, anyTerm))];
        if (filter.ExamCode is { } exam) conditions.Add(("@exam", SearchIndexer.Delimited([exam])));
        if (filter.DomainKey is { } domain) conditions.Add(("@domain", SearchIndexer.Delimited([domain])));
        var order = TopicScore;
        if (byCoverage)
        {
            var coverage = query.TermMatches(corrections);
            var named = coverage.Select((_, i) => $"(rowid IN (SELECT rowid FROM SearchTopics WHERE SearchTopics MATCH @named{i}))");
            order = $"({string.Join(" + ", named)}) DESC, {TopicScore}";
            conditions.AddRange(coverage.Select((term, i) => ($"@named{i}", (object)$"{{{AboutColumns}}} : {term}")));
        }
        var parameters = conditions.ToArray();
        var columns = $"rowid, topic_key, title, summary, {(query.Terms.Count == 1 ? $"{NamedScore} < 0" : "NULL")}";
        var page = new List<RankedTopic>();
        if (keep is not null)
        {
            // Progress filters need every match before paging.
            await using var everything = db.Command($"SELECT {columns} FROM SearchTopics WHERE {where} ORDER BY {order}", parameters);
            var kept = new List<RankedTopic>();
            await using var reader = await everything.ExecuteReaderAsync(cancellation);
            while (await reader.ReadAsync(cancellation))
                if (keep(reader.GetString(1))) kept.Add(Ranked(reader));
            return (kept.Skip(offset).Take(limit).ToList(), kept.Count);
        }

        var total = await db.ScalarAsync<int>($"SELECT count(*) FROM SearchTopics WHERE {where}", cancellation, parameters);
        if (total == 0) return (page, 0);
        // With LIMIT, SQLite keeps only the best rows instead of sorting every match.
        await using var top = db.Command($"SELECT {columns} FROM SearchTopics WHERE {where} ORDER BY {order} LIMIT @limit OFFSET @offset",
            [.. parameters, ("@limit", limit), ("@offset", offset)]);
        await using (var reader = await top.ExecuteReaderAsync(cancellation))
        {
            while (await reader.ReadAsync(cancellation)) page.Add(Ranked(reader));
        }
        return (page, total);
    }

    private static RankedTopic Ranked(System.Data.Common.DbDataReader reader) =>
        new(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetInt64(4) != 0);

    public async Task<HashSet<string>> NamedAsync(MlsPrepDb db, SearchQuery query, IReadOnlyDictionary<string, string> corrections, IReadOnlyList<RankedTopic> topics, CancellationToken cancellation)
    {
        if (topics.All(t => t.Named is not null)) return topics.Where(t => t.Named == true).Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        var named = new HashSet<string>(StringComparer.Ordinal);
        var ids = string.Join(" OR ", topics.Select(t => string.Create(CultureInfo.InvariantCulture, $"rowid = {t.Id}")));
        await using var command = db.Command($"SELECT topic_key FROM SearchTopics WHERE SearchTopics MATCH @match AND ({ids})",
            ("@match", $"{{title subject services}} : ({query.ToMatch(corrections)})"));
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation)) named.Add(reader.GetString(0));
        return named;
    }

    public async Task<List<FoundPlace>> PlacesAsync(MlsPrepDb db, SearchQuery query, IReadOnlyDictionary<string, string> corrections, IReadOnlyList<RankedTopic> topics, CancellationToken cancellation)
    {
        var places = new List<FoundPlace>();
        var ranges = string.Join(" OR ", topics.Select(t => string.Create(CultureInfo.InvariantCulture,
            $"(rowid >= {t.Id * PlacesPerTopicRange} AND rowid < {(t.Id + 1) * PlacesPerTopicRange})")));
        await using var command = db.Command($"""
            SELECT topic_key, anchor, kind, section, heading, snippet(SearchPlaces, 5, char(2), char(3), '…', 16)
            FROM SearchPlaces WHERE SearchPlaces MATCH @match AND ({ranges})
            ORDER BY {PlaceScore} * CASE kind WHEN 'section' THEN {SectionPreference} ELSE 1.0 END
            """, ("@match", query.ToMatch(corrections, anyTerm: true)));
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
            places.Add(new(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5)));
        return places;
    }

    private static System.Data.Common.DbCommand Insert(MlsPrepDb db, string table, params string[] columns) =>
        db.Command($"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})",
            columns.Select((_, i) => ($"@p{i}", (object)DBNull.Value)).ToArray());

    private static async Task RunAsync(System.Data.Common.DbCommand command, CancellationToken cancellation, params object[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i];
        await command.ExecuteNonQueryAsync(cancellation);
    }
}
