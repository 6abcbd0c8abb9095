using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MlsPrep.Tests.Progress;
using MlsPrep.Tests.Support;

namespace MlsPrep.Tests.Accounts;

public sealed class AccountTests : IDisposable
{
    private readonly ProgressSite site = new();

    private static async Task<string?> ErrorsAsync(HttpResponseMessage response) =>
        (await Html.ParseAsync(response)).QuerySelector(".form-errors")?.TextContent.Trim();

    [Fact]
    public async Task A_password_shorter_than_8_characters_is_refused_but_no_composition_rules_apply()
    {
        using var client = site.App.CreateBrowserLikeClient();

        using var tooShort = await client.SubmitAsync("/account/register", "main form",
            new() { ["Input.Email"] = "short@example.com", ["Input.Password"] = "abc1234", ["Input.ConfirmPassword"] = "abc1234" });
        using var plain = await client.SubmitAsync("/account/register", "main form",
            new() { ["Input.Email"] = "plain@example.com", ["Input.Password"] = "aaaaaaaa", ["Input.ConfirmPassword"] = "aaaaaaaa" });

        Assert.Equal(HttpStatusCode.OK, tooShort.StatusCode);
        Assert.Contains("at least 8 characters", await ErrorsAsync(tooShort));
        Assert.Equal(HttpStatusCode.Redirect, plain.StatusCode);
    }

    [Fact]
    public async Task Repeated_wrong_passwords_lock_the_account()
    {
        using var registered = await site.App.RegisterAsync("locked@example.com");
        using var client = site.App.CreateBrowserLikeClient();
        var messages = new List<string?>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var wrong = await client.SubmitAsync("/account/login", "main form", new() { ["Input.Email"] = "locked@example.com", ["Input.Password"] = "wrong password" });
            messages.Add(await ErrorsAsync(wrong));
        }
        using var correct = await client.SubmitAsync("/account/login", "main form", new() { ["Input.Email"] = "locked@example.com", ["Input.Password"] = Forms.Password });

