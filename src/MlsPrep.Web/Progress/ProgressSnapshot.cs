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

    public static async Task<ProgressSnapshot> LoadAsync(MlsPrepDb db, string userId, int examId, CancellationToken cancellation = default)
    {
        var examDomains = await db.Domains.AsNoTracking().Where(d => d.ExamId == examId).OrderBy(d => d.Order).ToListAsync(cancellation);
        var items = await db.ChecklistItems.AsNoTracking()
            .Join(db.Topics.Where(t => t.ExamId == examId), i => i.TopicId, t => t.Id, (i, t) => new { TopicKey = t.Key, t.DomainId, i.Key, i.TextHash })
            .ToListAsync(cancellation);
        var ticks = await db.ItemTicks.AsNoTracking().Where(t => t.UserId == userId)
            .ToDictionaryAsync(t => (t.TopicKey, t.ItemKey), t => t.TextHash, cancellation);

        var topics = new Dictionary<string, Tally>(StringComparer.Ordinal);
        var domains = new Dictionary<int, Tally>();
        foreach (var item in items)
        {
            var covered = ticks.TryGetValue((item.TopicKey, item.Key), out var hash) && hash == item.TextHash ? 1 : 0;
            var tally = new Tally(covered, 1);
            topics[item.TopicKey] = topics.GetValueOrDefault(item.TopicKey) + tally;
            if (item.DomainId is { } domainId) domains[domainId] = domains.GetValueOrDefault(domainId) + tally;
        }
        return new(ticks, topics, domains, examDomains);
    }
}

public sealed record Gap(Domain Domain, int NotYet);
