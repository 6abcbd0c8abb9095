using System.Data.Common;
using System.Globalization;
using System.Net;
using System.Text;
using MlsPrep.Web.Catalog;
using MlsPrep.Web.Database;
using Microsoft.EntityFrameworkCore;

namespace MlsPrep.Web.Search;

/// <summary>One search result: a topic, the best place in it, and up to two more places that match.</summary>
public sealed record SearchHit(string TopicKey, string Title, string DomainKey, string Domain, IReadOnlyList<string> Exams, string Url, string Section, string Kind, string SnippetHtml, IReadOnlyList<SearchHit> More)
{
    /// <summary>What a link to this place says: the heading, the resource, or the start of the checklist item.</summary>
    public string Label { get; init; } = Section;
}

public sealed record SearchResults(SearchQuery Query, IReadOnlyList<SearchHit> Hits, int Total, IReadOnlyDictionary<string, string> Corrections, bool AnyTerm)
{
    public static SearchResults None(SearchQuery query) => new(query, [], 0, new Dictionary<string, string>(), false);
}

/// <summary>Narrows results to an exam (by code), a domain and, for a signed-in reader, to topics they have or have not covered.</summary>
public sealed record SearchFilter(string? DomainKey = null, Func<string, bool>? KeepTopic = null, string? ExamCode = null);

/// <summary>
/// Runs a search: all words first, then any word, then with misspelt words corrected from the index's
/// vocabulary. Notes are ranked by BM25 with titles and service names weighted far above body text;
/// results are one per note, each landing on its best place.
/// </summary>
public sealed class CatalogSearch(MlsPrepDb db, SearchIndexer indexer, ExamCatalog examCatalog)
{
    public const int MaxLimit = 50;
    // Column weights, in column order (topic_key, exams, domains, summary: never searched; then title, subject,
    // services, headings, concepts, body): a word in the title or a service name counts far more than one in the text.
    private const string TopicScore = "bm25(SearchTopics, 0, 0, 0, 0, 10.0, 14.0, 6.0, 3.0, 4.0, 1.0)";
    // Where a note says what it is about, as opposed to everything it mentions on the way.
    private const string AboutColumns = "title subject services headings concepts";
    private const string PlaceScore = "bm25(SearchPlaces, 0, 0, 0, 0, 3.0, 1.0)";
    // BM25 favours short rows; a section that explains the words is a better landing than a one-line item.
    private const string SectionPreference = "3.0";
    private const int PlacesPerTopic = 3;
    // A question word found in more than this share of notes is too common to rank by.
    private const double CommonTermShare = 0.8;
    private const char MarkStart = '\u0002';
    private const char MarkEnd = '\u0003';

    private sealed record RankedTopic(long Id, string Key);

    private sealed record Ranking(IReadOnlyList<RankedTopic> Page, int Total, bool AnyTerm);

    public async Task<SearchResults> SearchAsync(string? input, SearchFilter filter, int offset, int limit, CancellationToken cancellation = default)
    {
        var query = SearchQuery.Parse(input);
        if (query.IsEmpty) return SearchResults.None(query);
        limit = Math.Clamp(limit, 1, MaxLimit);
        offset = Math.Max(0, offset);
        await db.Database.OpenConnectionAsync(cancellation);
        if (query.IsQuestion) query = await WithoutCommonTermsAsync(query, cancellation);

        IReadOnlyDictionary<string, string> corrections = new Dictionary<string, string>();
        var ranking = await RankAsync(query, corrections, filter, offset, limit, cancellation);
        if (ranking.Total == 0 || ranking.AnyTerm)
        {
            // Nothing had every word: perhaps one is misspelt. Corrections are added as alternatives, never forced.
            var fixes = await CorrectAsync(query, cancellation);
            if (fixes.Count > 0 && await RankAsync(query, fixes, filter, offset, limit, cancellation) is { Total: > 0 } corrected)
                (corrections, ranking) = (fixes, corrected);
        }
        var hits = ranking.Page.Count == 0 ? [] : await PlacesAsync(query, corrections, ranking.Page, filter, cancellation);
        return new(query, hits, ranking.Total, corrections, ranking.AnyTerm);
    }

