using MlsPrep.Web.Content;

namespace MlsPrep.Web.Questions;

/// <summary>
/// One written form for every answer, so grading is a string comparison: "B" (single), "B,D" (multiple, sorted),
/// "C,A,D,B" (ordering, first to last) and "1-C,2-A,3-B" (matching, by prompt).
/// </summary>
public static class Answers
{
    /// <summary>Checks an author's answer against the question's options and returns it in the written form ("" when wrong).</summary>
    public static string Check(string path, int line, string id, QuestionType type, string written, IReadOnlyList<string> letters, int prompts, int? selectCount, List<ContentProblem> problems)
    {
        var parts = written.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        void Problem(string message) => problems.Add(new(path, line, $"Question {id}: {message}"));
        int count = problems.Count;
        switch (type)
        {
            case QuestionType.SingleAnswer:
                if (letters.Count != 4) Problem($"a single-answer question has four options (A–D); this one has {letters.Count}.");
                if (parts.Length != 1) Problem($"a single-answer question names one option; '{written}' names {parts.Length}. Use 'type: multiple' for Select TWO.");
                break;
            case QuestionType.MultipleResponse:
                if (letters.Count < 5) Problem($"a multiple-response question has five or more options; this one has {letters.Count}.");
                if (selectCount is null) Problem("say how many to pick in the stem: '(Select TWO.)'.");
                else if (selectCount != parts.Length) Problem($"the stem says Select {selectCount} but the answer names {parts.Length}.");
                break;
            case QuestionType.Ordering:
                if (letters.Count < 3) Problem("an ordering question has at least three steps.");
                if (!parts.Order().SequenceEqual(letters.Order())) Problem($"the answer must place every step exactly once ({string.Join(", ", letters)}).");
                break;
            case QuestionType.Matching:
                return CheckMatching(parts, letters, prompts, Problem) ? string.Join(',', parts) : "";
        }
        foreach (var part in parts.Where(p => !letters.Contains(p))) Problem($"the answer names {part}, which is not an option.");
        if (parts.Distinct().Count() != parts.Length) Problem("the answer names an option twice.");
        if (problems.Count != count) return "";
        return type == QuestionType.MultipleResponse ? string.Join(',', parts.Order(StringComparer.Ordinal)) : string.Join(',', parts);
    }

    private static bool CheckMatching(string[] parts, IReadOnlyList<string> letters, int prompts, Action<string> problem)
    {
        var ok = true;
        if (letters.Count < prompts) { problem($"a matching question needs at least as many choices as prompts ({prompts})."); ok = false; }
        if (parts.Length != prompts) { problem($"match every prompt once: {prompts} prompts, {parts.Length} pairs in the answer."); ok = false; }
        for (var i = 0; i < parts.Length; i++)
        {
            var pair = parts[i].Split('-');
            if (pair is not [var number, var letter] || number != (i + 1).ToString() || !letters.Contains(letter))
            {
                problem($"write matching answers as '1-C, 2-A, 3-B' in prompt order; '{parts[i]}' is not one.");
                ok = false;
            }
        }
        return ok;
    }

    /// <summary>What a reader submitted, in the written form; null when they left part of it unanswered.</summary>
    public static string? FromForm(QuestionType type, int options, int prompts, IReadOnlyList<string> picked)
    {
        var letters = Enumerable.Range(0, options).Select(i => ((char)('A' + i)).ToString()).ToHashSet();
        var valid = picked.All(p => letters.Contains(p));
        return type switch
        {
            QuestionType.SingleAnswer => picked is [var one] && valid ? one : null,
            QuestionType.MultipleResponse => picked.Count > 0 && valid && picked.Distinct().Count() == picked.Count ? string.Join(',', picked.Order(StringComparer.Ordinal)) : null,
            QuestionType.Ordering => picked.Count == options && valid && picked.Distinct().Count() == options ? string.Join(',', picked) : null,
            QuestionType.Matching => picked.Count == prompts && valid ? string.Join(',', picked.Select((p, i) => $"{i + 1}-{p}")) : null,
            _ => null,
        };
    }

    /// <summary>The reader's picks back from the written form, to show them beside the key.</summary>
    public static IReadOnlyList<string> Picks(string written) =>
        written.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Contains('-') ? p[(p.IndexOf('-') + 1)..] : p).ToList();
}
