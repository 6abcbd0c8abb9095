using System.Globalization;
using Microsoft.Playwright;
using MlsPrep.Tests.Support;

namespace MlsPrep.Tests.Browser;

/// <summary>
/// A newcomer sets an exam date, ticks a few items, comes back three (simulated) days later, reviews what is due by
/// keyboard, sees readiness on exam day and prints the cheat sheet.
/// </summary>
public class ExamDayJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData(1280, "desktop")]
    [InlineData(390, "phone")]
    public async Task A_newcomer_plans_for_the_exam_reviews_and_prints_the_cheat_sheet(int width, string name)
    {
        var page = await browser.NewPageAsync(width);
        var email = $"plan-{name}-{Guid.NewGuid():N}@example.com";
        await page.RegisterAsync(email);

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Set your exam date" }).First.ClickAsync();
        await page.GetByLabel("Your exam date").FillAsync(DateTime.UtcNow.AddDays(45).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Set the date" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-status]")).ToHaveTextAsync("On track");

        await page.GotoAsync("/topics/kinesis-data-streams");
        var ticks = page.Locator(".checklist-item button.tick");
        for (var i = 0; i < 3; i++)
        {
            await ticks.Nth(i).ClickAsync();
            await Assertions.Expect(ticks.Nth(i)).ToHaveAttributeAsync("aria-pressed", "true");
        }
        await browser.App.AgeTicksAsync(email, days: 3);

        await page.GotoAsync("/review");
        await Assertions.Expect(page.Locator("[data-review-item]")).ToHaveCountAsync(3);
        await page.Keyboard.PressAsync("3");
        await Assertions.Expect(page.Locator("[data-review-item]")).ToHaveCountAsync(2);
        await page.Keyboard.PressAsync("2");
        await Assertions.Expect(page.Locator("[data-review-item]")).ToHaveCountAsync(1);

        await page.GotoAsync("/exams/mla-c01/plan");
        var projected = await page.Locator("[data-projected] strong").TextContentAsync();
        Assert.True(double.Parse(projected!.TrimEnd('%', ' '), CultureInfo.InvariantCulture) > 0, $"projected readiness {projected}");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.GotoAsync("/review/cheat-sheet?exam=mla-c01");
        await Assertions.Expect(page.Locator(".cheat-note li", new() { HasText = "(hard last time)" })).ToHaveCountAsync(1);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.Locator(".site-header")).ToBeHiddenAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"cheat-sheet-print-{name}.png"), FullPage = true });
        if (width == 1280)
        {
            // A newcomer's sheet: notes not started are one line each, so it prints on one or two A4 pages.
            var pdf = System.Text.Encoding.Latin1.GetString(await page.PdfAsync(new() { Format = "A4" }));
            var pages = System.Text.RegularExpressions.Regex.Count(pdf, @"/Type\s*/Page[^s]");
            Assert.InRange(pages, 1, 2);
        }
    }
}
