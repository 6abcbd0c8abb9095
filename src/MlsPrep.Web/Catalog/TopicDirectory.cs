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
    private readonly PerExamCache<ExamTopics> exams = new(async (db, examId) => new ExamTopics(await LoadAsync(db, examId)));

    public void Invalidate() => exams.Clear();

    public async Task<IReadOnlyList<TopicLink>> TopicsAsync(MlsPrepDb db, int examId) => (await exams.GetAsync(db, examId)).All;

    /// <summary>The exam's notes by the task statements they serve, each in reading order.</summary>
    public async Task<ILookup<string, TopicLink>> ServingAsync(MlsPrepDb db, int examId) => (await exams.GetAsync(db, examId)).Serving;

    public async Task<(TopicLink? Previous, TopicLink? Next)> NeighboursAsync(MlsPrepDb db, int examId, string key) =>
        (await exams.GetAsync(db, examId)).Neighbours.GetValueOrDefault(key);

    /// <summary>
    /// One exam's notes with the lookups pages make of them, worked out once per import: on 5,000 notes, finding each
    /// task's notes by scanning the list was two thirds of the exam page, and every topic page scanned for its neighbours.
    /// </summary>
    private sealed class ExamTopics(IReadOnlyList<TopicLink> all)
    {
        public IReadOnlyList<TopicLink> All { get; } = all;

        public ILookup<string, TopicLink> Serving { get; } = all.SelectMany(t => t.Tasks.Distinct().Select(task => (task, t))).ToLookup(p => p.task, p => p.t, StringComparer.Ordinal);

        /// <summary>Within the note's domain, in reading order.</summary>
        public Dictionary<string, (TopicLink? Previous, TopicLink? Next)> Neighbours { get; } = NeighboursOf(all);

        private static Dictionary<string, (TopicLink?, TopicLink?)> NeighboursOf(IReadOnlyList<TopicLink> all)
        {
            var neighbours = new Dictionary<string, (TopicLink?, TopicLink?)>(StringComparer.Ordinal);
            foreach (var siblings in all.GroupBy(t => t.DomainId).Select(g => g.ToList()))
                for (var i = 0; i < siblings.Count; i++)
                    neighbours.TryAdd(siblings[i].Key, (i > 0 ? siblings[i - 1] : null, i < siblings.Count - 1 ? siblings[i + 1] : null));
            return neighbours;
        }
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
