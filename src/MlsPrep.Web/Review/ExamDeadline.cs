using MlsPrep.Web.Content;

namespace MlsPrep.Web.Review;

/// <summary>
/// Bends a review schedule toward an exam: nothing falls due after the exam's morning, and every covered item
/// not yet reviewed in the final week gets one last pass in it, spread over its days so they do not all land at once.
/// </summary>
public static class ExamDeadline
{
    public const int LastPassDays = 7;

    /// <param name="scheduled">When the scheduler alone would bring the item back.</param>
    /// <param name="reviewedAt">The item's last review (its tick, if never reviewed since).</param>
    /// <param name="examStart">The start of the reader's exam day, in their time zone.</param>
    /// <param name="itemId">Stable per item, so the item's day in the last week never moves.</param>
    public static DateTimeOffset Due(DateTimeOffset scheduled, DateTimeOffset reviewedAt, DateTimeOffset examStart, string itemId)
    {
        var lastWeek = examStart.AddDays(-LastPassDays);
        if (scheduled < lastWeek) return scheduled;
        if (reviewedAt >= lastWeek) return scheduled < examStart ? scheduled : examStart;
        var day = (int)(Convert.ToUInt32(Slug.Hash(itemId)[..8], 16) % LastPassDays);
        var lastPass = lastWeek.AddDays(day);
        return scheduled < lastPass ? scheduled : lastPass;
    }
}
