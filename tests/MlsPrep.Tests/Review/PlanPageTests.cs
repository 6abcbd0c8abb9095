using System.Globalization;
using System.Net;
using MlsPrep.Tests.Progress;
using MlsPrep.Tests.Support;
using static MlsPrep.Tests.Progress.ProgressSite;

namespace MlsPrep.Tests.Review;

/// <summary>The exam plan through HTTP on a real database: setting a date, the pace, the coming days, isolation.</summary>
public sealed class PlanPageTests : IDisposable
{
    private readonly ProgressSite site = new();

    public void Dispose() => site.Dispose();

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(-4));

    private static async Task SetDateAsync(HttpClient client, DateOnly day)
    {
        using var response = await client.SubmitAsync("/exams/tst-c01/plan", "form[data-exam-date]", new() { ["day"] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static async Task<Dictionary<string, int>> ComingAsync(HttpClient client) =>
        (await client.GetDocumentAsync("/exams/tst-c01/plan")).QuerySelectorAll("[data-day-load] li")
            .ToDictionary(li => li.QuerySelector(".day")!.TextContent, li => int.Parse(li.QuerySelector(".count")!.TextContent, CultureInfo.InvariantCulture));

    private static string DayName(DateOnly day) => day == Today ? "Today" : day.ToString("ddd d MMM", CultureInfo.CurrentCulture);

    [Fact]
    public async Task The_plan_needs_an_account()
    {
        using var visitor = site.App.CreateBrowserLikeClient();

        using var response = await visitor.GetAsync("/exams/tst-c01/plan");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task An_exam_date_shows_the_days_left_the_pace_and_the_readiness_on_the_day()
    {
        using var client = await site.App.RegisterAsync("plan@example.com");
        await client.TickAsync("streams", First);

        await SetDateAsync(client, Today.AddDays(37));

        var page = await client.GetDocumentAsync("/exams/tst-c01/plan");
        Assert.Equal("37 days", page.QuerySelector("[data-days-left]")!.TextContent);
        // Five of six items left, over the 30 days before the last week.
        Assert.Equal("1 a day", page.QuerySelector("[data-per-day]")!.TextContent);
        Assert.Equal("On track", page.QuerySelector("[data-status]")!.TextContent);
        var projected = double.Parse(page.QuerySelector("[data-projected] strong")!.TextContent.TrimEnd('%', ' '), CultureInfo.InvariantCulture);
        Assert.InRange(projected, 0.1, 19.9); // one of six items (20 % covered in its domain of 40 %), not fully remembered in 37 days
        var home = await client.GetDocumentAsync("/");
        Assert.Contains("Exam in 37 days", home.QuerySelector("[data-plan=tst-c01]")!.TextContent);
        // The tick comes back for review within the week, and home says when.
        Assert.Equal(1, home.QuerySelectorAll("[data-coming] strong").Sum(s => int.Parse(s.TextContent, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Nothing_falls_due_after_the_exam_day()
    {
        using var client = await site.App.RegisterAsync("clamp@example.com");
        await client.TickAsync("streams", First);
        await client.TickAsync("streams", Second);
        var before = await ComingAsync(client);
        var usualDay = before.Single(d => d.Value == 2).Key;

        await SetDateAsync(client, Today.AddDays(1));

        var after = await ComingAsync(client);
        Assert.Equal(2, after[DayName(Today.AddDays(1))]);
        Assert.NotEqual(DayName(Today.AddDays(1)), usualDay);
        Assert.Equal(0, after[usualDay]);
    }

    [Fact]
    public async Task A_date_in_the_past_is_refused_and_nobody_sees_another_readers_date()
    {
        using var ada = await site.App.RegisterAsync("ada-plan@example.com");
        using var bob = await site.App.RegisterAsync("bob-plan@example.com");

        using var refused = await ada.SubmitAsync("/exams/tst-c01/plan", "form[data-exam-date]", new() { ["day"] = Today.AddDays(-3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("from today up to two years ahead", (await Html.ParseAsync(refused)).QuerySelector("[role=alert]")!.TextContent);

        await SetDateAsync(ada, Today.AddDays(20));
        Assert.Null((await bob.GetDocumentAsync("/exams/tst-c01/plan")).QuerySelector("[data-days-left]"));
        using var noToken = await bob.PostAsync("/exams/tst-c01/plan", new FormUrlEncodedContent([new("day", Today.AddDays(9).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))]));
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
    }
}
