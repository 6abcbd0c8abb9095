using MlsPrep.Web.Database;
using Microsoft.EntityFrameworkCore;

namespace MlsPrep.Web.Catalog;

/// <summary>Every exam with its domains and task statements, and where each note sits in them: the same for all readers.</summary>
public sealed class ExamList(IReadOnlyList<Exam> exams, IReadOnlyDictionary<string, IReadOnlyList<Placement>> placementsByTopic)
{
    /// <summary>Active exams first, then retired ones; by code within each.</summary>
    public IReadOnlyList<Exam> Exams { get; } = exams;

    public Exam? Find(string? slugOrCode) =>
        slugOrCode is null ? null : Exams.FirstOrDefault(e => string.Equals(e.Slug, slugOrCode, StringComparison.OrdinalIgnoreCase));

    public Exam? ById(int id) => Exams.FirstOrDefault(e => e.Id == id);

    /// <summary>The exam a reader lands in without a choice: the first active one.</summary>
    public Exam? Default => Exams.Count > 0 ? Exams[0] : null;

    /// <summary>Where a note sits in each exam it serves, in the order of <see cref="Exams"/>.</summary>
    public IReadOnlyList<Placement> PlacementsOf(string topicKey) => placementsByTopic.GetValueOrDefault(topicKey) ?? [];

    public IEnumerable<string> TopicKeysOf(int examId) =>
        placementsByTopic.Where(t => t.Value.Any(p => p.ExamId == examId)).Select(t => t.Key);

    public IEnumerable<Exam> ExamsOf(string topicKey) => PlacementsOf(topicKey).Select(p => ById(p.ExamId)).OfType<Exam>();

    public Domain? DomainOf(Placement placement) => ById(placement.ExamId)?.Domains.Find(d => d.Id == placement.DomainId);

    public static TaskStatement? Task(Exam exam, string taskKey) => exam.Domains.SelectMany(d => d.Tasks).FirstOrDefault(t => t.Key == taskKey);
}

/// <summary>Holds the <see cref="ExamList"/> between imports; the importer clears it after each commit.</summary>
public sealed class ExamCatalog
{
    // One value for the whole catalog: the per-exam cache's key is always 0.
    private readonly PerExamCache<ExamList> list = new((db, _) => LoadAsync(db));

    public void Invalidate() => list.Clear();

    public Task<ExamList> GetAsync(MlsPrepDb db) => list.GetAsync(db, 0);

    private static async Task<ExamList> LoadAsync(MlsPrepDb db)
    {
        var exams = (await db.Exams.AsNoTracking().Include(e => e.Domains.OrderBy(d => d.Order)).ToListAsync())
            .OrderBy(e => e.Status).ThenBy(e => e.Code, StringComparer.Ordinal).ToList();
        var order = exams.Select((e, i) => (e.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var placements = await db.Placements.AsNoTracking()
            .Join(db.Topics, p => p.TopicId, t => t.Id, (p, t) => new { t.Key, Placement = p })
            .ToListAsync();
        var byTopic = placements.GroupBy(p => p.Key, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<Placement>)g.Select(p => p.Placement).OrderBy(p => order.GetValueOrDefault(p.ExamId, int.MaxValue)).ToList(),
            StringComparer.Ordinal);
        return new(exams, byTopic);
    }
}
