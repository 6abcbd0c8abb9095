using MlsPrep.Web.Catalog;
using MlsPrep.Web.Database;
using Microsoft.EntityFrameworkCore;

namespace MlsPrep.Web.Progress;

/// <summary>
/// Every checklist item of an exam (topic, domain, tasks, id, wording hash), the same for all users, kept in memory
/// between imports: a progress bar then costs one small query for the user's own ticks.
/// </summary>
public sealed class ProgressCatalog
{
    private readonly PerExamCache<ExamItems> exams = new(LoadAsync);

    public sealed record TopicItems(int? DomainId, IReadOnlyList<string> Tasks, IReadOnlyDictionary<string, string> HashByItem);

    public sealed record ExamItems(
        Exam Exam, IReadOnlyDictionary<string, TopicItems> Topics, IReadOnlyDictionary<int, int> DomainTotals, IReadOnlyDictionary<string, int> TaskTotals)
    {
        public IReadOnlyList<Domain> Domains => Exam.Domains;
    }

    /// <summary>Called by the importer after each commit.</summary>
    public void Invalidate() => exams.Clear();

    public Task<ExamItems> GetAsync(MlsPrepDb db, int examId) => exams.GetAsync(db, examId);

    private static async Task<ExamItems> LoadAsync(MlsPrepDb db, int examId)
    {
        var exam = await db.Exams.AsNoTracking().Include(e => e.Domains.OrderBy(d => d.Order)).SingleAsync(e => e.Id == examId);
        var placements = await db.Placements.AsNoTracking().Where(p => p.ExamId == examId)
            .Join(db.Topics, p => p.TopicId, t => t.Id, (p, t) => new { p.TopicId, TopicKey = t.Key, p.DomainId, p.Tasks })
            .ToListAsync();
        var topicIds = placements.Select(p => p.TopicId).ToList();
        var items = (await db.ChecklistItems.AsNoTracking().Where(i => topicIds.Contains(i.TopicId)).Select(i => new { i.TopicId, i.Key, i.TextHash }).ToListAsync())
            .ToLookup(i => i.TopicId);
        var topics = placements.ToDictionary(
            p => p.TopicKey,
            p => new TopicItems(p.DomainId, p.Tasks, items[p.TopicId].ToDictionary(i => i.Key, i => i.TextHash, StringComparer.Ordinal)),
            StringComparer.Ordinal);
        var domainTotals = topics.Values.Where(t => t.DomainId is not null).GroupBy(t => t.DomainId!.Value).ToDictionary(g => g.Key, g => g.Sum(t => t.HashByItem.Count));
        var taskTotals = topics.Values.SelectMany(t => t.Tasks.Select(task => (task, t.HashByItem.Count))).GroupBy(x => x.task)
            .ToDictionary(g => g.Key, g => g.Sum(x => x.Count), StringComparer.Ordinal);
        return new(exam, topics, domainTotals, taskTotals);
    }
}
