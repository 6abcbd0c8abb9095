using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace MlsPrep.Web.Search;

/// <summary>
/// What a person typed, reduced to plain words. Only letters and digits survive, and every word is quoted
/// in the MATCH expression, so no user text is ever read as FTS5 syntax (AND, NEAR, *, ^, column:, quotes).
/// </summary>
public sealed partial record SearchQuery(IReadOnlyList<string> Terms, bool LastIsPrefix, bool IsQuestion = false)
{
    public const int MaxInputLength = 200;
    public const int MaxTerms = 8;

    // Question words and the glue of a sentence, which would otherwise demand a match of their own or drown the
    // words that matter: "what was the Firehose buffer limit again?", "how do I get my model to stop overfitting?"
    private static readonly HashSet<string> StopWords =
    [
        "a", "about", "again", "am", "an", "and", "any", "are", "as", "at", "be", "been", "best", "but", "by", "can", "could",
        "did", "do", "does", "for", "from", "get", "give", "had", "has", "have", "how", "i", "if", "in", "into", "is", "it",
        "its", "let", "me", "my", "need", "of", "on", "or", "our", "should", "so", "some", "than", "that", "the", "their",
        "them", "then", "there", "these", "they", "this", "those", "to", "us", "use", "using", "want", "was", "way", "we",
        "were", "what", "when", "where", "which", "who", "why", "will", "with", "would", "you", "your",
    ];

    public bool IsEmpty => Terms.Count == 0;

    public static SearchQuery Parse(string? input)
    {
        if (string.IsNullOrWhiteSpace(input)) return new([], false);
        var text = input.Length > MaxInputLength ? input[..MaxInputLength] : input;
        text = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var words = Word().Matches(text).Select(m => m.Value).ToList();
        var meaningful = words.Where(w => !StopWords.Contains(w)).ToList();
        var terms = (meaningful.Count > 0 ? meaningful : words).Distinct().Take(MaxTerms).ToList();
        // As-you-type: the word still being typed is a prefix, unless the input ends with a space or is one letter.
        var lastIsPrefix = terms.Count > 0 && !char.IsWhiteSpace(input[^1]) && terms[^1].Length >= 2 && words.LastOrDefault() == terms[^1];
        // "how do I handle class imbalance": a sentence, not a name. No single word of it may veto a note.
        var isQuestion = meaningful.Count > 0 && meaningful.Count < words.Count;
        return new(terms, lastIsPrefix, isQuestion);
    }

    /// <summary>
    /// The FTS5 expression: every term quoted, misspelt ones OR-ed with their correction. Several words also
    /// match as an exact phrase and run together ("k means" → "kmeans"), which ranks the note named by them first.
    /// </summary>
    public string ToMatch(IReadOnlyDictionary<string, string>? corrections = null, bool anyTerm = false)
    {
        var prefix = LastIsPrefix ? "*" : "";
        var each = string.Join(anyTerm ? " OR " : " AND ", TermMatches(corrections));
        if (Terms.Count == 1) return each;
        return $"\"{string.Join(' ', Terms)}\"{prefix} OR \"{string.Concat(Terms)}\"{prefix} OR ({each})";
    }

    /// <summary>Each term on its own, quoted (the last as a prefix while typing), OR-ed with its correction.</summary>
    public IReadOnlyList<string> TermMatches(IReadOnlyDictionary<string, string>? corrections = null) =>
        Terms.Select((term, index) =>
        {
            var quoted = $"\"{term}\"{(LastIsPrefix && index == Terms.Count - 1 ? "*" : "")}";
            return corrections is not null && corrections.TryGetValue(term, out var fix) ? $"({quoted} OR \"{fix}\")" : quoted;
        }).ToList();

    public override string ToString() => string.Join(' ', Terms) + (LastIsPrefix ? "*" : "");

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}

/// <summary>Edit distance with transpositions, for "cloudwath" → "cloudwatch".</summary>
public static class Spelling
{
    public static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit) return limit + 1;
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) current[j] = Math.Min(current[j], previous2[j - 2] + 1);
                rowMin = Math.Min(rowMin, current[j]);
            }
            if (rowMin > limit) return limit + 1;
            (previous2, previous, current) = (previous, current, previous2);
        }
        return previous[b.Length];
    }

    /// <summary>How far a word of this length may be from its correction: none for short words, where guesses go wrong.</summary>
    public static int Tolerance(string word) => word.Length switch
    {
        < 5 => 0,
        < 8 => 1,
        _ => 2,
    };

    public static string Describe(IReadOnlyDictionary<string, string> corrections) =>
        string.Join(", ", corrections.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key} → {c.Value}")));
}
