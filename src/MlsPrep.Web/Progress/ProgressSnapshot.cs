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
    private readonly Dictionary<string, Tally> topics;
    private readonly Dictionary<int, Tally> domains;

    private ProgressSnapshot(Dictionary<(string, string), string> ticks, Dictionary<string, Tally> topics, Dictionary<int, Tally> domains, IReadOnlyList<Domain> examDomains)
    {
        this.ticks = ticks;
        this.topics = topics;
        this.domains = domains;
        var weighted = examDomains.Sum(d => d.Weight * Domain(d.Id).Fraction);
        var weights = examDomains.Sum(d => d.Weight);
        Readiness = weights == 0 ? 0 : (int)Math.Floor(100 * weighted / weights);
        Exam = domains.Values.Aggregate(new Tally(), (sum, t) => sum + t);
        NextGap = examDomains
            .Select(d => (Domain: d, Tally: Domain(d.Id)))
            .Where(g => g.Tally.NotYet > 0)
            .OrderByDescending(g => g.Domain.Weight * (1 - g.Tally.Fraction))
            .Select(g => new Gap(g.Domain, g.Tally.NotYet))
            .FirstOrDefault();
    }

    public static ProgressSnapshot Empty { get; } = new([], [], [], []);

    /// <summary>The exam figure weighted by the exam's domain weights, in whole per cent.</summary>
    public int Readiness { get; }
    public Tally Exam { get; }
    /// <summary>The domain where the most weighted score is still to be won.</summary>
    public Gap? NextGap { get; }

    public Tally Topic(string topicKey) => topics.GetValueOrDefault(topicKey);
    public Tally Domain(int domainId) => domains.GetValueOrDefault(domainId);

    public ItemState StateOf(string topicKey, ChecklistItem item) =>
        !ticks.TryGetValue((topicKey, item.Key), out var hash) ? ItemState.NotYet
        : hash == item.TextHash ? ItemState.Covered
        : ItemState.ChangedSinceCovered;

    public static async Task<ProgressSnapshot> LoadAsync(MlsPrepDb db, ProgressCatalog catalog, string userId, int examId, CancellationToken cancellation = default)
    {
        var exam = await catalog.GetAsync(db, examId);
        var ticks = await db.ItemTicks.AsNoTracking().Where(t => t.UserId == userId)
            .ToDictionaryAsync(t => (t.TopicKey, t.ItemKey), t => t.TextHash, cancellation);

        var topics = exam.Topics.ToDictionary(t => t.Key, t => new Tally(0, t.Value.HashByItem.Count), StringComparer.Ordinal);
        var domains = exam.DomainTotals.ToDictionary(d => d.Key, d => new Tally(0, d.Value));
        foreach (var ((topicKey, itemKey), hash) in ticks)
        {
            // Only ticks on items that still exist and still read the same count as covered.
            if (!exam.Topics.TryGetValue(topicKey, out var topic) || !topic.HashByItem.TryGetValue(itemKey, out var current) || current != hash) continue;
            topics[topicKey] += new Tally(1, 0);
            if (topic.DomainId is { } domainId) domains[domainId] += new Tally(1, 0);
        }
        return new(ticks, topics, domains, exam.Domains);
    }
}

public sealed record Gap(Domain Domain, int NotYet);
