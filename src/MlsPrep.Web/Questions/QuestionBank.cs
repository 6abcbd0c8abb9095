using MlsPrep.Web.Database;
using Microsoft.EntityFrameworkCore;

namespace MlsPrep.Web.Questions;

/// <summary>Every imported question, in content order, with lookups by key and by note. The same for every reader.</summary>
/// <param name="topicTitles">The titles of the notes that have questions, by note key: every question page names its note.</param>
public sealed class QuestionSet(IReadOnlyList<Question> all, IReadOnlyDictionary<string, string> topicTitles)
{
    private readonly Dictionary<string, Question> byKey = all.ToDictionary(q => q.Key, StringComparer.Ordinal);
    private readonly ILookup<string, Question> byTopic = all.ToLookup(q => q.TopicKey, StringComparer.Ordinal);
    private readonly Dictionary<(string?, string?, string?), List<Question>> pools = PoolsOf(all);

    public IReadOnlyList<Question> All { get; } = all;

    public Question? Find(string? key) => key is null ? null : byKey.GetValueOrDefault(key);

    public IEnumerable<Question> OfTopic(string topicKey) => byTopic[topicKey];

    public string? TopicTitle(string topicKey) => topicTitles.GetValueOrDefault(topicKey);

    public IEnumerable<Question> OfExam(string examCode) => All.Where(q => q.Exams.Any(e => e.ExamCode == examCode));

    /// <summary>
    /// The questions of an exam (code or slug), narrowed to a domain or a task statement, in content order. The practice
    /// page offers a set for every domain and task, most of them empty on a large catalog: every pool is worked out
    /// once, when the set is built, and a name no question carries has none.
    /// </summary>
    public IReadOnlyList<Question> Pool(string? exam, string? domain, string? task) =>
        exam is null ? All : pools.GetValueOrDefault((exam.ToUpperInvariant(), domain, task)) ?? (IReadOnlyList<Question>)[];

    private static Dictionary<(string?, string?, string?), List<Question>> PoolsOf(IReadOnlyList<Question> all)
    {
        var pools = new Dictionary<(string?, string?, string?), List<Question>>();
        foreach (var question in all)
        {
            // A question in a pool once, even when two of its placements fall in it.
            foreach (var key in question.Exams.SelectMany(e => new (string?, string?, string?)[]
                {
                    (e.ExamCode.ToUpperInvariant(), null, null), (e.ExamCode.ToUpperInvariant(), e.DomainKey, null),
                    (e.ExamCode.ToUpperInvariant(), null, e.TaskKey), (e.ExamCode.ToUpperInvariant(), e.DomainKey, e.TaskKey),
                }).Distinct())
            {
                if (!pools.TryGetValue(key, out var pool)) pools[key] = pool = [];
                pool.Add(question);
            }
        }
        return pools;
    }
}

/// <summary>Holds the <see cref="QuestionSet"/> between imports; the importer clears it after each commit.</summary>
public sealed class QuestionBank
{
    private Task<QuestionSet>? current;

    public void Invalidate() => current = null;

    public Task<QuestionSet> GetAsync(MlsPrepDb db)
    {
        var cached = current;
        if (cached is { IsCompletedSuccessfully: true } || cached is { IsCompleted: false }) return cached;
        return current = LoadAsync(db);
    }

    private static async Task<QuestionSet> LoadAsync(MlsPrepDb db)
    {
        var questions = await db.Questions.AsNoTracking().OrderBy(q => q.Order).ToListAsync();
        var titles = await db.Topics.AsNoTracking().Where(t => db.Questions.Any(q => q.TopicKey == t.Key))
            .ToDictionaryAsync(t => t.Key, t => t.Title, StringComparer.Ordinal);
        return new(questions, titles);
    }
}
