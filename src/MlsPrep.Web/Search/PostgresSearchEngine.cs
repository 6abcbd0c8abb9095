using System.Globalization;
using MlsPrep.Web.Database;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace MlsPrep.Web.Search;

/// <summary>
/// PostgreSQL full-text search: search_topics holds one row per note with a weighted tsvector (A: title and subject,
/// B: service names, C: headings and concepts, D: all text) under a GIN index; search_places one row per section,
/// checklist item and resource (A: heading, D: text); search_words the vocabulary with a trigram index, for spelling.
/// Queries are built from plain words (SearchQuery), so prefixes ("sagem:*") and weights (":AB") can be used,
/// which websearch_to_tsquery cannot express. ts_rank knows nothing of how rare a word is, so each word's rank
/// is weighted by its inverse document frequency, as BM25 does on SQLite.
/// </summary>
public sealed class PostgresSearchEngine : ISearchEngine
{
    // English stemming without stop words (Database/Migrations/PostgreSQL/…_SearchIndex.cs).
    private const string Config = "mlsprep";
    // Each column ranked on its own, by its length, and weighted as the FTS5 columns are.
    private static readonly (string Column, int Weight)[] TopicColumns =
        [("title_words", 10), ("subject_words", 14), ("services_words", 6), ("headings_words", 3), ("concepts_words", 4), ("body_words", 1)];
    private const string PlaceWeights = "'{0.33, 0, 0, 1.0}'";
    // The title and service names; everything a note says it is about.
    private const string NamedWeights = "AB";
    private const string AboutWeights = "ABC";
    private const string SectionPreference = "3.0";
    // ts_rank normalisation 2: divide by the length, as BM25 prefers the short column that is all about the word.
    private const int LengthNormalisation = 2;
    private static readonly string HeadlineOptions = "StartSel=\u0002, StopSel=\u0003, MaxWords=16, MinWords=6, ShortWord=2";

    public async Task<bool> IsEmptyAsync(MlsPrepDb db, CancellationToken cancellation) =>
        await db.ScalarAsync<bool>("SELECT NOT EXISTS (SELECT 1 FROM search_topics)", cancellation);

    public async Task DeleteAsync(MlsPrepDb db, IEnumerable<long> topicIds, CancellationToken cancellation)
    {
        var ids = topicIds.ToArray();
        if (ids.Length == 0) return;
        await using var delete = db.Command("DELETE FROM search_topics WHERE id = ANY(@ids); DELETE FROM search_places WHERE topic_id = ANY(@ids);", ("@ids", ids));
        await delete.ExecuteNonQueryAsync(cancellation);
    }

    /// <summary>Binary COPY for the rows (the tsvectors are generated columns), then the vocabulary again from ts_stat.</summary>
    public async Task WriteAsync(MlsPrepDb db, IReadOnlyList<IndexedTopic> topics, CancellationToken cancellation)
    {
        await db.Database.OpenConnectionAsync(cancellation);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using (var copy = await connection.BeginBinaryImportAsync(
                         "COPY search_topics (id, topic_key, exams, domains, summary, title, subject, services, headings, concepts, body) FROM STDIN (FORMAT BINARY)", cancellation))
        {
            foreach (var t in topics)
            {
                await copy.StartRowAsync(cancellation);
                await copy.WriteAsync(t.Id, NpgsqlDbType.Bigint, cancellation);
                foreach (var text in new[] { t.Key, t.Exams, t.Domains, t.Summary, t.Title, t.Subject, t.Services, t.Headings, t.Concepts, t.Body })
                    await copy.WriteAsync(text, NpgsqlDbType.Text, cancellation);
            }
            await copy.CompleteAsync(cancellation);
        }
        await using (var copy = await connection.BeginBinaryImportAsync(
                         "COPY search_places (id, topic_id, topic_key, anchor, kind, section, heading, body) FROM STDIN (FORMAT BINARY)", cancellation))
        {
            foreach (var t in topics)
            {
                var id = t.Id * Fts5SearchEngine.PlacesPerTopicRange;
                foreach (var place in t.Places)
                {
                    await copy.StartRowAsync(cancellation);
                    await copy.WriteAsync(id++, NpgsqlDbType.Bigint, cancellation);
                    await copy.WriteAsync(t.Id, NpgsqlDbType.Bigint, cancellation);
                    foreach (var text in new[] { t.Key, place.Anchor, place.Kind, place.Section, place.Heading, place.Body })
                        await copy.WriteAsync(text, NpgsqlDbType.Text, cancellation);
                }
            }
            await copy.CompleteAsync(cancellation);
        }
        await using var words = db.Command("""
            DELETE FROM search_words;
            INSERT INTO search_words (word, documents) SELECT word, ndoc FROM ts_stat('SELECT document FROM search_topics');
            """);
        await words.ExecuteNonQueryAsync(cancellation);
    }

