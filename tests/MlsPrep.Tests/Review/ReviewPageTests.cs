using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MlsPrep.Tests.Progress;
using MlsPrep.Tests.Support;
using MlsPrep.Web.Database;
using static MlsPrep.Tests.Progress.ProgressSite;

namespace MlsPrep.Tests.Review;

/// <summary>The review page through HTTP on a real database: what is due, grading through forms, isolation.</summary>
public sealed class ReviewPageTests : IDisposable
{
    private readonly ProgressSite site = new();

    private static async Task<List<string>> DueAsync(HttpClient client) =>
        (await client.GetDocumentAsync("/review")).QuerySelectorAll("[data-review-item] .review-text").Select(e => e.TextContent.Trim()).ToList();

    private static Task<HttpResponseMessage> GradeAsync(HttpClient client, AngleSharp.Dom.IDocument page, string grade) =>
        client.PostFormAsync((AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector("[data-review-item] form")!, new() { ["grade"] = grade }, "/review");

    [Fact]
    public async Task A_tick_is_the_first_review_so_the_item_comes_back_two_days_later_and_not_before()
    {
        using var client = await site.App.RegisterAsync("due@example.com");
        await client.TickAsync("streams", First);

        Assert.Empty(await DueAsync(client));
        await site.App.AgeTicksAsync("due@example.com", 3);
        Assert.Equal(["I can explain the first thing."], await DueAsync(client));
    }

    [Fact]
    public async Task Grading_good_schedules_the_next_review_further_out_and_forgot_puts_the_item_back_to_not_yet()
    {
        using var client = await site.App.RegisterAsync("grader@example.com");
        await client.TickAsync("streams", First);
        await client.TickAsync("streams", Second);
        await site.App.AgeTicksAsync("grader@example.com", 3);

        var page = await client.GetDocumentAsync("/review");
        using var good = await GradeAsync(client, page, "3");
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        Assert.Single(await DueAsync(client));
        await site.App.AgeTicksAsync("grader@example.com", 3);
        // Two days after the tick it was due; after "Good" it lasts longer than three more days.
        Assert.Single(await DueAsync(client));

        page = await client.GetDocumentAsync("/review");
        using var forgot = await GradeAsync(client, page, "1");
        Assert.Empty(await DueAsync(client));
        var topic = await client.GetDocumentAsync("/topics/streams");
        Assert.Equal(["Covered", "NotYet"], topic.QuerySelectorAll(".checklist-item").Select(i => i.GetAttribute("data-state")).Order());
    }

    [Fact]
    public async Task An_item_whose_wording_changed_since_it_was_covered_is_due_at_once()
    {
        using var client = await site.App.RegisterAsync("changed@example.com");
        await client.TickAsync("tuning", First);
        site.Content.Write("tst-c01/models/tuning.md", ContentFolder.Note("Tuning", domain: "models",
            body: ContentFolder.DefaultBody.Replace("I can explain the first thing.", "I can explain the first thing in detail. {#i-can-explain-the-first-thing}", StringComparison.Ordinal)));
        await site.App.ReimportAsync();

        var page = await client.GetDocumentAsync("/review");

        Assert.Equal("changed since you covered it", page.QuerySelector("[data-review-item] .changed")!.TextContent);
        Assert.Contains("in detail", page.QuerySelector("[data-review-item] .review-text")!.TextContent);
    }

    [Fact]
    public async Task Grading_needs_the_form_token_and_nobody_can_grade_another_readers_items()
    {
        using var ada = await site.App.RegisterAsync("ada-review@example.com");
        using var bob = await site.App.RegisterAsync("bob-review@example.com");
        await ada.TickAsync("queues", First);
        await site.App.AgeTicksAsync("ada-review@example.com", 3);

        using var forged = await bob.PostAsync("/review", new FormUrlEncodedContent(new Dictionary<string, string> { ["topic"] = "queues", ["item"] = First, ["grade"] = "1" }));
        // Bob's own, valid token (from a page of his with a form), naming Ada's item.
        var token = (await bob.GetDocumentAsync("/topics/queues")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var foreign = await bob.PostAsync("/review", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["topic"] = "queues", ["item"] = First, ["grade"] = "1",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Empty(await DueAsync(bob));
        Assert.Equal(["I can explain the first thing."], await DueAsync(ada));
    }

    [Theory]
    [InlineData("json")]
    [InlineData("csv")]
    public async Task Schedules_travel_in_the_export_and_come_back_on_import(string format)
    {
        using var ada = await site.App.RegisterAsync($"ada-schedule-{format}@example.com");
        await ada.TickAsync("streams", First);
        await site.App.AgeTicksAsync($"ada-schedule-{format}@example.com", 3);
        using (await GradeAsync(ada, await ada.GetDocumentAsync("/review"), "4")) { }
        var export = await ada.GetStringAsync($"/account?handler=Export&format={format}");
        using var bob = await site.App.RegisterAsync($"bob-schedule-{format}@example.com");

        await bob.UploadAsync($"progress.{format}", export);

        var schedules = await SchedulesAsync($"ada-schedule-{format}@example.com", $"bob-schedule-{format}@example.com");
        Assert.NotNull(schedules[0].Stability);
        Assert.Equal(schedules[0], schedules[1]);
    }

    private async Task<List<(double? Stability, double? Difficulty, DateTimeOffset? ReviewedAt)>> SchedulesAsync(params string[] emails)
    {
        using var scope = site.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MlsPrepDb>();
        var schedules = new List<(double?, double?, DateTimeOffset?)>();
        foreach (var email in emails)
        {
            var userId = await site.App.UserIdAsync(email);
            var tick = await db.ItemTicks.AsNoTracking().SingleAsync(t => t.UserId == userId);
            schedules.Add((tick.Stability, tick.Difficulty, tick.ReviewedAt));
        }
        return schedules;
    }

    [Fact]
    public async Task Visitors_are_sent_to_sign_in()
    {
        using var client = site.App.CreateBrowserLikeClient();

        using var response = await client.GetAsync("/review");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    public void Dispose() => site.Dispose();
}
