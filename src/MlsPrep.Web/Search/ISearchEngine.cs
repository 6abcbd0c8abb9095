using MlsPrep.Web.Database;

namespace MlsPrep.Web.Search;

/// <summary>One note as the index holds it: what ranks it (title, subject, services, headings, concepts, body) and the places to land on.</summary>
public sealed record IndexedTopic(
    long Id, string Key, string Exams, string Domains, string Summary, string Title, string Subject, string Services, string Headings, string Concepts, string Body,
    IReadOnlyList<IndexedPlace> Places);

/// <summary>A section, checklist item or resource of a note.</summary>
public sealed record IndexedPlace(string Anchor, string Kind, string Section, string Heading, string Body);

/// <summary>A place that matched, with its snippet: the matched words between \u0002 and \u0003.</summary>
public sealed record FoundPlace(string Topic, string Anchor, string Kind, string Section, string Heading, string Snippet);

/// <summary>A ranked note with the title and summary a hit shows, read from the index row in the same statement.</summary>
/// <param name="Named">Whether its title or service names hold the query, where the ranking statement could tell
/// (one-word queries on SQLite); null leaves it to <see cref="ISearchEngine.NamedAsync"/>.</param>
public sealed record RankedTopic(long Id, string Key, string Title, string Summary, bool? Named = null);

public sealed record VocabularyTerm(string Term, int Documents);

/// <summary>
/// The full-text engine under the search: SQLite FTS5 by default, PostgreSQL's tsvector on a group's server.
/// CatalogSearch decides what to ask (all words, any word, corrections, where to land); an engine only answers.
/// Terms reach an engine as plain letters and digits (SearchQuery), so no user text is ever read as query syntax.
/// </summary>
public interface ISearchEngine
{
    Task<bool> IsEmptyAsync(MlsPrepDb db, CancellationToken cancellation);

    Task DeleteAsync(MlsPrepDb db, IEnumerable<long> topicIds, CancellationToken cancellation);

    /// <summary>Writes the notes' rows, inside the import's transaction.</summary>
    Task WriteAsync(MlsPrepDb db, IReadOnlyList<IndexedTopic> topics, CancellationToken cancellation);

    /// <summary>How many notes hold the word.</summary>
    Task<int> NotesWithAsync(MlsPrepDb db, string term, CancellationToken cancellation);

    /// <summary>Whether any note holds the word (or, as a prefix, a word starting with it).</summary>
    Task<bool> KnownAsync(MlsPrepDb db, string term, bool prefix, CancellationToken cancellation);

    /// <summary>Indexed words that may be the intended spelling of a word no note holds.</summary>
    Task<IReadOnlyList<VocabularyTerm>> SpellingCandidatesAsync(MlsPrepDb db, string term, CancellationToken cancellation);

    /// <summary>
    /// One page of notes in rank order and how many match: every term (or any, with <paramref name="anyTerm"/>);
    /// with <paramref name="byCoverage"/>, first by how many terms a note names where it says what it is about.
    /// </summary>
    Task<(List<RankedTopic> Page, int Total)> TopicsAsync(
        MlsPrepDb db, SearchQuery query, IReadOnlyDictionary<string, string> corrections, bool anyTerm, bool byCoverage, SearchFilter filter,
        Func<string, bool>? keep, int offset, int limit, CancellationToken cancellation);

    /// <summary>Of these notes, those whose title or service names hold every term.</summary>
    Task<HashSet<string>> NamedAsync(MlsPrepDb db, SearchQuery query, IReadOnlyDictionary<string, string> corrections, IReadOnlyList<RankedTopic> topics, CancellationToken cancellation);

    /// <summary>The places in these notes that hold any term, best first.</summary>
    Task<List<FoundPlace>> PlacesAsync(MlsPrepDb db, SearchQuery query, IReadOnlyDictionary<string, string> corrections, IReadOnlyList<RankedTopic> topics, CancellationToken cancellation);
}
