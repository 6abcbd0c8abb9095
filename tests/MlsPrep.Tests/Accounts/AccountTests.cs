using System.Net;
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

        Assert.All(messages.Take(4), m => Assert.Contains("do not match", m));
        Assert.Contains("locked", messages[4]);
        Assert.Equal(HttpStatusCode.OK, correct.StatusCode);
        Assert.Contains("locked", await ErrorsAsync(correct));
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
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={site.App.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM ItemTicks WHERE UserId = $id";
        command.Parameters.AddWithValue("$id", userId);
        Assert.Equal(0L, (long)(await command.ExecuteScalarAsync())!);
        using var fresh = site.App.CreateBrowserLikeClient();
        using var login = await fresh.SubmitAsync("/account/login", "main form", new() { ["Input.Email"] = "gone@example.com", ["Input.Password"] = Forms.Password });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
    }

    public void Dispose() => site.Dispose();
}
