using System.Data.Common;
using System.Net;
using System.Text;
using MlsPrep.Web.Database;
using Microsoft.EntityFrameworkCore;

namespace MlsPrep.Web.Search;

/// <summary>One search result: a topic, the best place in it, and up to two more places that match.</summary>
public sealed record SearchHit(string TopicKey, string Title, string DomainKey, string Domain, string Url, string Section, string Kind, string SnippetHtml, IReadOnlyList<SearchHit> More);

public sealed record SearchResults(SearchQuery Query, IReadOnlyList<SearchHit> Hits, int Total, IReadOnlyDictionary<string, string> Corrections, bool AnyTerm)
{
    public static SearchResults None(SearchQuery query) => new(query, [], 0, new Dictionary<string, string>(), false);
}

/// <summary>Narrows results to a domain and, for a signed-in reader, to topics they have or have not covered.</summary>
public sealed record SearchFilter(string? DomainKey = null, Func<string, bool>? KeepTopic = null);

/// <summary>
/// Runs a search: all words first (BM25, with titles and service names weighted far above body text), then any
/// word, then with misspelt words corrected from the index's vocabulary. Results are one per topic.
/// </summary>
public sealed class CatalogSearch(MlsPrepDb db, SearchIndexer indexer)
{
    public const int MaxLimit = 50;
    private const int PlacesPerTopic = 3;
    // Column weights: a word in the title or a service name counts far more than one in a heading or the text.
    private const string TopicScore = "bm25(SearchTopics, 0, 0, 0, 10.0, 14.0, 6.0, 3.0, 1.0)";
    private const string PlaceScore = "bm25(SearchPlaces, 0, 0, 0, 0, 3.0, 1.0)";
    private const char MarkStart = '\u0002';
    private const char MarkEnd = '\u0003';

    public async Task<SearchResults> SearchAsync(string? input, SearchFilter filter, int offset, int limit, CancellationToken cancellation = default)
    {
        var query = SearchQuery.Parse(input);
        if (query.IsEmpty) return SearchResults.None(query);
        limit = Math.Clamp(limit, 1, MaxLimit);
        offset = Math.Max(0, offset);
        await db.Database.OpenConnectionAsync(cancellation);

        var corrections = new Dictionary<string, string>();
        var (ranked, anyTerm) = await RankAsync(query, corrections, filter, cancellation);
        if (ranked.Count == 0 || anyTerm)
        {
            // Nothing had every word: perhaps one is misspelt. Corrections are added as alternatives, never forced.
            var fixes = await CorrectAsync(query, cancellation);
            var corrected = fixes.Count == 0 ? default : await RankAsync(query, fixes, filter, cancellation);
            if (corrected.Topics is { Count: > 0 }) (corrections, ranked, anyTerm) = (fixes, corrected.Topics, corrected.AnyTerm);
        }
        if (ranked.Count == 0) return new(query, [], 0, corrections, false);

        var page = ranked.Skip(offset).Take(limit).ToList();
        var hits = page.Count == 0 ? [] : await PlacesAsync(query, corrections, page, cancellation);
        return new(query, hits, ranked.Count, corrections, anyTerm);
    }

    /// <summary>Topics in rank order: all terms when possible, otherwise any term.</summary>
    private async Task<(List<string> Topics, bool AnyTerm)> RankAsync(SearchQuery query, Dictionary<string, string> corrections, SearchFilter filter, CancellationToken cancellation)
    {
        var match = query.ToMatch(corrections);
        var topics = await TopicsAsync(match, filter, cancellation);
        if (topics.Count > 0 || query.Terms.Count == 1) return (topics, false);
        return (await TopicsAsync(query.ToMatch(corrections, anyTerm: true), filter, cancellation), true);
    }

    private async Task<List<string>> TopicsAsync(string match, SearchFilter filter, CancellationToken cancellation)
    {
        await using var command = Command($"""
            SELECT topic_key FROM SearchTopics
            WHERE SearchTopics MATCH $match {(filter.DomainKey is null ? "" : "AND domain_key = $domain")}
            ORDER BY {TopicScore}, topic_key
            """, ("$match", match), ("$domain", filter.DomainKey ?? ""));
        var topics = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
        {
            var key = reader.GetString(0);
            if (filter.KeepTopic?.Invoke(key) ?? true) topics.Add(key);
        }
        return topics;
    }

