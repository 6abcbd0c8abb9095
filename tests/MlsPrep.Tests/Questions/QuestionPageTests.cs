using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MlsPrep.Tests.Support;
using MlsPrep.Web.Database;

namespace MlsPrep.Tests.Questions;

/// <summary>Practice questions through HTTP on a real database: feedback at once, no key before the answer, the checklist reacting.</summary>
public sealed class QuestionPageTests : IDisposable
{
    private readonly QuestionSite site = new();

    public void Dispose() => site.Dispose();

    private static async Task<AngleSharp.Dom.IDocument> AnswerAsync(HttpClient client, string url, params string[] picks)
    {
        var page = await client.GetDocumentAsync(url);
        using var response = await client.AnswerAsync(page, url, picks);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Html.ParseAsync(response);
    }

    [Fact]
    public async Task The_page_holds_no_key_or_explanation_until_the_reader_answers()
    {
        using var client = site.App.CreateBrowserLikeClient();

        var html = await client.GetStringAsync("/questions/streams-one");
        Assert.Contains("Option bravo", html);
        Assert.DoesNotContain("explained", html);
        Assert.DoesNotContain("Right.", html);

        var answered = await AnswerAsync(client, "/questions/streams-one", "B");
        Assert.Equal("Right", answered.QuerySelector("[data-feedback] h2")!.TextContent);
        Assert.Equal(4, answered.QuerySelectorAll(".explanations .explanation").Length);
        Assert.Contains("Bravo explained.", answered.QuerySelector(".explanations li.key")!.TextContent);
        Assert.Equal("https://docs.aws.amazon.com/guide.html", answered.QuerySelector(".docs a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_page_names_its_note_by_the_note_s_current_title()
    {
        using var client = site.App.CreateBrowserLikeClient();
        async Task<string> NoteLinkAsync() =>
            (await client.GetDocumentAsync("/questions/streams-one")).QuerySelector(".question-head .eyebrow a[href='/topics/streams']")!.TextContent;

        Assert.Equal("Streams", await NoteLinkAsync());

        site.Content.Write("tst-c01/data/streams.md", ContentFolder.Note("Kinesis Data Streams", domain: "1.1"));
        await site.App.ReimportAsync();

        Assert.Equal("Kinesis Data Streams", await NoteLinkAsync());
    }

    [Fact]
    public async Task An_answer_without_the_form_token_is_refused()
    {
        using var client = site.App.CreateBrowserLikeClient();

        using var response = await client.PostAsync("/questions/streams-one", new FormUrlEncodedContent([new("pick", "B")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_wrong_answer_shows_the_key_sends_the_reader_to_the_section_and_reopens_the_item_it_tests()
    {
        using var client = await site.App.RegisterAsync("wrong@example.com");
        await client.TickAsync("streams", ProgressItems.First);

        var answered = await AnswerAsync(client, "/questions/streams-one", "A");

        Assert.Equal("Not quite", answered.QuerySelector("[data-feedback] h2")!.TextContent);
        Assert.Equal("B", answered.QuerySelector("[data-key]")!.TextContent);
        Assert.Contains("Alpha explained.", answered.QuerySelector(".explanations li.wrong-pick")!.TextContent);
        Assert.NotNull(answered.QuerySelector(".after-answer a[href='/topics/streams#key-facts']"));
        Assert.NotNull(answered.QuerySelector("[data-reopened]"));
        var topic = await client.GetDocumentAsync("/topics/streams");
        Assert.Equal("NotYet", topic.QuerySelector($"#item-{ProgressItems.First}")!.GetAttribute("data-state"));
    }

    [Fact]
    public async Task A_right_answer_counts_as_a_review_of_the_covered_item_it_tests()
    {
        using var client = await site.App.RegisterAsync("right@example.com");
        await client.TickAsync("streams", ProgressItems.First);
        await site.App.AgeTicksAsync("right@example.com", 3);
        Assert.Single((await client.GetDocumentAsync("/review")).QuerySelectorAll("[data-review-item]"));

        await AnswerAsync(client, "/questions/streams-one", "B");

        Assert.Empty((await client.GetDocumentAsync("/review")).QuerySelectorAll("[data-review-item]"));
    }

    [Fact]
    public async Task Multiple_response_ordering_and_matching_are_graded_all_or_nothing()
    {
        using var client = site.App.CreateBrowserLikeClient();

        Assert.Equal("Not quite", (await AnswerAsync(client, "/questions/tuning-multi?note=tuning", "A")).QuerySelector("[data-feedback] h2")!.TextContent);
        Assert.Equal("Right", (await AnswerAsync(client, "/questions/tuning-multi?note=tuning", "C", "A")).QuerySelector("[data-feedback] h2")!.TextContent);
        Assert.Equal("Not quite", (await AnswerAsync(client, "/questions/ordering-steps", "A", "B", "C")).QuerySelector("[data-feedback] h2")!.TextContent);
        Assert.Equal("Right", (await AnswerAsync(client, "/questions/ordering-steps", "B", "A", "C")).QuerySelector("[data-feedback] h2")!.TextContent);
    }

    [Fact]
    public async Task An_incomplete_ordering_asks_for_every_step_and_keeps_nothing()
    {
        using var client = await site.App.RegisterAsync("incomplete@example.com");

        var page = await AnswerAsync(client, "/questions/ordering-steps", "B", "", "C");

        Assert.Contains("Place every step once", page.QuerySelector("[role=alert]")!.TextContent);
        Assert.Null(page.QuerySelector("[data-feedback]"));
        Assert.Equal(0, await AnswerCountAsync());
    }

    [Fact]
    public async Task Practice_sets_follow_the_readers_own_record_and_no_one_elses()
    {
        using var reader = await site.App.RegisterAsync("record@example.com");
        using var other = await site.App.RegisterAsync("other@example.com");
        await AnswerAsync(reader, "/questions/streams-one", "A");

        Assert.Equal("1 question", await SetCountAsync(reader, "Answered wrong last time"));
        Assert.Equal("0 questions", await SetCountAsync(other, "Answered wrong last time"));
        // Tuning's and the second Streams item are not ticked by anyone: the questions testing them are "not yet".
        Assert.Equal("3 questions", await SetCountAsync(reader, "Testing items still “not yet”"));

        await AnswerAsync(reader, "/questions/streams-one?only=wrong", "B");
        Assert.Equal("0 questions", await SetCountAsync(reader, "Answered wrong last time"));
    }

    [Fact]
    public async Task Home_and_the_exam_page_show_question_results_per_domain_beside_coverage()
    {
        using var client = await site.App.RegisterAsync("scores@example.com");
        await AnswerAsync(client, "/questions/streams-one", "B");
        await AnswerAsync(client, "/questions/streams-two", "A");
        await AnswerAsync(client, "/questions/tuning-one", "A");
        await AnswerAsync(client, "/questions/tuning-one", "B");

        foreach (var url in new[] { "/", "/exams/tst-c01" })
        {
            var page = await client.GetDocumentAsync(url);
            Assert.Contains("1 of 2 right", page.QuerySelector("[data-question-score=data]")!.TextContent);
            // The latest answer counts: tuning-one was wrong, then right.
            Assert.Contains("1 of 1 right", page.QuerySelector("[data-question-score=models]")!.TextContent);
        }
    }

    private static async Task<string> SetCountAsync(HttpClient client, string name)
    {
        var page = await client.GetDocumentAsync("/practice");
        var row = page.QuerySelectorAll(".practice-sets li").First(li => li.TextContent.Contains(name, StringComparison.Ordinal));
        return row.QuerySelector(".muted")!.TextContent.Trim('—', ' ');
    }

    [Fact]
    public async Task A_set_walks_through_its_questions_in_order_and_says_when_it_ends()
    {
        using var client = site.App.CreateBrowserLikeClient();

        var first = await AnswerAsync(client, "/questions/streams-one?note=streams", "B");
        var next = first.QuerySelector(".after-answer a.button")!.GetAttribute("href");
        Assert.Equal("/questions/streams-two?note=streams", next);
        var last = await AnswerAsync(client, next!, "C");
        Assert.Contains("last question of this set", last.QuerySelector(".after-answer")!.TextContent);
    }

    [Fact]
    public async Task Each_note_ends_with_its_own_questions()
    {
        using var client = site.App.CreateBrowserLikeClient();

        var topic = await client.GetDocumentAsync("/topics/tuning");

        var links = topic.QuerySelectorAll("#test-yourself ~ .question-list a, .test-yourself .question-list a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/questions/tuning-one?note=tuning", "/questions/tuning-multi?note=tuning", "/questions/ordering-steps?note=tuning"], links);
        Assert.DoesNotContain("explained", topic.QuerySelector(".test-yourself")!.TextContent);
    }

    [Fact]
    public async Task A_visitor_gets_feedback_but_nothing_is_kept()
    {
        using var client = site.App.CreateBrowserLikeClient();

        await AnswerAsync(client, "/questions/streams-one", "B");

        Assert.Equal(0, await AnswerCountAsync());
    }

    [Fact]
    public async Task A_broken_question_is_reported_with_its_line_while_the_others_load_and_no_answer_is_lost()
    {
        using var client = await site.App.RegisterAsync("keeps@example.com");
        await AnswerAsync(client, "/questions/streams-two", "A");
        var broken = QuestionSite.StreamsQuestions.Replace("**Answer: C**", "**Answer: Q**", StringComparison.Ordinal);
        site.Content.Write("tst-c01/data/questions/streams.md", broken);

        var report = await site.App.ReimportAsync();

        var problem = Assert.Single(report.Problems);
        Assert.Equal("tst-c01/data/questions/streams.md", problem.Path);
        Assert.Equal(broken.Split('\n').ToList().FindIndex(l => l.Contains("**Answer: Q**", StringComparison.Ordinal)) + 1, problem.Line);
        using var gone = await client.GetAsync("/questions/streams-two");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/questions/streams-one")).StatusCode);
        Assert.Equal(1, await AnswerCountAsync());

        site.Content.Write("tst-c01/data/questions/streams.md", QuestionSite.StreamsQuestions);
        await site.App.ReimportAsync();
        Assert.Equal("1 question", await SetCountAsync(client, "Answered wrong last time"));
    }

    [Fact]
    public async Task A_broken_question_is_reported_again_on_the_next_import_and_a_restart_while_nothing_changed()
    {
        site.Content.Write("tst-c01/data/questions/streams.md", QuestionSite.StreamsQuestions.Replace("**Answer: C**", "**Answer: Q**", StringComparison.Ordinal));
        await site.App.ReimportAsync();

        var again = await site.App.ReimportAsync();
        site.Restart();
        var afterRestart = await site.App.ReimportAsync();

        Assert.Single(again.Problems, p => p.IsError && p.Path == "tst-c01/data/questions/streams.md");
        Assert.Single(afterRestart.Problems, p => p.IsError && p.Path == "tst-c01/data/questions/streams.md");
        using var client = site.App.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/questions/streams-one")).StatusCode);
    }

    [Fact]
    public async Task Unchanged_questions_stay_linked_across_imports_and_restarts()
    {
        site.Restart();
        await site.App.ReimportAsync();

        using var client = site.App.CreateBrowserLikeClient();
        foreach (var key in QuestionSite.Key.Keys) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/questions/{key}")).StatusCode);
    }

    [Fact]
    public async Task Search_finds_questions_by_their_scenario_and_shows_no_option_or_key()
    {
        using var client = site.App.CreateBrowserLikeClient();

        var page = await client.GetDocumentAsync("/search?q=team+streams+clicks");

        var links = page.QuerySelectorAll(".question-hits a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/questions/streams-one", links);
        Assert.DoesNotContain("Option bravo", page.QuerySelector(".question-hits")!.TextContent);
        Assert.Empty((await client.GetDocumentAsync("/search?q=quantum+teleportation")).QuerySelectorAll(".question-hits a"));
    }

    private async Task<int> AnswerCountAsync()
    {
        using var scope = site.App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<MlsPrepDb>().QuestionAnswers.CountAsync();
    }
}

public static class ProgressItems
{
    public const string First = "i-can-explain-the-first-thing";
    public const string Second = "i-can-explain-the-second-thing";
}
