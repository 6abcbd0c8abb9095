using Microsoft.Playwright;

namespace MlsPrep.Tests.Browser;

public class ProgressJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Password = "a long enough passphrase";

    [Fact]
    public async Task A_candidate_registers_ticks_items_in_place_and_finds_them_ticked_after_reload_and_sign_in()
    {
        var page = await browser.NewPageAsync();
        var email = $"journey-{Guid.NewGuid():N}@example.com";

        await page.GotoAsync("/account/register");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.GetByLabel("Email").FillAsync(email);
        await page.Locator("#Input_Password").FillAsync(Password);
        await page.GetByLabel("Password again").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Expect(page.Locator(".readiness")).ToBeVisibleAsync();

        await page.GotoAsync("/topics/kinesis-data-streams");
        var topicBar = page.Locator("[data-progress-kind=topic] progress");
        var domainBar = page.Locator("[data-progress-kind=domain] progress");
        await Expect(topicBar).ToHaveAttributeAsync("value", "0");
        var items = page.Locator(".checklist-item");
        var total = await items.CountAsync();

        var navigations = 0;
        page.FrameNavigated += (_, _) => navigations++;
        await items.Nth(0).Locator("button.tick").ClickAsync();
        await Expect(items.Nth(0).Locator("button.tick")).ToHaveAttributeAsync("aria-pressed", "true");
        await items.Nth(1).Locator("button.tick").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(items.Nth(1).Locator("button.tick")).ToHaveAttributeAsync("aria-pressed", "true");

        var expected = (int)Math.Floor(200.0 / total);
        await Expect(topicBar).ToHaveAttributeAsync("value", expected.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.NotEqual("0", await domainBar.GetAttributeAsync("value"));
        Assert.Equal(0, navigations);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "progress.png") });

        await page.GotoAsync("/");
        await Expect(page.Locator(".readiness .readiness-figure")).ToContainTextAsync("(2 of ");
        await Expect(page.Locator(".next-gap a")).ToContainTextAsync("items not yet");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "home-signed-in.png") });
        await page.GotoAsync("/topics/kinesis-data-streams");
        await Expect(items.Nth(0).Locator("button.tick")).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(items.Nth(1).Locator("button.tick")).ToHaveAttributeAsync("aria-pressed", "true");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.GotoAsync("/account/login?returnUrl=%2Ftopics%2Fkinesis-data-streams");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.GetByLabel("Email").FillAsync(email);
        await page.Locator("#Input_Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Amazon Kinesis Data Streams");
        await Expect(items.Nth(0).Locator("button.tick")).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(items.Nth(1).Locator("button.tick")).ToHaveAttributeAsync("aria-pressed", "true");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.GotoAsync("/account");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
