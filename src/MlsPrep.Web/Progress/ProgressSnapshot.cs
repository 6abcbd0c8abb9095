using MlsPrep.Web.Catalog;
using MlsPrep.Web.Database;
using Microsoft.EntityFrameworkCore;

namespace MlsPrep.Web.Progress;

/// <summary>
/// One user's progress over one exam, computed from the catalog's items and the user's ticks.
/// A tick counts only while the item still reads as it did when ticked. Ticks belong to notes, not exams,
/// so one tick on a shared note counts in every exam that includes it.
/// </summary>
public sealed class ProgressSnapshot
{
    private readonly IReadOnlyDictionary<(string Topic, string Item), string> ticks;
    private readonly ProgressCatalog.ExamItems? exam;
    // Covered counts only: totals come from the shared catalog, so the work is per tick, not per topic.
    private readonly Dictionary<string, int> coveredByTopic = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int> coveredByDomain = [];
    private readonly Dictionary<string, int> coveredByTask = new(StringComparer.Ordinal);

    private ProgressSnapshot(IReadOnlyDictionary<(string, string), string> ticks, ProgressCatalog.ExamItems? exam)
    {
        this.ticks = ticks;
        this.exam = exam;
        foreach (var ((topicKey, itemKey), hash) in ticks)
        {
            // Only ticks on items of this exam that still exist and still read the same count as covered.
            if (exam is null || !exam.Topics.TryGetValue(topicKey, out var topic) || !topic.HashByItem.TryGetValue(itemKey, out var current) || current != hash) continue;
            coveredByTopic[topicKey] = coveredByTopic.GetValueOrDefault(topicKey) + 1;
            if (topic.DomainId is { } domainId) coveredByDomain[domainId] = coveredByDomain.GetValueOrDefault(domainId) + 1;
            foreach (var task in topic.Tasks) coveredByTask[task] = coveredByTask.GetValueOrDefault(task) + 1;
        }
        var examDomains = exam?.Domains ?? [];
        var weighted = examDomains.Sum(d => d.Weight * Domain(d.Id).Fraction);
        var weights = examDomains.Sum(d => d.Weight);
        // One decimal, rounded down: the first few ticks show movement, and 100 % only when it is true.
        Readiness = weights == 0 ? 0 : Math.Floor(1000 * weighted / weights) / 10;
        Exam = examDomains.Aggregate(new Tally(), (sum, d) => sum + Domain(d.Id));
        NextGap = examDomains
            .Select(d => (Domain: d, Tally: Domain(d.Id)))
            .Where(g => g.Tally.NotYet > 0)
            .OrderByDescending(g => g.Domain.Weight * (1 - g.Tally.Fraction))
            .Select(g => new Gap(g.Domain, g.Tally.NotYet))
            .FirstOrDefault();
    }

    public static ProgressSnapshot Empty { get; } = new(new Dictionary<(string, string), string>(), null);

    /// <summary>The exam figure weighted by the exam's domain weights, in per cent to one decimal.</summary>
    public double Readiness { get; }
    public Tally Exam { get; }
    /// <summary>The domain where the most weighted score is still to be won.</summary>
    public Gap? NextGap { get; }

    public Tally Topic(string topicKey) =>
        new(coveredByTopic.GetValueOrDefault(topicKey), exam?.Topics.GetValueOrDefault(topicKey)?.HashByItem.Count ?? 0);

    public Tally Domain(int domainId) =>
        new(coveredByDomain.GetValueOrDefault(domainId), exam?.DomainTotals.GetValueOrDefault(domainId) ?? 0);

    /// <summary>The items of every note that serves the task statement.</summary>
    public Tally Task(string taskKey) =>
        new(coveredByTask.GetValueOrDefault(taskKey), exam?.TaskTotals.GetValueOrDefault(taskKey) ?? 0);

    public ItemState StateOf(string topicKey, ChecklistItem item) =>
        !ticks.TryGetValue((topicKey, item.Key), out var hash) ? ItemState.NotYet
        : hash == item.TextHash ? ItemState.Covered
        : ItemState.ChangedSinceCovered;

    /// <summary>A snapshot from ticks the caller already read (a page that loads the reader's state in one query).</summary>
    public static ProgressSnapshot From(IReadOnlyDictionary<(string, string), string> ticks, ProgressCatalog.ExamItems exam) => new(ticks, exam);

    public static async Task<ProgressSnapshot> LoadAsync(MlsPrepDb db, ProgressCatalog catalog, string userId, int examId, CancellationToken cancellation = default)
    {
        var exam = await catalog.GetAsync(db, examId);
        return new(await TicksAsync(db, userId, cancellation), exam);
    }

    /// <summary>One query for the user's ticks, then a snapshot per exam: the home page shows every exam's readiness.</summary>
    public static async Task<IReadOnlyDictionary<int, ProgressSnapshot>> LoadAllAsync(MlsPrepDb db, ProgressCatalog catalog, string userId, IEnumerable<int> examIds, CancellationToken cancellation = default)
    {
        var ticks = await TicksAsync(db, userId, cancellation);
        var snapshots = new Dictionary<int, ProgressSnapshot>();
        foreach (var examId in examIds) snapshots[examId] = new(ticks, await catalog.GetAsync(db, examId));
        return snapshots;
    }

    private static async Task<IReadOnlyDictionary<(string, string), string>> TicksAsync(MlsPrepDb db, string userId, CancellationToken cancellation) =>
        await db.ItemTicks.AsNoTracking().Where(t => t.UserId == userId)
            .ToDictionaryAsync(t => (t.TopicKey, t.ItemKey), t => t.TextHash, cancellation);
}

public sealed record Gap(Domain Domain, int NotYet);
