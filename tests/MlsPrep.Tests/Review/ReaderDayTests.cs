using MlsPrep.Web.Review;

namespace MlsPrep.Tests.Review;

/// <summary>"Due today" means the reader's day: their time zone, starting at the rollover hour.</summary>
public class ReaderDayTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private static readonly TimeZoneInfo Tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

    [Theory]
    [InlineData("2026-12-01T10:00:00Z", "UTC", "2026-12-02T04:00:00Z")]
    [InlineData("2026-12-01T02:00:00Z", "UTC", "2026-12-01T04:00:00Z")]  // 2 a.m. still belongs to the evening before
    [InlineData("2026-12-01T08:00:00Z", "NewYork", "2026-12-01T09:00:00Z")] // 3 a.m. in New York (UTC−5)
    [InlineData("2026-12-01T10:00:00Z", "NewYork", "2026-12-02T09:00:00Z")]
    [InlineData("2026-12-01T10:00:00Z", "Tokyo", "2026-12-01T19:00:00Z")]   // 7 p.m. in Tokyo (UTC+9): ends at 4 a.m. there
    public void The_day_ends_at_the_next_rollover_in_the_readers_time_zone(string now, string zone, string end)
    {
        var timeZone = zone switch { "NewYork" => NewYork, "Tokyo" => Tokyo, _ => TimeZoneInfo.Utc };

        Assert.Equal(DateTimeOffset.Parse(end, System.Globalization.CultureInfo.InvariantCulture),
            ReaderDay.EndOfDay(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture), timeZone));
    }

    [Theory]
    [InlineData("2026-12-01T10:00:00Z", "UTC", "2026-12-01")]
    [InlineData("2026-12-01T02:00:00Z", "UTC", "2026-11-30")]
    [InlineData("2026-12-01T20:00:00Z", "Tokyo", "2026-12-02")]  // 5 a.m. on the 2nd in Tokyo
    [InlineData("2026-12-01T08:00:00Z", "NewYork", "2026-11-30")] // 3 a.m. on the 1st in New York: still the 30th
    public void Today_is_the_readers_calendar_day_and_starts_at_their_rollover(string now, string zone, string day)
    {
        var timeZone = zone switch { "NewYork" => NewYork, "Tokyo" => Tokyo, _ => TimeZoneInfo.Utc };

        var today = ReaderDay.Today(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture), timeZone);

        Assert.Equal(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), today);
        Assert.Equal(ReaderDay.EndOfDay(ReaderDay.StartOf(today, timeZone), timeZone), ReaderDay.StartOf(today.AddDays(1), timeZone));
    }
}
