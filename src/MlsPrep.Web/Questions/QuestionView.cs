namespace MlsPrep.Web.Questions;

/// <summary>A question as a form: what the reader picked so far, and whether it can still change.</summary>
public sealed record QuestionView(Question Question, IReadOnlyList<string> Picked, bool Locked = false)
{
    public bool IsPicked(string letter) => Picked.Contains(letter);

    /// <summary>The pick at a position (ordering) or for a prompt (matching).</summary>
    public string PickAt(int index) => index < Picked.Count ? Picked[index] : "";

    public static string Ordinal(int n) => n switch { 1 => "1st", 2 => "2nd", 3 => "3rd", _ => $"{n}th" };
}

/// <summary>A given answer (null: left unanswered) beside the key, with every option's explanation.</summary>
public sealed record FeedbackView(Question Question, string? Response)
{
    public bool Correct => Question.IsRight(Response);
    public IReadOnlyList<string> Key => Answers.Picks(Question.Answer);
    public IReadOnlyList<string> Given => Response is null ? [] : Answers.Picks(Response);
}
