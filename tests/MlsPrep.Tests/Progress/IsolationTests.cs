using System.Net;
using MlsPrep.Tests.Support;
using static MlsPrep.Tests.Progress.ProgressSite;

namespace MlsPrep.Tests.Progress;

/// <summary>A user sees and changes only their own progress, and only through a genuine form.</summary>
public sealed class IsolationTests : IDisposable
{
    private readonly ProgressSite site = new();

    private static async Task<string?> StateAsync(HttpClient client, string item) =>
        (await client.GetDocumentAsync("/topics/streams")).QuerySelector($"#item-{item}")?.GetAttribute("data-state");

    [Fact]
    public async Task One_users_ticks_are_invisible_to_another()
    {
        using var ada = await site.App.RegisterAsync("ada@example.com");
        using var bob = await site.App.RegisterAsync("bob@example.com");

        await ada.PostFormAsync((await ada.GetDocumentAsync("/topics/streams")).ItemForm(First));

        Assert.Equal("Covered", await StateAsync(ada, First));
        Assert.Equal("NotYet", await StateAsync(bob, First));
    }

    [Fact]
    public async Task A_forged_user_id_in_the_form_is_ignored()
    {
        using var ada = await site.App.RegisterAsync("ada2@example.com");
        using var bob = await site.App.RegisterAsync("bob2@example.com");
        var adaId = await site.App.UserIdAsync("ada2@example.com");

        var page = await bob.GetDocumentAsync("/topics/streams");
        await bob.PostFormAsync(page.ItemForm(First), new() { ["userId"] = adaId, ["UserId"] = adaId });

        Assert.Equal("NotYet", await StateAsync(ada, First));
        Assert.Equal("Covered", await StateAsync(bob, First));
    }

    [Fact]
    public async Task A_post_without_an_antiforgery_token_is_refused_and_changes_nothing()
    {
        using var ada = await site.App.RegisterAsync("ada3@example.com");

        using var response = await ada.PostAsync("/topics/streams?handler=Item",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["item"] = First, ["covered"] = "true" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("NotYet", await StateAsync(ada, First));
    }

    [Fact]
    public async Task A_post_with_another_users_antiforgery_token_is_refused_and_changes_nothing()
    {
        using var ada = await site.App.RegisterAsync("ada4@example.com");
        using var bob = await site.App.RegisterAsync("bob4@example.com");
        var bobsForm = (await bob.GetDocumentAsync("/topics/streams")).ItemForm(First);

        using var response = await ada.PostFormAsync(bobsForm, new() { ["__RequestVerificationToken"] = bobsForm.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")! + "x" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("NotYet", await StateAsync(ada, First));
    }

    [Fact]
    public async Task The_account_page_needs_a_signed_in_user()
    {
        using var anonymous = site.App.CreateBrowserLikeClient();

        using var response = await anonymous.GetAsync("/account");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }

    public void Dispose() => site.Dispose();
}
