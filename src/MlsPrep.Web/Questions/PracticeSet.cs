using MlsPrep.Web.Catalog;

namespace MlsPrep.Web.Questions;

/// <summary>What the reader knows of their own record, for the sets that depend on it.</summary>
public sealed record ReaderRecord(IReadOnlySet<string> AnsweredWrongLast, IReadOnlySet<(string Topic, string Item)> Ticked)
{
    public static readonly ReaderRecord None = new(new HashSet<string>(), new HashSet<(string, string)>());
}

/// <summary>
/// A practice set, as it travels in the query string: narrowed by exam, domain, task or note, and optionally to the
/// questions last answered wrong or testing items still "not yet". Questions keep content order within a set.
/// </summary>
public sealed record PracticeSet(string? Exam, string? Domain, string? Task, string? Note, string? Only)
{
    public const string Wrong = "wrong";
    public const string NotYet = "not-yet";

    public static PracticeSet From(IQueryCollection query) =>
        new(Value(query, "exam"), Value(query, "domain"), Value(query, "task"), Value(query, "note"), Value(query, "only") is Wrong or NotYet ? query["only"].ToString() : null);

    public string Query
    {
        get
        {
            var parts = new[] { ("exam", Exam), ("domain", Domain), ("task", Task), ("note", Note), ("only", Only) }
                .Where(p => p.Item2 is not null).Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!)}");
            return string.Join('&', parts);
        }
    }

    public IReadOnlyList<Question> Pick(QuestionSet questions, ReaderRecord reader)
    {
        var pool = questions.Pool(Exam, Domain, Task);
        if (Note is null && Only is null) return pool;
        return pool.Where(q =>
                (Note is null || q.TopicKey == Note)
                && (Only != Wrong || reader.AnsweredWrongLast.Contains(q.Key))
                && (Only != NotYet || q.ItemKeys.Any(item => !reader.Ticked.Contains((q.TopicKey, item)))))
            .ToList();
    }

    /// <summary>Words for the set, e.g. "MLA-C01 · task 1.3 · answered wrong last time".</summary>
    public string Describe(ExamList exams, Func<string, string?> topicTitle)
    {
        var exam = exams.Find(Exam);
        var words = new List<string>();
        if (exam is not null) words.Add(exam.Code);
        if (exam is not null && Domain is not null && exam.Domains.Find(d => d.Key == Domain) is { } domain) words.Add(domain.Title);
        if (exam is not null && Task is not null && ExamList.Task(exam, Task) is { } task) words.Add($"Task {task.Key} {task.Title}");
        if (Note is not null) words.Add(topicTitle(Note) ?? Note);
        if (Only == Wrong) words.Add("answered wrong last time");
        if (Only == NotYet) words.Add("testing items still “not yet”");
        return words.Count == 0 ? "All questions" : string.Join(" · ", words);
    }

    private static string? Value(IQueryCollection query, string name) =>
        query[name].ToString() is { Length: > 0 and <= 100 } value ? value : null;
}
