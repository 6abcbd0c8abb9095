using Microsoft.Playwright;

namespace MlsPrep.Tests.Browser;

/// <summary>Every page type at phone widths: nothing scrolls sideways, the contents fold away, taps land.</summary>
public class PhoneLayoutTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    public static TheoryData<string, string> Pages() => new()
    {
        { "home", "/" },
        { "exam", "/exams/mla-c01" },
        { "domain", "/exams/mla-c01/domains/model-development" },
        { "task", "/exams/mla-c01/tasks/2.1" },
        { "topic-xgboost", "/topics/xgboost-and-tabular-algorithms" },
        { "topic-metrics", "/topics/classification-metrics" },
        { "topic-algorithms", "/topics/choosing-a-built-in-algorithm" },
        { "topic-inference", "/topics/choosing-inference-options" },
        { "search", "/search?q=binary_classifier_model_selection_criteria" },
        { "resources", "/resources" },
        { "practice", "/practice?exam=mla-c01" },
        { "question", "/questions/kinesis-data-streams-fleet-ingestion-design" },
        { "sign-in", "/account/login" },
        { "register", "/account/register" },
        { "not-found", "/topics/no-such-note" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task No_page_is_wider_than_a_phone(string name, string path)
    {
        foreach (var width in new[] { 320, 390, 414 })
        {
            var page = await browser.NewPageAsync(width);
            await page.GotoAsync(path);
            await AssertFitsAsync(page, $"{name} at {width} px");
            if (width == 390) await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"phone-{name}.png"), FullPage = true });
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Signed_in_pages_fit_too_and_their_tap_targets_are_at_least_44_px()
    {
        var page = await browser.NewPageAsync(390);
        await page.RegisterAsync($"phone-{Guid.NewGuid():N}@example.com");

        foreach (var path in new[] { "/", "/exams/mla-c01", "/topics/classification-metrics", "/account", "/exams/mla-c01/plan", "/mock?exam=mla-c01", "/review" })
        {
            await page.GotoAsync(path);
            await AssertFitsAsync(page, $"{path} signed in");
        }
        await page.GotoAsync("/topics/classification-metrics");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "phone-topic-signed-in.png"), FullPage = true });
        var small = await page.EvaluateAsync<string[]>("""
            [...document.querySelectorAll('button.tick, .pager a, .site-header nav a, .toc summary, .checklist-tools a, .checklist-tools button, .header-search input, .option, .slot select, .map-cell, .question-actions .button')]
              .filter(e => e.getBoundingClientRect().height > 0 && e.getBoundingClientRect().height < 44)
              .map(e => `${e.tagName.toLowerCase()}.${e.className}: ${Math.round(e.getBoundingClientRect().height)} px`)
            """);
        Assert.True(small.Length == 0, "Tap targets under 44 px:\n" + string.Join('\n', small));
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task On_a_phone_the_contents_start_folded_and_open_with_a_tap_and_the_header_search_works()
    {
        var page = await browser.NewPageAsync(390);
        await page.GotoAsync("/topics/classification-metrics");

        var contents = page.Locator(".toc ol");
        await Assertions.Expect(contents).ToBeHiddenAsync();
        await page.Locator(".toc summary").ClickAsync();
        await Assertions.Expect(contents).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        var search = page.Locator("#site-search");
        Assert.True((await search.BoundingBoxAsync())!.Width >= 200, "the header search box is too narrow to type in");
        await search.FillAsync("xgboost");
        await search.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".search-hit").First).ToBeVisibleAsync();

        var desktop = await browser.NewPageAsync(1280);
        await desktop.GotoAsync("/topics/classification-metrics");
        await Assertions.Expect(desktop.Locator(".toc ol")).ToBeVisibleAsync();
    }

    /// <summary>Fails with the widest elements named, so a failure says what to fix.</summary>
    private static async Task AssertFitsAsync(IPage page, string what)
    {
        var overflow = await page.EvaluateAsync<string[]>("""
            (() => {
              const width = document.documentElement.clientWidth;
              if (document.documentElement.scrollWidth <= width) return [];
              return [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > width + 1 && !e.closest('.table-scroll, pre, table'))
                .slice(0, 8)
                .map(e => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}.${e.className} right=${Math.round(e.getBoundingClientRect().right)}`)
                .concat([`scrollWidth=${document.documentElement.scrollWidth} clientWidth=${width}`]);
            })()
            """);
        Assert.True(overflow.Length == 0, $"{what} scrolls sideways:\n{string.Join('\n', overflow)}");
    }
}
