using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MlsPrep.Tests.Support;
using MlsPrep.Web.Database;
using MlsPrep.Web.MockExams;

namespace MlsPrep.Tests.Questions;

/// <summary>Mock exams through HTTP on a real database: the exam's mix, saving as you go, restarts, the clock, the score.</summary>
public sealed class MockExamTests : IDisposable
{
    private readonly QuestionSite site = new();

    public void Dispose() => site.Dispose();

    private static async Task<string> StartAsync(HttpClient client)
    {
        using var response = await client.SubmitAsync("/mock?exam=tst-c01", "form[action*=Start], form:has(input[name=exam])");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    private async Task<MockExam> MockAsync(string url)
    {
        using var scope = site.App.Services.CreateScope();
        var id = Guid.Parse(url.Split('/')[2].Split('?')[0]);
        return await scope.ServiceProvider.GetRequiredService<MlsPrepDb>().MockExams.Include(m => m.Responses.OrderBy(r => r.Position)).AsNoTracking().SingleAsync(m => m.Id == id);
    }

    private static async Task<HttpResponseMessage> AnswerAsync(HttpClient client, string mockUrl, int position, IEnumerable<string> picks, params (string, string)[] extra)
    {
        var url = $"{mockUrl}?n={position}";
        var page = await client.GetDocumentAsync(url);
        return await client.AnswerAsync(page, url, picks, extra);
    }

    [Fact]
    public async Task A_mock_has_the_exams_length_and_domain_mix_and_its_page_holds_no_key()
    {
        using var client = await site.App.RegisterAsync("mix@example.com");

        var url = await StartAsync(client);

        var mock = await MockAsync(url);
        Assert.Equal(4, mock.Responses.Count);
        // 40 % and 60 % of four seats: 1.6 and 2.4, so two each by largest remainder.
        Assert.Equal(2, mock.Responses.Count(r => r.QuestionKey.StartsWith("streams-", StringComparison.Ordinal)));
        Assert.Equal(mock.StartedAt.AddMinutes(20), mock.Deadline);
        var html = await client.GetStringAsync(url);
        Assert.DoesNotContain("explained", html);
        Assert.Equal(4, (await client.GetDocumentAsync(url)).QuerySelectorAll(".question-map button").Length);
    }

    [Fact]
    public async Task Every_answer_and_flag_is_kept_through_a_restart_and_the_clock_keeps_its_deadline()
    {
        using var client = await site.App.RegisterAsync("restart@example.com");
        var url = await StartAsync(client);
        var first = (await MockAsync(url)).Responses[0].QuestionKey;
        using (var saved = await AnswerAsync(client, url, 1, QuestionSite.Key[first], ("flag", "true"), ("go", "2")))
            Assert.Equal($"{url}?n=2", saved.Headers.Location!.OriginalString);
        var deadline = (await MockAsync(url)).Deadline;

        site.Restart();
        using var again = site.App.CreateBrowserLikeClient();
        await LoginAsync(again, "restart@example.com");

        var page = await again.GetDocumentAsync($"{url}?n=1");
        Assert.Equal(QuestionSite.Key[first], page.QuerySelectorAll("input[name=pick]:checked, select[name=pick] option[selected]").Select(e => e.GetAttribute("value")!));
        Assert.True(page.QuerySelector("input[name=flag]")!.HasAttribute("checked"));
        Assert.Equal(deadline.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector("[data-deadline]")!.GetAttribute("data-deadline"));
        Assert.Contains("1 answered · 1 flagged", page.QuerySelector(".mock-bar")!.TextContent);
    }

    private static async Task LoginAsync(HttpClient client, string email)
    {
        using var response = await client.SubmitAsync("/account/login", "form[method=post]", new() { ["Input.Email"] = email, ["Input.Password"] = Forms.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task The_page_script_saves_an_answer_without_moving()
    {
        using var client = await site.App.RegisterAsync("autosave@example.com");
        var url = await StartAsync(client);
        var page = await client.GetDocumentAsync($"{url}?n=2");

        using var response = await client.AnswerAsync(page, $"{url}?n=2&handler=Autosave", ["A"]);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.NotNull((await MockAsync(url)).Responses[1].Response);
    }

    [Fact]
    public async Task When_the_time_is_up_the_sitting_is_submitted_and_later_answers_are_refused()
    {
        using var client = await site.App.RegisterAsync("late@example.com");
        var url = await StartAsync(client);
        var page = await client.GetDocumentAsync($"{url}?n=1");
        await MoveDeadlineAsync(url, TimeSpan.FromMinutes(-30));

        using var late = await client.AnswerAsync(page, $"{url}?n=1&handler=Autosave", ["A"]);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        using var visit = await client.GetAsync(url);
        Assert.Equal($"{url}/result", visit.Headers.Location!.OriginalString);
        var mock = await MockAsync(url);
        Assert.Equal(mock.Deadline, mock.SubmittedAt);
        Assert.All(mock.Responses, r => Assert.Null(r.Response));
    }

    private async Task MoveDeadlineAsync(string url, TimeSpan by)
    {
        using var scope = site.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MlsPrepDb>();
        var mock = await db.MockExams.SingleAsync(m => m.Id == Guid.Parse(url.Split('/')[2]));
        (mock.StartedAt, mock.Deadline) = (mock.StartedAt + by, mock.Deadline + by);
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Submitting_scores_each_domain_estimates_the_scaled_score_and_explains_every_question()
    {
        using var client = await site.App.RegisterAsync("score@example.com");
        var url = await StartAsync(client);
        var mock = await MockAsync(url);
        // Right on the first three, the last left unanswered.
        for (var i = 0; i < 3; i++) (await AnswerAsync(client, url, i + 1, QuestionSite.Key[mock.Responses[i].QuestionKey], ("go", $"{i + 2}"))).Dispose();

        using var submitted = await AnswerAsync(client, url, 4, [], ("submit", "true"));
        Assert.Equal($"{url}/result", submitted.Headers.Location!.OriginalString);

        var result = await client.GetDocumentAsync($"{url}/result");
        Assert.Contains("3 of 4 right", result.QuerySelector("h1")!.TextContent);
        // 100 + 900 × 3/4 = 775, above the pass mark of 700.
        Assert.Contains("Estimated score 775 against a pass mark of 700: a pass", result.QuerySelector("[data-estimate]")!.TextContent);
        Assert.Contains("AWS does not publish", result.QuerySelector(".caveat")!.TextContent);
        var domains = result.QuerySelectorAll(".mock-domains tbody tr").Select(r => r.Children[2].TextContent).ToList();
        Assert.Equal(4, domains.Sum(d => int.Parse(d.Split(" of ")[1], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(4, result.QuerySelectorAll(".mock-review-item [data-feedback]").Length);
        Assert.Equal("Not answered", result.QuerySelectorAll(".mock-review-item [data-feedback] h2")[^1].TextContent);
        Assert.Equal(3, await ScoredAnswersAsync());
    }

    private async Task<int> ScoredAnswersAsync()
    {
        using var scope = site.App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<MlsPrepDb>().QuestionAnswers.CountAsync(a => a.MockExamId != null);
    }

    [Fact]
    public async Task The_next_mock_starts_with_the_questions_the_last_one_left_out_and_history_shows_the_trend()
    {
        using var client = await site.App.RegisterAsync("again@example.com");
        var firstUrl = await StartAsync(client);
        (await AnswerAsync(client, firstUrl, 1, [], ("submit", "true"))).Dispose();
        var first = (await MockAsync(firstUrl)).Responses.Select(r => r.QuestionKey).ToHashSet();
        var unused = QuestionSite.Key.Keys.Except(first).Single();

        var secondUrl = await StartAsync(client);
        var second = await MockAsync(secondUrl);
        Assert.Contains(unused, second.Responses.Select(r => r.QuestionKey));
        for (var i = 0; i < 4; i++) (await AnswerAsync(client, secondUrl, i + 1, QuestionSite.Key[second.Responses[i].QuestionKey], ("go", $"{i + 2}"))).Dispose();
        (await AnswerAsync(client, secondUrl, 4, QuestionSite.Key[second.Responses[3].QuestionKey], ("submit", "true"))).Dispose();

        var history = await client.GetDocumentAsync("/mock?exam=tst-c01");
        var rows = history.QuerySelectorAll(".mock-history tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal("4 of 4", rows[0][1]);
        Assert.Equal("▲ 900", rows[0][3]);
        Assert.Equal("first", rows[1][3]);
    }

    [Fact]
    public async Task A_reader_cannot_open_answer_or_see_another_readers_mock()
    {
        using var owner = await site.App.RegisterAsync("owner@example.com");
        using var other = await site.App.RegisterAsync("intruder@example.com");
        var url = await StartAsync(owner);
        var page = await other.GetDocumentAsync("/mock?exam=tst-c01");

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"{url}/result")).StatusCode);
        using var post = await other.AnswerAsync(page, $"{url}?n=1", ["A"], ("n", "1"));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Null(page.QuerySelector("[data-mock-under-way]"));
    }

    [Fact]
    public async Task Mock_exams_need_an_account()
    {
        using var visitor = site.App.CreateBrowserLikeClient();

        using var response = await visitor.GetAsync("/mock");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.OrdinalIgnoreCase);
    }
}
