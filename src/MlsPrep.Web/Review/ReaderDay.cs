namespace MlsPrep.Web.Review;

/// <summary>
/// The reader's own day: it starts at the rollover hour in their time zone, so a review at 1 a.m. still belongs to
/// the evening before. The browser tells its time zone in a cookie; without one the day is UTC's.
/// </summary>
public static class ReaderDay
{
    public const string TimeZoneCookie = "mlsprep-tz";
    public const int RolloverHour = 4;

    public static TimeZoneInfo TimeZoneOf(HttpContext context) =>
        context.Request.Cookies[TimeZoneCookie] is { Length: > 0 and < 64 } id && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>The moment the reader's current day ends: everything due before it is due today.</summary>
    public static DateTimeOffset EndOfDay(DateTimeOffset now, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var start = local.Date.AddHours(RolloverHour);
        if (local.DateTime < start) start = start.AddDays(-1);
        var end = start.AddDays(1);
        return new DateTimeOffset(end, zone.GetUtcOffset(end));
    }

    /// <summary>The reader's calendar day now: before the rollover hour it is still yesterday.</summary>
    public static DateOnly Today(DateTimeOffset now, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(EndOfDay(now, zone).AddDays(-1).DateTime);

    /// <summary>When the given day begins for the reader (at the rollover hour, in their time zone).</summary>
    public static DateTimeOffset StartOf(DateOnly day, TimeZoneInfo zone)
    {
        var start = day.ToDateTime(new TimeOnly(RolloverHour, 0));
        return new DateTimeOffset(start, zone.GetUtcOffset(start));
    }
}
