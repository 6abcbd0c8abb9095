using System.Text.RegularExpressions;
using MlsPrep.Web.Search;

namespace MlsPrep.Web.Questions;

/// <summary>
/// Finds practice questions by the words of their scenario, in memory: the bank is a few hundred stems, so a scan
/// costs less than an index would. Only stems are searched and shown, never options or answers.
/// </summary>
public static partial class QuestionSearch
{
    public static IReadOnlyList<Question> Find(QuestionSet questions, SearchQuery query, IEnumerable<string> corrections, string? examCode, int take = 5)
    {
        if (query.IsEmpty) return [];
        var terms = query.Terms.Concat(corrections).Where(t => t.Length >= 2).Distinct().ToList();
        // A question must name most of what was asked, so one common word never brings in every stem.
        var needed = Math.Max(1, (query.Terms.Count + 1) / 2);
        return questions.All
            .Where(q => examCode is null || q.Exams.Any(e => e.ExamCode == examCode))
            .Select(q => (Question: q, Score: Score(WordsOf(q), terms)))
            .Where(x => x.Score >= needed)
            .OrderByDescending(x => x.Score).ThenBy(x => x.Question.Order)
            .Take(take).Select(x => x.Question).ToList();
    }

    private static int Score(HashSet<string> words, List<string> terms) =>
        terms.Count(term => words.Contains(term) || term.Length >= 4 && words.Any(w => w.StartsWith(term, StringComparison.Ordinal)));

    private static HashSet<string> WordsOf(Question question) =>
        Word().Matches((question.StemText + " " + question.CaseKey + " " + question.TopicKey.Replace('-', ' ')).ToLowerInvariant()).Select(m => m.Value).ToHashSet();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