        // Locked, but saying so would tell that the account exists: every failure reads the same.
        Assert.All(messages, m => Assert.Equal(Web.Pages.Account.LoginModel.FailedMessage, m));
        Assert.Equal(HttpStatusCode.OK, correct.StatusCode);
        Assert.Equal(Web.Pages.Account.LoginModel.FailedMessage, await ErrorsAsync(correct));
    }

    [Fact]
    public async Task A_failed_sign_in_looks_the_same_whether_or_not_the_account_exists()
    {
        using (await site.App.RegisterAsync("known@example.com")) { }
        using var client = site.App.CreateBrowserLikeClient();

        async Task<(string? Message, double Milliseconds)> AttemptAsync(string email)
        {
            var page = await client.GetDocumentAsync("/account/login");
            var clock = System.Diagnostics.Stopwatch.StartNew();
            using var response = await client.PostFormAsync((AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector("main form")!,
                new() { ["Input.Email"] = email, ["Input.Password"] = "not the password" }, "/account/login");
            var elapsed = clock.Elapsed.TotalMilliseconds;
            return (await ErrorsAsync(response), elapsed);
        }

        // Alternate, so both kinds see the same state of a machine that other tests are loading too. The known account
        // locks after five failures; a locked account pays for the same hash check, so the rounds after that count too.
        var known = new List<double>();
        var unknown = new List<double>();
        var messages = new HashSet<string?>();
        for (var round = 0; round < 10; round++)
        {
            var (knownMessage, knownTime) = await AttemptAsync("known@example.com");
            var (unknownMessage, unknownTime) = await AttemptAsync($"nobody-{round}@example.com");
            if (round == 0) continue; // warm-up
            known.Add(knownTime);
            unknown.Add(unknownTime);
            messages.Add(knownMessage);
            messages.Add(unknownMessage);
        }

        Assert.Equal([Web.Pages.Account.LoginModel.FailedMessage], messages);
        // Checking a password hash dominates either way (tens of milliseconds against a few): without the stand-in
        // check an unknown address answers about 14 times faster. Medians within a factor of three of each other.
        var ratio = Median(unknown) / Median(known);
        Assert.InRange(ratio, 1 / 3.0, 3.0);
    }

    [Fact]
    public async Task Registering_an_address_that_has_an_account_gets_the_same_neutral_refusal_as_any_other()
    {
        using (await site.App.RegisterAsync("taken@example.com")) { }
        using var client = site.App.CreateBrowserLikeClient();

        using var again = await client.SubmitAsync("/account/register", "main form",
            new() { ["Input.Email"] = "Taken@example.com", ["Input.Password"] = Forms.Password, ["Input.ConfirmPassword"] = Forms.Password });

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var message = await ErrorsAsync(again);
        Assert.Equal(Web.Pages.Account.RegisterModel.RefusedMessage, message);
        Assert.DoesNotContain("taken", message, StringComparison.OrdinalIgnoreCase);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return (sorted[(sorted.Count - 1) / 2] + sorted[sorted.Count / 2]) / 2;
    }

    [Theory]
    [InlineData("https://evil.example/phish")]
    [InlineData("//evil.example/phish")]
    [InlineData("/\\evil.example")]
    [InlineData("javascript:alert(1)")]
    public async Task Return_urls_that_leave_the_site_are_replaced_by_home(string returnUrl)
    {
        using var client = site.App.CreateBrowserLikeClient();

        using var response = await client.SubmitAsync($"/account/register?returnUrl={Uri.EscapeDataString(returnUrl)}", "main form",
            new() { ["Input.Email"] = $"r{Guid.NewGuid():N}@example.com", ["Input.Password"] = Forms.Password, ["Input.ConfirmPassword"] = Forms.Password });

        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Signing_out_and_back_in_keeps_progress()
    {
        using var client = await site.App.RegisterAsync("return@example.com");
        await client.PostFormAsync((await client.GetDocumentAsync("/topics/streams")).ItemForm(ProgressSite.First));

        await client.SubmitAsync("/", "form[action='/account/logout']");
        Assert.Null((await client.GetDocumentAsync("/topics/streams")).QuerySelector("[data-progress-kind=topic]"));
        await client.SubmitAsync("/account/login", "main form", new() { ["Input.Email"] = "return@example.com", ["Input.Password"] = Forms.Password });

        var page = await client.GetDocumentAsync("/topics/streams");
        Assert.Equal("Covered", page.QuerySelector($"#item-{ProgressSite.First}")!.GetAttribute("data-state"));
    }

    [Fact]
    public async Task A_second_account_signed_in_on_the_same_browser_gets_forms_that_work_for_it()
    {
        using var client = await site.App.RegisterAsync("first@example.com");
        await client.GetDocumentAsync("/topics/streams");
        await client.SubmitAsync("/", "form[action='/account/logout']");

        // Same browser, same antiforgery cookie, another account: its forms must carry a token made for it.
        await client.RegisterAsync("second@example.com");
        using var tick = await client.PostFormAsync((await client.GetDocumentAsync("/topics/streams")).ItemForm(ProgressSite.First), new() { ["covered"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, tick.StatusCode);
        var page = await client.GetDocumentAsync("/topics/streams");
        Assert.Equal("Covered", page.QuerySelector($"#item-{ProgressSite.First}")!.GetAttribute("data-state"));
    }

    [Fact]
    public async Task Changing_the_password_makes_the_new_one_the_only_one()
    {
        using var client = await site.App.RegisterAsync("change@example.com");

        await client.SubmitAsync("/account", "form[action*='handler=Password']", new() { ["Password.Current"] = Forms.Password, ["Password.New"] = "a brand new passphrase" });

        using var fresh = site.App.CreateBrowserLikeClient();
        using var old = await fresh.SubmitAsync("/account/login", "main form", new() { ["Input.Email"] = "change@example.com", ["Input.Password"] = Forms.Password });
        using var updated = await fresh.SubmitAsync("/account/login", "main form", new() { ["Input.Email"] = "change@example.com", ["Input.Password"] = "a brand new passphrase" });
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, updated.StatusCode);
    }

    [Fact]
    public async Task Deleting_the_account_deletes_its_progress_and_sign_in()
    {
        using var client = await site.App.RegisterAsync("gone@example.com");
        await client.PostFormAsync((await client.GetDocumentAsync("/topics/streams")).ItemForm(ProgressSite.First));
        var userId = await site.App.UserIdAsync("gone@example.com");

        using var response = await client.SubmitAsync("/account", "form[action*='handler=Delete']", new() { ["confirmPassword"] = Forms.Password });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using (var scope = site.App.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MlsPrep.Web.Database.MlsPrepDb>();
            Assert.Equal(0, await db.ItemTicks.CountAsync(t => t.UserId == userId));
        }
        using var fresh = site.App.CreateBrowserLikeClient();
        using var login = await fresh.SubmitAsync("/account/login", "main form", new() { ["Input.Email"] = "gone@example.com", ["Input.Password"] = Forms.Password });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
    }

    public void Dispose() => site.Dispose();
}