    public async Task<int> NotesWithAsync(MlsPrepDb db, string term, CancellationToken cancellation) =>
        await db.ScalarAsync<int>($"SELECT count(*) FROM search_topics WHERE document @@ to_tsquery('{Config}', @q)", cancellation, ("@q", term));

    public async Task<bool> KnownAsync(MlsPrepDb db, string term, bool prefix, CancellationToken cancellation) =>
        await db.ScalarAsync<bool>($"SELECT EXISTS (SELECT 1 FROM search_topics WHERE document @@ to_tsquery('{Config}', @q))", cancellation, ("@q", Word(term, prefix, "")));

    /// <summary>Words that share enough trigrams with the misspelt one, found through the trigram index.</summary>
    public async Task<IReadOnlyList<VocabularyTerm>> SpellingCandidatesAsync(MlsPrepDb db, string term, CancellationToken cancellation)
    {
        var candidates = new List<VocabularyTerm>();
        await db.Database.OpenConnectionAsync(cancellation);
        await using var command = db.Command("SELECT word, documents FROM search_words WHERE word % @term", ("@term", term));
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation)) candidates.Add(new(reader.GetString(0), reader.GetInt32(1)));
        return candidates;
    }

    public async Task<(List<RankedTopic> Page, int Total)> TopicsAsync(
        MlsPrepDb db, SearchQuery query, IReadOnlyDictionary<string, string> corrections, bool anyTerm, bool byCoverage, SearchFilter filter,
        Func<string, bool>? keep, int offset, int limit, CancellationToken cancellation)
    {
        List<(string, object)> matching = [("@match", Match(query, corrections, anyTerm, ""))];
        var where = $"t.document @@ to_tsquery('{Config}', @match)"
                    + (filter.ExamCode is null ? "" : " AND strpos(t.exams, @exam) > 0")
                    + (filter.DomainKey is null ? "" : " AND strpos(t.domains, @domain) > 0");
        if (filter.ExamCode is { } exam) matching.Add(("@exam", SearchIndexer.Delimited([exam])));
        if (filter.DomainKey is { } domain) matching.Add(("@domain", SearchIndexer.Delimited([domain])));
        List<(string, object)> parameters = [.. matching];

        // Each word (and, for several, the phrase and the run-together form) adds its rank times its rarity. The
        // rarities are one row computed once (uncorrelated), not once per matching note.
        var scored = Scored(query, corrections);
        var rarities = "SELECT " + string.Join(", ", scored.Select((_, i) => $"ln(1 + (n.notes - c{i}.matched + 0.5) / (c{i}.matched + 0.5)) AS w{i}"))
            + " FROM (SELECT count(*)::float8 AS notes FROM search_topics) n"
            + string.Concat(scored.Select((_, i) => $", (SELECT count(*)::float8 AS matched FROM search_topics WHERE document @@ to_tsquery('{Config}', @score{i})) c{i}"));
        var score = string.Join(" + ", scored.Select((_, i) =>
            $"w.w{i} * (" + string.Join(" + ", TopicColumns.Select(c => $"{c.Weight} * ts_rank(t.{c.Column}, to_tsquery('{Config}', @score{i}), {LengthNormalisation})")) + ")"));
        parameters.AddRange(scored.Select((clause, i) => ($"@score{i}", (object)clause)));
        var order = $"({score}) DESC, t.id";
        if (byCoverage)
        {
            var coverage = TermMatches(query, corrections, AboutWeights);
            order = $"({string.Join(" + ", coverage.Select((_, i) => $"(t.document @@ to_tsquery('{Config}', @named{i}))::int"))}) DESC, {order}";
            parameters.AddRange(coverage.Select((clause, i) => ($"@named{i}", (object)clause)));
        }
        var sql = $"SELECT t.id, t.topic_key, count(*) OVER (), t.title, t.summary FROM search_topics t, ({rarities}) w WHERE {where} ORDER BY {order}";
        if (keep is null)
        {
            sql += " LIMIT @limit OFFSET @offset";
            parameters.AddRange([("@limit", limit), ("@offset", offset)]);
        }
        var page = new List<RankedTopic>();
        var total = 0;
        await db.Database.OpenConnectionAsync(cancellation);
        await using (var command = db.Command(sql, [.. parameters]))
        await using (var reader = await command.ExecuteReaderAsync(cancellation))
        {
            while (await reader.ReadAsync(cancellation))
            {
                total = (int)reader.GetInt64(2);
                if (keep is null || keep(reader.GetString(1))) page.Add(new(reader.GetInt64(0), reader.GetString(1), reader.GetString(3), reader.GetString(4)));
            }
        }
        if (keep is not null) return (page.Skip(offset).Take(limit).ToList(), page.Count);
        if (page.Count == 0 && offset > 0)
            total = await db.ScalarAsync<int>($"SELECT count(*) FROM search_topics t WHERE {where}", cancellation, [.. matching]);
        return (page, total);
    }

    public async Task<HashSet<string>> NamedAsync(MlsPrepDb db, SearchQuery query, IReadOnlyDictionary<string, string> corrections, IReadOnlyList<RankedTopic> topics, CancellationToken cancellation)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        await using var command = db.Command($"SELECT topic_key FROM search_topics WHERE id = ANY(@ids) AND document @@ to_tsquery('{Config}', @match)",
            ("@ids", topics.Select(t => t.Id).ToArray()), ("@match", Match(query, corrections, anyTerm: false, NamedWeights)));
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation)) named.Add(reader.GetString(0));
        return named;
    }

    public async Task<List<FoundPlace>> PlacesAsync(MlsPrepDb db, SearchQuery query, IReadOnlyDictionary<string, string> corrections, IReadOnlyList<RankedTopic> topics, CancellationToken cancellation)
    {
        var places = new List<FoundPlace>();
        await using var command = db.Command($"""
            SELECT p.topic_key, p.anchor, p.kind, p.section, p.heading, p.body, ts_headline('{Config}', p.body, q.query, @options)
            FROM search_places p, (SELECT to_tsquery('{Config}', @match) AS query) q
            WHERE p.topic_id = ANY(@ids) AND p.document @@ q.query
            ORDER BY ts_rank({PlaceWeights}, p.document, q.query, {LengthNormalisation}) * CASE p.kind WHEN 'section' THEN {SectionPreference} ELSE 1.0 END DESC, p.id
            """, ("@ids", topics.Select(t => t.Id).ToArray()), ("@match", Match(query, corrections, anyTerm: true, "")), ("@options", HeadlineOptions));
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
            places.Add(new(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), Elided(reader.GetString(5), reader.GetString(6))));
        return places;
    }

    /// <summary>A headline is a fragment of the text: say so with "…" where it does not reach the start or the end.</summary>
    private static string Elided(string text, string headline)
    {
        var plain = headline.Replace("\u0002", "", StringComparison.Ordinal).Replace("\u0003", "", StringComparison.Ordinal).Trim();
        if (plain.Length == 0) return headline;
        var start = text.IndexOf(plain, StringComparison.Ordinal);
        var cutBefore = start != 0 && !text.TrimStart().StartsWith(plain, StringComparison.Ordinal);
        var cutAfter = start < 0 ? !text.TrimEnd().EndsWith(plain, StringComparison.Ordinal) : start + plain.Length < text.TrimEnd().Length;
        return (cutBefore ? "…" : "") + headline + (cutAfter ? "…" : "");
    }

    /// <summary>
    /// The tsquery: each word OR-ed with its correction; several words also match as a phrase and run together
    /// ("k means" → "kmeans"), like the FTS5 expression. <paramref name="weights"/> limits where they may be found.
    /// </summary>
    internal static string Match(SearchQuery query, IReadOnlyDictionary<string, string> corrections, bool anyTerm, string weights)
    {
        var each = string.Join(anyTerm ? " | " : " & ", TermMatches(query, corrections, weights));
        if (query.Terms.Count == 1) return each;
        return $"{Phrase(query, weights)} | {Compact(query, weights)} | ({each})";
    }

    internal static IReadOnlyList<string> TermMatches(SearchQuery query, IReadOnlyDictionary<string, string> corrections, string weights) =>
        query.Terms.Select((term, index) =>
        {
            var word = Word(term, query.LastIsPrefix && index == query.Terms.Count - 1, weights);
            return corrections.TryGetValue(term, out var fix) ? $"({word} | {Word(fix, false, weights)})" : word;
        }).ToList();

    /// <summary>What is ranked: each word, and for several words the phrase and the run-together form.</summary>
    private static IReadOnlyList<string> Scored(SearchQuery query, IReadOnlyDictionary<string, string> corrections) =>
        query.Terms.Count == 1 ? TermMatches(query, corrections, "") : [.. TermMatches(query, corrections, ""), Phrase(query, ""), Compact(query, "")];

    private static string Phrase(SearchQuery query, string weights) =>
        "(" + string.Join(" <-> ", query.Terms.Select((term, i) => Word(term, query.LastIsPrefix && i == query.Terms.Count - 1, weights))) + ")";

    private static string Compact(SearchQuery query, string weights) => Word(string.Concat(query.Terms), query.LastIsPrefix, weights);

    private static string Word(string term, bool prefix, string weights) =>
        prefix || weights.Length > 0 ? string.Create(CultureInfo.InvariantCulture, $"{term}:{(prefix ? "*" : "")}{weights}") : term;
}