    /// <summary>
    /// One page of topics in rank order, and how many there are: for names and keywords all terms when possible,
    /// otherwise any term; for a question always any term, ordered by how many of its words each note names.
    /// </summary>
    private async Task<Ranking> RankAsync(SearchQuery query, IReadOnlyDictionary<string, string> corrections, SearchFilter filter, int offset, int limit, CancellationToken cancellation)
    {
        if (!query.IsQuestion || query.Terms.Count == 1)
        {
            var all = await TopicsAsync(query.ToMatch(corrections), filter, offset, limit, cancellation);
            if (all.Total > 0 || query.Terms.Count == 1) return new(all.Page, all.Total, false);
        }
        // Any term may match; a question's notes are ordered first by how many of its words they name where a note
        // says what it is about (title, services, headings, concept phrases), so one rare word elsewhere cannot win.
        var coverage = query.IsQuestion ? query.TermMatches(corrections) : null;
        var any = await TopicsAsync(query.ToMatch(corrections, anyTerm: true), filter, offset, limit, cancellation, coverage);
        return new(any.Page, any.Total, true);
    }

    /// <summary>
    /// A question's words that most notes contain ("model", "data") tell notes apart no better than "how", yet ranking
    /// by them means scoring nearly every note. They are left out, as long as a rarer word remains.
    /// </summary>
    private async Task<SearchQuery> WithoutCommonTermsAsync(SearchQuery query, CancellationToken cancellation)
    {
        var notes = await db.Topics.CountAsync(cancellation);
        var distinctive = new List<string>();
        foreach (var term in query.Terms)
        {
            await using var count = Command("SELECT count(*) FROM SearchTopics WHERE SearchTopics MATCH $term", ("$term", $"\"{term}\""));
            if (Convert.ToInt32(await count.ExecuteScalarAsync(cancellation), CultureInfo.InvariantCulture) <= notes * CommonTermShare) distinctive.Add(term);
        }
        return distinctive.Count == 0 || distinctive.Count == query.Terms.Count ? query
            : query with { Terms = distinctive, LastIsPrefix = query.LastIsPrefix && distinctive[^1] == query.Terms[^1] };
    }

    private async Task<(List<RankedTopic> Page, int Total)> TopicsAsync(
        string match, SearchFilter filter, int offset, int limit, CancellationToken cancellation, IReadOnlyList<string>? coverage = null)
    {
        var where = "SearchTopics MATCH $match"
                    + (filter.ExamCode is null ? "" : " AND instr(exams, $exam) > 0")
                    + (filter.DomainKey is null ? "" : " AND instr(domains, $domain) > 0");
        List<(string, object)> conditions = [("$match", match)];
        if (filter.ExamCode is { } exam) conditions.Add(("$exam", SearchIndexer.Delimited([exam])));
        if (filter.DomainKey is { } domain) conditions.Add(("$domain", SearchIndexer.Delimited([domain])));
        var order = TopicScore;
        if (coverage is { Count: > 0 })
        {
            var named = coverage.Select((_, i) => $"(rowid IN (SELECT rowid FROM SearchTopics WHERE SearchTopics MATCH $named{i}))");
            order = $"({string.Join(" + ", named)}) DESC, {TopicScore}";
            conditions.AddRange(coverage.Select((term, i) => ($"$named{i}", (object)$"{{{AboutColumns}}} : {term}")));
        }
        var parameters = conditions.ToArray();
        var page = new List<RankedTopic>();
        if (filter.KeepTopic is { } keep)
        {
            // Progress filters need every match before paging.
            await using var everything = Command($"SELECT rowid, topic_key FROM SearchTopics WHERE {where} ORDER BY {order}", parameters);
            var kept = new List<RankedTopic>();
            await using var reader = await everything.ExecuteReaderAsync(cancellation);
            while (await reader.ReadAsync(cancellation))
                if (keep(reader.GetString(1))) kept.Add(new(reader.GetInt64(0), reader.GetString(1)));
            return (kept.Skip(offset).Take(limit).ToList(), kept.Count);
        }

        await using var count = Command($"SELECT count(*) FROM SearchTopics WHERE {where}", parameters);
        var total = Convert.ToInt32(await count.ExecuteScalarAsync(cancellation), CultureInfo.InvariantCulture);
        if (total == 0) return (page, 0);
        // With LIMIT, SQLite keeps only the best rows instead of sorting every match.
        await using var top = Command($"SELECT rowid, topic_key FROM SearchTopics WHERE {where} ORDER BY {order} LIMIT $limit OFFSET $offset",
            [.. parameters, ("$limit", limit), ("$offset", offset)]);
        await using (var reader = await top.ExecuteReaderAsync(cancellation))
        {
            while (await reader.ReadAsync(cancellation)) page.Add(new(reader.GetInt64(0), reader.GetString(1)));
        }
        return (page, total);
    }

