using Microsoft.Playwright;

namespace MlsPrep.Tests.Browser;

public class ReadingTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_reader_opens_home_follows_a_topic_and_sees_the_note_checklist_and_resources()
    {
        var page = await browser.NewPageAsync();
        var external = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(browser.BaseUrl, StringComparison.Ordinal)) external.Add(request.Url);
        };

        await page.GotoAsync("/");
        await Expect(page.Locator(".exam-card")).ToHaveCountAsync(2);
        await Expect(page.Locator(".exam-card.current")).ToContainTextAsync("MLA-C01");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "home.png") });

        var firstTopic = page.Locator(".domain").First.Locator(".topic-names a").First;
        var title = await firstTopic.TextContentAsync();
        await firstTopic.ClickAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync(title!);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "topic.png") });
        Assert.True(await page.Locator(".checklist-item").CountAsync() >= 4);
        Assert.True(await page.Locator(".resources a[target=_blank][rel='noopener noreferrer']").CountAsync() >= 2);
        await page.Locator(".toc a[href='#checklist']").ClickAsync();
        Assert.EndsWith("#checklist", page.Url, StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        // The retired exam sends its readers to the successor's track and says what carries over.
        await page.GotoAsync("/exams/mls-c01");
        var notice = page.Locator(".notice-retired");
        await Expect(notice).ToContainTextAsync("notes carry over");
        await notice.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("MLA-C01") }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("AWS Certified Machine Learning Engineer – Associate");

        Assert.Empty(external);
    }

    [Fact]
    public async Task Dark_mode_readers_get_the_dark_theme()
    {
        var page = await browser.NewPageAsync();
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });

        await page.GotoAsync("/");

        var background = await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");
        Assert.Equal("rgb(17, 20, 24)", background);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
