namespace MlsPrep.Web.Review;

/// <summary>
/// How fast a reader must cover what is left to be ready by their exam: covering ends when the last week begins,
/// which is kept for the last pass of review. "Behind" compares with a steady pace from the day the date was set.
/// </summary>
public sealed record PacePlan(int DaysLeft, int ItemsLeft, int ItemsPerDay, int Behind)
{
    public bool OnTrack => Behind == 0;
    public bool ExamPassed => DaysLeft < 0;

    public static PacePlan For(DateOnly today, ExamDate date, int covered, int total)
    {
        var daysLeft = date.Day.DayNumber - today.DayNumber;
        var left = Math.Max(0, total - covered);
        var coveringDays = Math.Max(1, daysLeft - ExamDeadline.LastPassDays);
        var perDay = left == 0 ? 0 : (int)Math.Ceiling((double)left / coveringDays);
        var planDays = Math.Max(1, date.Day.DayNumber - ExamDeadline.LastPassDays - date.SetOn.DayNumber);
        var elapsed = Math.Clamp(today.DayNumber - date.SetOn.DayNumber, 0, planDays);
        var startLeft = Math.Max(0, total - date.CoveredWhenSet);
        var expected = date.CoveredWhenSet + (int)Math.Floor((double)startLeft * elapsed / planDays);
        return new(daysLeft, left, perDay, Math.Max(0, Math.Min(expected, total) - covered));
    }
}
