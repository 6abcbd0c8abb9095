using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MlsPrep.Web.Database;
using MlsPrep.Web.Questions;

namespace MlsPrep.Tests.Browser;

/// <summary>Answering the questions at the end of a note, and sitting a mock exam, by clicking, at desktop and phone width.</summary>
public class PracticeJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private async Task<QuestionSet> QuestionsAsync()
    {
        using var scope = browser.App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<QuestionBank>().GetAsync(scope.ServiceProvider.GetRequiredService<MlsPrepDb>());
    }

    private static string Shot(string name) => Path.Combine(BrowserFixture.ScreenshotFolder, $"{name}.png");

    private static async Task AssertFitsAsync(IPage page, string what) =>
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), $"{what} scrolls sideways");

    [Theory]
    [InlineData(1280, "desktop")]
    [InlineData(390, "phone")]
    public async Task A_reader_answers_a_notes_question_wrong_sees_why_and_goes_on_to_the_next(int width, string name)
    {
        var page = await browser.NewPageAsync(width);
        await page.GotoAsync("/topics/kinesis-data-streams");
        var first = page.Locator(".test-yourself .question-list a").First;
        await first.ClickAsync();
        var key = (await QuestionsAsync()).Find(new Uri(page.Url).AbsolutePath.Split('/')[^1])!;
        await Assertions.Expect(page.Locator("[data-feedback]")).ToHaveCountAsync(0);

        await AnswerWronglyAsync(page, key);
        await page.GetByRole(AriaRole.Button, new() { Name = "Check answer" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-feedback] h2")).ToHaveTextAsync("Not quite");
        await Assertions.Expect(page.Locator(".explanations > li")).ToHaveCountAsync(key.Options.Count);
        await Assertions.Expect(page.Locator(".after-answer a[href^='/topics/kinesis-data-streams']")).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await AssertFitsAsync(page, "the answered question");
        await page.ScreenshotAsync(new() { Path = Shot($"question-feedback-{name}"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "Next question" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Check answer" })).ToBeVisibleAsync();
    }

    /// <summary>Gives an answer that differs from the key, whatever the question's type.</summary>
    private static async Task AnswerWronglyAsync(IPage page, Question question)
    {
        var key = question.Answer.Split(',');
        switch (question.Type)
        {
            case QuestionType.SingleAnswer:
                await page.Locator($"input[name=pick][value={question.Options.First(o => !key.Contains(o.Letter)).Letter}]").CheckAsync();
                break;
            case QuestionType.MultipleResponse:
                await page.Locator($"input[name=pick][value={question.Options.First(o => !key.Contains(o.Letter)).Letter}]").CheckAsync();
                break;
            default:
                var slots = page.Locator("select[name=pick]");
                var letters = question.Options.Select(o => o.Letter).ToList();
                for (var i = 0; i < await slots.CountAsync(); i++) await slots.Nth(i).SelectOptionAsync(letters[(i + 1) % letters.Count]);
                break;
        }
    }

    [Theory]
    [InlineData(1280, "desktop")]
    [InlineData(390, "phone")]
    public async Task A_candidate_sits_a_mock_leaves_it_comes_back_to_every_answer_and_submits(int width, string name)
    {
        var page = await browser.NewPageAsync(width);
        await page.RegisterAsync($"mock-{name}-{Guid.NewGuid():N}@example.com");
        await page.GotoAsync("/mock?exam=mla-c01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start the clock" }).ClickAsync();
        await Assertions.Expect(page.Locator(".question-map button")).ToHaveCountAsync(65);
        var sitting = new Uri(page.Url).AbsolutePath;
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await AssertFitsAsync(page, "the mock exam");
        await page.ScreenshotAsync(new() { Path = Shot($"mock-question-{name}"), FullPage = true });

        // The first answer is saved by the page script the moment it is given; nothing is clicked to save it.
        var firstChoice = await GiveAnyAnswerAsync(page);
        await Assertions.Expect(page.Locator("[data-saved]")).ToHaveTextAsync("Saved");
        await page.GetByLabel("Flag for review").CheckAsync();
        await Assertions.Expect(page.Locator("[data-saved]")).ToHaveTextAsync("Saved");

        // A closed tab: a new page in another context, signed in with the same cookie.
        var cookies = await page.Context.CookiesAsync();
        await page.Context.CloseAsync();
        page = await browser.NewPageAsync(width);
        await page.Context.AddCookiesAsync(cookies.Select(c => new Cookie { Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path }));
        await page.GotoAsync(sitting);
        Assert.Equal(firstChoice, await page.Locator("input[name=pick]:checked, select[name=pick]").First.InputValueAsync());
        await Assertions.Expect(page.GetByLabel("Flag for review")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator(".question-map button").First).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("flagged"));

        await page.Locator(".question-map button").Nth(2).ClickAsync();
        await Assertions.Expect(page.Locator(".mock-bar")).ToContainTextAsync("question 3 of 65");
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit the exam" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-estimate]")).ToContainTextAsync("against a pass mark of 720");
        await Assertions.Expect(page.Locator(".mock-domains tbody tr")).ToHaveCountAsync(4);
        await Assertions.Expect(page.Locator(".mock-review-item")).ToHaveCountAsync(65);
        await Assertions.Expect(page.Locator(".mock-review-item").First.Locator("a[href^='/topics/']")).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await AssertFitsAsync(page, "the mock result");
        // The result runs to 65 explained questions: the screenshot shows its first screen.
        await page.ScreenshotAsync(new() { Path = Shot($"mock-result-{name}") });
    }

    /// <summary>Picks the first option (or fills every slot) and returns what the first control now holds.</summary>
    private static async Task<string> GiveAnyAnswerAsync(IPage page)
    {
        var choices = page.Locator("input[name=pick]");
        if (await choices.CountAsync() > 0)
        {
            await choices.First.CheckAsync();
            return await choices.First.InputValueAsync();
        }
        var slots = page.Locator("select[name=pick]");
        for (var i = 0; i < await slots.CountAsync(); i++) await slots.Nth(i).SelectOptionAsync(new SelectOptionValue { Index = i + 1 });
        return await slots.First.InputValueAsync();
    }
}
