using Microsoft.Playwright;
using MlsPrep.Tests.Support;

namespace MlsPrep.Tests.Browser;

/// <summary>A review session by keyboard alone, at desktop and phone width.</summary>
public class ReviewSessionTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData(1280, "desktop")]
    [InlineData(390, "phone")]
    public async Task A_reader_grades_due_items_with_the_number_keys(int width, string name)
    {
        var page = await browser.NewPageAsync(width);
        var email = $"review-{name}-{Guid.NewGuid():N}@example.com";
        await page.RegisterAsync(email);
        await page.GotoAsync("/topics/kinesis-data-streams");
        var ticks = page.Locator(".checklist-item button.tick");
        await ticks.Nth(0).ClickAsync();
        await Assertions.Expect(ticks.Nth(0)).ToHaveAttributeAsync("aria-pressed", "true");
        await ticks.Nth(1).ClickAsync();
        await Assertions.Expect(ticks.Nth(1)).ToHaveAttributeAsync("aria-pressed", "true");
        await browser.App.AgeTicksAsync(email, days: 3);

        await page.GotoAsync("/review");
        var items = page.Locator("[data-review-item]");
        await Assertions.Expect(items).ToHaveCountAsync(2);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"review-{name}.png"), FullPage = true });
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the review page scrolls sideways");

        await page.Keyboard.PressAsync("3");
        await Assertions.Expect(page.Locator(".flash")).ToHaveTextAsync("Graded “Good”.");
        await Assertions.Expect(items).ToHaveCountAsync(1);
        await page.Keyboard.PressAsync("1");
        await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync("Back to “not yet”");
        await Assertions.Expect(page.Locator("[data-review-empty]")).ToBeVisibleAsync();

        await page.GotoAsync("/topics/kinesis-data-streams");
        await Assertions.Expect(ticks.Nth(0)).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(ticks.Nth(1)).ToHaveAttributeAsync("aria-pressed", "false");
    }
}
