using MlsPrep.Web.Catalog;
using MlsPrep.Web.Database;
using Microsoft.EntityFrameworkCore;

namespace MlsPrep.Web.Progress;

/// <summary>
/// Every checklist item of an exam (topic, domain, id, wording hash), the same for all users, kept in memory
/// between imports: a progress bar then costs one small query for the user's own ticks.
/// </summary>
public sealed class ProgressCatalog
{
    private readonly PerExamCache<ExamItems> exams = new(LoadAsync);

    public sealed record TopicItems(int? DomainId, IReadOnlyDictionary<string, string> HashByItem);

    public sealed record ExamItems(IReadOnlyList<Domain> Domains, IReadOnlyDictionary<string, TopicItems> Topics, IReadOnlyDictionary<int, int> DomainTotals);

    /// <summary>Called by the importer after each commit.</summary>
    public void Invalidate() => exams.Clear();

    public Task<ExamItems> GetAsync(MlsPrepDb db, int examId) => exams.GetAsync(db, examId);

    private static async Task<ExamItems> LoadAsync(MlsPrepDb db, int examId)
    {
        var domains = await db.Domains.AsNoTracking().Where(d => d.ExamId == examId).OrderBy(d => d.Order).ToListAsync();
        var items = await db.ChecklistItems.AsNoTracking()
            .Join(db.Topics.Where(t => t.ExamId == examId), i => i.TopicId, t => t.Id, (i, t) => new { TopicKey = t.Key, t.DomainId, i.Key, i.TextHash })
            .ToListAsync();
        var topics = items.GroupBy(i => i.TopicKey, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => new TopicItems(g.First().DomainId, g.ToDictionary(i => i.Key, i => i.TextHash, StringComparer.Ordinal)),
            StringComparer.Ordinal);
        var totals = items.Where(i => i.DomainId is not null).GroupBy(i => i.DomainId!.Value).ToDictionary(g => g.Key, g => g.Count());
        return new(domains, topics, totals);
    }
}
