using MlsPrep.Web.Database;
using Microsoft.EntityFrameworkCore;

namespace MlsPrep.Web.Catalog;

/// <summary>A topic as one exam's lists show it: home, exam, domain and task pages, neighbours.</summary>
public sealed record TopicLink(string Key, string Title, string Summary, int? DomainId, IReadOnlyList<string> Tasks, int ItemCount);

/// <summary>
/// Every exam's topics in reading order, kept in memory between imports: the lists on the home, exam, domain and
/// task pages and a topic's neighbours then cost no query. The importer drops it after each commit.
/// </summary>
public sealed class TopicDirectory
{
    private readonly PerExamCache<IReadOnlyList<TopicLink>> exams = new(LoadAsync);

    public void Invalidate() => exams.Clear();

    public Task<IReadOnlyList<TopicLink>> TopicsAsync(MlsPrepDb db, int examId) => exams.GetAsync(db, examId);

    public async Task<(TopicLink? Previous, TopicLink? Next)> NeighboursAsync(MlsPrepDb db, int examId, string key)
    {
        var topics = await TopicsAsync(db, examId);
        var domainId = topics.FirstOrDefault(t => t.Key == key)?.DomainId;
        var siblings = topics.Where(t => t.DomainId == domainId).ToList();
        var index = siblings.FindIndex(t => t.Key == key);
        return (index > 0 ? siblings[index - 1] : null, index >= 0 && index < siblings.Count - 1 ? siblings[index + 1] : null);
    }

    private static async Task<IReadOnlyList<TopicLink>> LoadAsync(MlsPrepDb db, int examId)
    {
        var rows = await db.Placements.AsNoTracking().Where(p => p.ExamId == examId)
            .Join(db.Topics, p => p.TopicId, t => t.Id, (p, t) => new { p.Order, p.DomainId, p.Tasks, t.Key, t.Title, t.Summary, Items = t.Items.Count })
            .ToListAsync();
        // Within a domain, notes follow the task statements they serve first, then their own order.
        return rows.OrderBy(r => r.Tasks.FirstOrDefault() ?? "", StringComparer.Ordinal).ThenBy(r => r.Order).ThenBy(r => r.Title, StringComparer.Ordinal)
            .Select(r => new TopicLink(r.Key, r.Title, r.Summary, r.DomainId, r.Tasks, r.Items))
            .ToList();
    }
}
