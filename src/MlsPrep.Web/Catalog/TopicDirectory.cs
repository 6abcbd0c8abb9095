using MlsPrep.Web.Database;
using Microsoft.EntityFrameworkCore;

namespace MlsPrep.Web.Catalog;

/// <summary>A topic as lists show it: home, domain pages, neighbours and search results.</summary>
public sealed record TopicLink(string Key, string Title, string Summary, int? DomainId, int ItemCount);

/// <summary>
/// Every exam's topics in reading order, kept in memory between imports: the lists on the home and domain
/// pages and a topic's neighbours then cost no query. The importer drops it after each commit.
/// </summary>
public sealed class TopicDirectory
{
    private readonly PerExamCache<IReadOnlyList<TopicLink>> exams = new(LoadAsync);

    public void Invalidate() => exams.Clear();

    public Task<IReadOnlyList<TopicLink>> TopicsAsync(MlsPrepDb db, int examId) => exams.GetAsync(db, examId);

    public async Task<(TopicLink? Previous, TopicLink? Next)> NeighboursAsync(MlsPrepDb db, int examId, int? domainId, string key)
    {
        var siblings = (await TopicsAsync(db, examId)).Where(t => t.DomainId == domainId).ToList();
        var index = siblings.FindIndex(t => t.Key == key);
        return (index > 0 ? siblings[index - 1] : null, index >= 0 && index < siblings.Count - 1 ? siblings[index + 1] : null);
    }

    private static async Task<IReadOnlyList<TopicLink>> LoadAsync(MlsPrepDb db, int examId) =>
        await db.Topics.AsNoTracking().Where(t => t.ExamId == examId)
            .OrderBy(t => t.Order).ThenBy(t => t.Title)
            .Select(t => new TopicLink(t.Key, t.Title, t.Summary, t.DomainId, t.Items.Count))
            .ToListAsync();
}