    /// <summary>
    /// Where to land in each topic: the top of the note when the query names it (every word in its title or
    /// service names), otherwise the best-matching section, checklist item or resource; up to two more places follow.
    /// </summary>
    private async Task<List<SearchHit>> PlacesAsync(SearchQuery query, IReadOnlyDictionary<string, string> corrections, IReadOnlyList<RankedTopic> topics, SearchFilter filter, CancellationToken cancellation)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        var ids = string.Join(" OR ", topics.Select(t => string.Create(CultureInfo.InvariantCulture, $"rowid = {t.Id}")));
        await using (var command = Command($"SELECT topic_key FROM SearchTopics WHERE SearchTopics MATCH $match AND ({ids})",
                         ("$match", $"{{title subject services}} : ({query.ToMatch(corrections)})")))
        await using (var reader = await command.ExecuteReaderAsync(cancellation))
        {
            while (await reader.ReadAsync(cancellation)) named.Add(reader.GetString(0));
        }

        var places = new List<(string Topic, string Anchor, string Kind, string Section, string Heading, string Snippet)>();
        var ranges = string.Join(" OR ", topics.Select(t => string.Create(CultureInfo.InvariantCulture,
            $"(rowid >= {t.Id * SearchIndexer.PlacesPerTopicRange} AND rowid < {(t.Id + 1) * SearchIndexer.PlacesPerTopicRange})")));
        await using (var command = Command($"""
                         SELECT topic_key, anchor, kind, section, heading, snippet(SearchPlaces, 5, char(2), char(3), '…', 16)
                         FROM SearchPlaces WHERE SearchPlaces MATCH $match AND ({ranges})
                         ORDER BY {PlaceScore} * CASE kind WHEN 'section' THEN {SectionPreference} ELSE 1.0 END
                         """, ("$match", query.ToMatch(corrections, anyTerm: true))))
        await using (var reader = await command.ExecuteReaderAsync(cancellation))
        {
            while (await reader.ReadAsync(cancellation))
                places.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5)));
        }

        var keys = topics.Select(t => t.Key).ToList();
        var details = await db.Topics.AsNoTracking().Where(t => keys.Contains(t.Key))
            .Select(t => new { t.Key, t.Title, t.Summary })
            .ToDictionaryAsync(t => t.Key, cancellation);
        var exams = await examCatalog.GetAsync(db);

        return keys.Where(details.ContainsKey).Select(key =>
        {
            var topic = details[key];
            // The domain shown is the one searched, or in the exam searched, or else in the first exam the note serves.
            var placements = exams.PlacementsOf(key);
            var placement = placements.FirstOrDefault(p => exams.DomainOf(p)?.Key == filter.DomainKey)
                            ?? placements.FirstOrDefault(p => exams.ById(p.ExamId)?.Code == filter.ExamCode)
                            ?? (placements.Count > 0 ? placements[0] : null);
            var domain = placement is null ? null : exams.DomainOf(placement);
            var examSlug = filter.ExamCode is null ? null : Exam.SlugOf(filter.ExamCode);
            var top = new SearchHit(key, topic.Title, domain?.Key ?? "", domain?.Title ?? "About the exam", exams.ExamsOf(key).Select(e => e.Code).ToList(),
                TopicUrl(key, examSlug), "", "topic", WebUtility.HtmlEncode(topic.Summary), []);
            var inTopic = places.Where(p => p.Topic == key).Take(PlacesPerTopic)
                .Select(p => top with
                {
                    Url = TopicUrl(key, examSlug) + (p.Anchor.Length > 0 ? "#" + p.Anchor : ""), Section = p.Section, Kind = p.Kind, SnippetHtml = Highlight(p.Snippet),
                    Label = p.Kind switch
                    {
                        "item" => $"Checklist: {Shorten(p.Snippet)}",
                        "resource" => $"Resource: {p.Heading}",
                        _ => p.Section.Length > 0 ? p.Section : "Summary",
                    },
                })
                .ToList();
            if (named.Contains(key) || inTopic.Count == 0) return top with { More = inTopic.Take(PlacesPerTopic - 1).ToList() };
            return inTopic[0] with { More = inTopic.Skip(1).ToList() };
        }).ToList();
    }

    private static string TopicUrl(string key, string? examSlug) => $"/topics/{Uri.EscapeDataString(key)}{(examSlug is null ? "" : "?exam=" + examSlug)}";

    private static string Shorten(string snippet)
    {
        var text = snippet.Replace(MarkStart.ToString(), "", StringComparison.Ordinal).Replace(MarkEnd.ToString(), "", StringComparison.Ordinal).Trim('…', ' ');
        return text.Length <= 48 ? text : text[..48].TrimEnd() + "…";
    }

    /// <summary>For each word the index does not know, the closest known word within a small edit distance.</summary>
    private async Task<Dictionary<string, string>> CorrectAsync(SearchQuery query, CancellationToken cancellation)
    {
        var corrections = new Dictionary<string, string>();
        IReadOnlyList<SearchIndexer.VocabularyTerm>? vocabulary = null;
        foreach (var term in query.Terms)
        {
            var tolerance = Spelling.Tolerance(term);
            var prefix = query.LastIsPrefix && term == query.Terms[^1] ? "*" : "";
            if (tolerance == 0 || await KnownAsync($"\"{term}\"{prefix}", cancellation)) continue;
            vocabulary ??= await indexer.VocabularyAsync(db, cancellation);
            var best = vocabulary
                .Where(v => Math.Abs(v.Term.Length - term.Length) <= tolerance)
                .Select(v => (v.Term, v.Documents, Distance: Spelling.Distance(term, v.Term, tolerance)))
                .Where(v => v.Distance <= tolerance)
                .OrderBy(v => v.Distance).ThenByDescending(v => v.Documents)
                .FirstOrDefault();
            if (best.Term is not null) corrections[term] = best.Term;
        }
        return corrections;
    }

    private async Task<bool> KnownAsync(string match, CancellationToken cancellation)
    {
        await using var command = Command("SELECT EXISTS (SELECT 1 FROM SearchTopics WHERE SearchTopics MATCH $match)", ("$match", match));
        return Convert.ToBoolean(await command.ExecuteScalarAsync(cancellation), CultureInfo.InvariantCulture);
    }

    /// <summary>Encodes the snippet first, then turns the FTS markers into &lt;mark&gt;, so indexed text can never become markup.</summary>
    public static string Highlight(string snippet)
    {
        var pieces = snippet.Split(MarkStart);
        var html = new StringBuilder(WebUtility.HtmlEncode(pieces[0]));
        foreach (var piece in pieces.Skip(1))
        {
            var end = piece.IndexOf(MarkEnd, StringComparison.Ordinal);
            if (end < 0) end = piece.Length;
            html.Append("<mark>").Append(WebUtility.HtmlEncode(piece[..end])).Append("</mark>")
                .Append(WebUtility.HtmlEncode(piece[Math.Min(end + 1, piece.Length)..]));
        }
        return html.ToString();
    }

    private DbCommand Command(string sql, params (string Name, object Value)[] parameters)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        return command;
    }
}
