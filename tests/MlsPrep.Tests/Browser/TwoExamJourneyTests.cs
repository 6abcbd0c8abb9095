using System.Globalization;
using Microsoft.Playwright;

namespace MlsPrep.Tests.Browser;

/// <summary>A candidate for the successor exam: picks MLA-C01, works by task statement, and sees both exams move.</summary>
public class TwoExamJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData(1280, "desktop")]
    [InlineData(390, "phone")]
    public async Task A_candidate_switches_to_mla_follows_a_task_to_a_note_ticks_a_shared_item_and_both_readiness_figures_move(int width, string name)
    {
        var page = await browser.NewPageAsync(width);
        await page.RegisterAsync($"two-exams-{name}-{Guid.NewGuid():N}@example.com");

        // Start on the retired exam, then switch to its successor.
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Button, new() { Name = "Study MLS-C01" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/exams/mls-c01$"));
        await page.GotoAsync("/");
        await Expect(page.Locator(".exam-card.current")).ToHaveAttributeAsync("data-exam", "mls-c01");
        var mlsBefore = await ReadinessAsync(page, "mls-c01");
        var mlaBefore = await ReadinessAsync(page, "mla-c01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Study MLA-C01" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("AWS Certified Machine Learning Engineer – Associate");
        await Expect(page.Locator(".chosen")).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"exam-mla-c01-{name}.png"), FullPage = width >= 1000 });

        // Task 1.1 → its page → a note it shares with MLS-C01.
        await page.Locator("#task-1\\.1 h3 a").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Ingest and store data");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.Locator(".topic-card > a", new() { HasText = "Amazon Kinesis Data Streams" }).ClickAsync();
        await Expect(page.Locator(".breadcrumb a").First).ToHaveTextAsync("MLA-C01");
        await Expect(page.Locator("[data-serves=mls-c01]")).ToBeVisibleAsync();
        var first = page.Locator(".checklist-item").First.Locator("button.tick");
        await first.ClickAsync();
        await Expect(first).ToHaveAttributeAsync("aria-pressed", "true");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"topic-shared-{name}.png") });

        await page.GotoAsync("/");
        Assert.True(await ReadinessAsync(page, "mla-c01") > mlaBefore, "MLA-C01 readiness did not move");
        Assert.True(await ReadinessAsync(page, "mls-c01") > mlsBefore, "MLS-C01 readiness did not move");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"home-two-exams-{name}.png") });

        // Nothing may be wider than a phone's screen.
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the home page scrolls sideways");
    }

    /// <summary>An exam's readiness as its card on the home page shows it.</summary>
    private static async Task<double> ReadinessAsync(IPage page, string exam)
    {
        var text = await page.Locator($".exam-card [data-readiness={exam}] strong").TextContentAsync();
        return double.Parse(text!.TrimEnd(' ', '%'), CultureInfo.InvariantCulture);
    }

    private static IPageAssertions Expect(IPage page) => Assertions.Expect(page);

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
