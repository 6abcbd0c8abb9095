using MlsPrep.Web.Catalog;
using MlsPrep.Web.Progress;

namespace MlsPrep.Web.Review;

/// <summary>
/// What a reader will still know on exam day: each covered item's FSRS retrievability at the exam, averaged over
/// each domain's items (an item not covered counts 0) and weighted by the domains' shares, like covered readiness.
/// </summary>
public sealed record ExamDayReadiness(double Overall, IReadOnlyList<(Domain Domain, double Percent)> Domains)
{
    public sealed record CoveredItem(string TopicKey, string ItemKey, string TextHash, Memory Memory);

    public static ExamDayReadiness At(ProgressCatalog.ExamItems exam, IEnumerable<CoveredItem> covered, DateTimeOffset examStart, Fsrs fsrs)
    {
        var recall = new Dictionary<int, double>();
        foreach (var item in covered)
        {
            if (!exam.Topics.TryGetValue(item.TopicKey, out var topic) || topic.DomainId is not { } domainId) continue;
            if (!topic.HashByItem.TryGetValue(item.ItemKey, out var hash) || hash != item.TextHash) continue;
            var days = (examStart - item.Memory.ReviewedAt).TotalDays;
            recall[domainId] = recall.GetValueOrDefault(domainId) + fsrs.Retrievability(days, item.Memory.Stability);
        }
        var domains = exam.Domains.Select(d =>
        {
            var total = exam.DomainTotals.GetValueOrDefault(d.Id);
            return (d, total == 0 ? 0 : 100 * recall.GetValueOrDefault(d.Id) / total);
        }).ToList();
        var weights = domains.Sum(d => d.d.Weight);
        var overall = weights == 0 ? 0 : domains.Sum(d => d.d.Weight * d.Item2) / weights;
        // Rounded down like covered readiness, so the two read the same way.
        return new(Math.Floor(overall * 10) / 10, domains.Select(d => (d.d, Math.Floor(d.Item2 * 10) / 10)).ToList());
    }
}
