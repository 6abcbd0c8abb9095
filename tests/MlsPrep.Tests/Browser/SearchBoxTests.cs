using Microsoft.Playwright;

namespace MlsPrep.Tests.Browser;

public class SearchBoxTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Slash_focuses_the_box_results_appear_while_typing_and_one_opens()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");

        await page.Keyboard.PressAsync("/");
        await Assertions.Expect(page.Locator("#site-search")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("firehos", new() { Delay = 40 });

        var first = page.Locator("#search-suggestions a").First;
        await Assertions.Expect(first).ToContainTextAsync("Amazon Data Firehose");
        await Assertions.Expect(page.Locator("#site-search")).ToHaveAttributeAsync("aria-expanded", "true");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "search-as-you-type.png") });
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(first).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Amazon Data Firehose (formerly Kinesis Data Firehose)");
    }

    [Fact]
    public async Task Enter_opens_the_full_results_page_with_highlighted_snippets()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/resources");

        await page.Locator("#site-search").FillAsync("visibility timeout");
        var navigated = page.WaitForURLAsync("**/search?q=visibility+timeout");
        await page.Locator("#site-search").PressAsync("Enter");
        await navigated;
        await Assertions.Expect(page.Locator(".search-hit").First.Locator("mark").First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "search-results.png") });
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }
}
