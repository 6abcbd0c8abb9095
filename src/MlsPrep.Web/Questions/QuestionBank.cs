using MlsPrep.Web.Database;
using Microsoft.EntityFrameworkCore;

namespace MlsPrep.Web.Questions;

/// <summary>Every imported question, in content order, with lookups by key and by note. The same for every reader.</summary>
public sealed class QuestionSet(IReadOnlyList<Question> all)
{
    private readonly Dictionary<string, Question> byKey = all.ToDictionary(q => q.Key, StringComparer.Ordinal);
    private readonly ILookup<string, Question> byTopic = all.ToLookup(q => q.TopicKey, StringComparer.Ordinal);

    public IReadOnlyList<Question> All { get; } = all;

    public Question? Find(string? key) => key is null ? null : byKey.GetValueOrDefault(key);

    public IEnumerable<Question> OfTopic(string topicKey) => byTopic[topicKey];

    public IEnumerable<Question> OfExam(string examCode) => All.Where(q => q.Exams.Any(e => e.ExamCode == examCode));
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
