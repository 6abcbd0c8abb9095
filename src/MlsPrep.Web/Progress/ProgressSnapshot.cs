using MlsPrep.Web.Catalog;
using MlsPrep.Web.Database;
using Microsoft.EntityFrameworkCore;

namespace MlsPrep.Web.Progress;

/// <summary>
/// One user's progress over one exam, computed from the catalog's items and the user's ticks.
/// A tick counts only while the item still reads as it did when ticked.
/// </summary>
public sealed class ProgressSnapshot
{
    private readonly Dictionary<(string Topic, string Item), string> ticks;
    private readonly ProgressCatalog.ExamItems? exam;
    // Covered counts only: totals come from the shared catalog, so the work is per tick, not per topic.
    private readonly Dictionary<string, int> coveredByTopic;
    private readonly Dictionary<int, int> coveredByDomain;

    private ProgressSnapshot(Dictionary<(string, string), string> ticks, ProgressCatalog.ExamItems? exam, Dictionary<string, int> coveredByTopic, Dictionary<int, int> coveredByDomain)
    {
        this.ticks = ticks;
        this.exam = exam;
        this.coveredByTopic = coveredByTopic;
        this.coveredByDomain = coveredByDomain;
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

    public static ProgressSnapshot Empty { get; } = new([], null, [], []);

    /// <summary>The exam figure weighted by the exam's domain weights, in per cent to one decimal.</summary>
    public double Readiness { get; }
    public Tally Exam { get; }
    /// <summary>The domain where the most weighted score is still to be won.</summary>
    public Gap? NextGap { get; }

    public Tally Topic(string topicKey) =>
        new(coveredByTopic.GetValueOrDefault(topicKey), exam?.Topics.GetValueOrDefault(topicKey)?.HashByItem.Count ?? 0);

    public Tally Domain(int domainId) =>
        new(coveredByDomain.GetValueOrDefault(domainId), exam?.DomainTotals.GetValueOrDefault(domainId) ?? 0);

    public ItemState StateOf(string topicKey, ChecklistItem item) =>
        !ticks.TryGetValue((topicKey, item.Key), out var hash) ? ItemState.NotYet
        : hash == item.TextHash ? ItemState.Covered
        : ItemState.ChangedSinceCovered;

    public static async Task<ProgressSnapshot> LoadAsync(MlsPrepDb db, ProgressCatalog catalog, string userId, int examId, CancellationToken cancellation = default)
    {
        var exam = await catalog.GetAsync(db, examId);
        var ticks = await db.ItemTicks.AsNoTracking().Where(t => t.UserId == userId)
            .ToDictionaryAsync(t => (t.TopicKey, t.ItemKey), t => t.TextHash, cancellation);

        var topics = new Dictionary<string, int>(StringComparer.Ordinal);
        var domains = new Dictionary<int, int>();
        foreach (var ((topicKey, itemKey), hash) in ticks)
        {
            // Only ticks on items that still exist and still read the same count as covered.
            if (!exam.Topics.TryGetValue(topicKey, out var topic) || !topic.HashByItem.TryGetValue(itemKey, out var current) || current != hash) continue;
            topics[topicKey] = topics.GetValueOrDefault(topicKey) + 1;
            if (topic.DomainId is { } domainId) domains[domainId] = domains.GetValueOrDefault(domainId) + 1;
        }
        return new(ticks, exam, topics, domains);
    }
}

public sealed record Gap(Domain Domain, int NotYet);
