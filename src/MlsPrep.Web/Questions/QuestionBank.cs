using MlsPrep.Web.Database;
using Microsoft.EntityFrameworkCore;

namespace MlsPrep.Web.Questions;

/// <summary>Every imported question, in content order, with lookups by key and by note. The same for every reader.</summary>
public sealed class QuestionSet(IReadOnlyList<Question> all)
{
    private readonly Dictionary<string, Question> byKey = all.ToDictionary(q => q.Key, StringComparer.Ordinal);
    private readonly ILookup<string, Question> byTopic = all.ToLookup(q => q.TopicKey, StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string?, string?, string?), IReadOnlyList<Question>> pools = new();

    public IReadOnlyList<Question> All { get; } = all;

    public Question? Find(string? key) => key is null ? null : byKey.GetValueOrDefault(key);

    public IEnumerable<Question> OfTopic(string topicKey) => byTopic[topicKey];

    public IEnumerable<Question> OfExam(string examCode) => All.Where(q => q.Exams.Any(e => e.ExamCode == examCode));

    /// <summary>
    /// The questions of an exam (code or slug), narrowed to a domain or a task statement, in content order: picked once
    /// per catalog version, since the practice page offers a set for every domain and task. Only pools that hold
    /// questions are kept, so made-up names in a URL cannot grow the cache.
    /// </summary>
    public IReadOnlyList<Question> Pool(string? exam, string? domain, string? task)
    {
        var key = (exam?.ToUpperInvariant(), domain, task);
        if (pools.TryGetValue(key, out var pool)) return pool;
        pool = All.Where(q => exam is null || q.Exams.Any(e => e.ExamCode.Equals(exam, StringComparison.OrdinalIgnoreCase)
                && (domain is null || e.DomainKey == domain) && (task is null || e.TaskKey == task)))
            .ToList();
        if (pool.Count > 0) pools.TryAdd(key, pool);
        return pool;
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

    private static async Task<QuestionSet> LoadAsync(MlsPrepDb db) =>
        new(await db.Questions.AsNoTracking().OrderBy(q => q.Order).ToListAsync());
}