    /// <summary>
    /// Where to land in each topic: the top of the note when the query names it (every word in its title or
    /// service names), otherwise the best-matching section, checklist item or resource; up to two more places follow.
    /// </summary>
    private async Task<List<SearchHit>> PlacesAsync(SearchQuery query, IReadOnlyDictionary<string, string> corrections, List<string> topics, CancellationToken cancellation)
    {
        var keys = topics.Select((key, i) => ($"$t{i}", key)).ToArray();
        var inList = string.Join(", ", keys.Select(k => k.Item1));
        var anyTerm = query.ToMatch(corrections, anyTerm: true);

        var named = new HashSet<string>(StringComparer.Ordinal);
        await using (var command = Command($"SELECT topic_key FROM SearchTopics WHERE SearchTopics MATCH $match AND topic_key IN ({inList})",
                         [("$match", $"{{title subject services}} : ({query.ToMatch(corrections)})"), .. keys]))
        await using (var reader = await command.ExecuteReaderAsync(cancellation))
        {
            while (await reader.ReadAsync(cancellation)) named.Add(reader.GetString(0));
        }

        var places = new List<(string Topic, string Anchor, string Kind, string Section, string Snippet)>();
        await using (var command = Command($"""
                         SELECT topic_key, anchor, kind, section, snippet(SearchPlaces, 5, char(2), char(3), '…', 16)
                         FROM SearchPlaces WHERE SearchPlaces MATCH $match AND topic_key IN ({inList})
                         ORDER BY {PlaceScore}
                         """, [("$match", anyTerm), .. keys]))
        await using (var reader = await command.ExecuteReaderAsync(cancellation))
        {
            while (await reader.ReadAsync(cancellation))
                places.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4)));
        }

        var details = await db.Topics.AsNoTracking().Where(t => topics.Contains(t.Key))
            .Select(t => new { t.Key, t.Title, t.Summary, DomainKey = t.Domain == null ? "" : t.Domain.Key, Domain = t.Domain == null ? "About the exam" : t.Domain.Title })
            .ToDictionaryAsync(t => t.Key, cancellation);

        return topics.Where(details.ContainsKey).Select(key =>
        {
            var topic = details[key];
            var top = new SearchHit(key, topic.Title, topic.DomainKey, topic.Domain, TopicUrl(key), "", "topic", WebUtility.HtmlEncode(topic.Summary), []);
            var inTopic = places.Where(p => p.Topic == key).Take(PlacesPerTopic)
                .Select(p => top with { Url = TopicUrl(key) + (p.Anchor.Length > 0 ? "#" + p.Anchor : ""), Section = p.Section, Kind = p.Kind, SnippetHtml = Highlight(p.Snippet) })
                .ToList();
            if (named.Contains(key) || inTopic.Count == 0) return top with { More = inTopic.Take(PlacesPerTopic - 1).ToList() };
            return inTopic[0] with { More = inTopic.Skip(1).ToList() };
        }).ToList();
    }

    private static string TopicUrl(string key) => $"/topics/{Uri.EscapeDataString(key)}";

    /// <summary>For each word the index does not know, the closest known word within a small edit distance.</summary>
    private async Task<Dictionary<string, string>> CorrectAsync(SearchQuery query, CancellationToken cancellation)
    {
        var corrections = new Dictionary<string, string>();
        var vocabulary = await indexer.VocabularyAsync(db, cancellation);
        foreach (var term in query.Terms)
        {
            var tolerance = Spelling.Tolerance(term);
            var prefix = query.LastIsPrefix && term == query.Terms[^1] ? "*" : "";
            if (tolerance == 0 || await KnownAsync($"\"{term}\"{prefix}", cancellation)) continue;
            var best = vocabulary
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
        return Convert.ToBoolean(await command.ExecuteScalarAsync(cancellation), System.Globalization.CultureInfo.InvariantCulture);
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

    private DbCommand Command(string sql, params (string Name, string Value)[] parameters)
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
