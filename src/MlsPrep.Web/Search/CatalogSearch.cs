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
/// vocabulary. Notes are ranked with titles and service names weighted far above body text (the engine's
/// relevance: BM25 on SQLite, ts_rank weighted by rarity on PostgreSQL); results are one per note, each landing on its best place.
/// </summary>
public sealed class CatalogSearch(MlsPrepDb db, ISearchEngine engine, ExamCatalog examCatalog)
{
    public const int MaxLimit = 50;
    private const int PlacesPerTopic = 3;
    // A question word found in more than this share of notes is too common to rank by.
    private const double CommonTermShare = 0.8;
    private const char MarkStart = '\u0002';
    private const char MarkEnd = '\u0003';

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
            var all = await engine.TopicsAsync(db, query, corrections, anyTerm: false, byCoverage: false, filter, filter.KeepTopic, offset, limit, cancellation);
            if (all.Total > 0 || query.Terms.Count == 1) return new(all.Page, all.Total, false);
        }
        // Any term may match; a question's notes are ordered first by how many of its words they name where a note
        // says what it is about (title, services, headings, concept phrases), so one rare word elsewhere cannot win.
        var any = await engine.TopicsAsync(db, query, corrections, anyTerm: true, byCoverage: query.IsQuestion, filter, filter.KeepTopic, offset, limit, cancellation);
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
            if (await engine.NotesWithAsync(db, term, cancellation) <= notes * CommonTermShare) distinctive.Add(term);
        }
        return distinctive.Count == 0 || distinctive.Count == query.Terms.Count ? query
            : query with { Terms = distinctive, LastIsPrefix = query.LastIsPrefix && distinctive[^1] == query.Terms[^1] };
    }

    /// <summary>
    /// Where to land in each topic: the top of the note when the query names it (every word in its title or
    /// service names), otherwise the best-matching section, checklist item or resource; up to two more places follow.
    /// </summary>
    private async Task<List<SearchHit>> PlacesAsync(SearchQuery query, IReadOnlyDictionary<string, string> corrections, IReadOnlyList<RankedTopic> topics, SearchFilter filter, CancellationToken cancellation)
    {
        var named = await engine.NamedAsync(db, query, corrections, topics, cancellation);
        var places = await engine.PlacesAsync(db, query, corrections, topics, cancellation);

        var exams = await examCatalog.GetAsync(db);

        return topics.Select(topic =>
        {
            var key = topic.Key;
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
        foreach (var term in query.Terms)
        {
            var tolerance = Spelling.Tolerance(term);
            var prefix = query.LastIsPrefix && term == query.Terms[^1];
            if (tolerance == 0 || await engine.KnownAsync(db, term, prefix, cancellation)) continue;
            var best = (await engine.SpellingCandidatesAsync(db, term, cancellation))
                .Where(v => Math.Abs(v.Term.Length - term.Length) <= tolerance)
                .Select(v => (v.Term, v.Documents, Distance: Spelling.Distance(term, v.Term, tolerance)))
                .Where(v => v.Distance <= tolerance)
                .OrderBy(v => v.Distance).ThenByDescending(v => v.Documents)
                .FirstOrDefault();
            if (best.Term is not null) corrections[term] = best.Term;
        }
        return corrections;
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
}
