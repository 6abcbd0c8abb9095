using System.Net;
using MlsPrep.Tests.Progress;
using MlsPrep.Tests.Support;

namespace MlsPrep.Tests.Security;

public sealed class SecurityHeadersTests : IDisposable
{
    private readonly ProgressSite site = new();

    [Theory]
    [InlineData("/")]
    [InlineData("/topics/streams")]
    [InlineData("/css/site.css")]
    [InlineData("/api/search?q=streams")]
    [InlineData("/no-such-page")]
    [InlineData("/account/login")]
    public async Task Every_response_carries_the_security_headers(string url)
    {
        using var client = site.App.CreateClient();

        using var response = await client.GetAsync(url);

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Https_responses_add_hsts_and_secure_cookies()
    {
        using var client = site.App.CreateClient(new() { BaseAddress = new Uri("https://mlsprep.example"), AllowAutoRedirect = false });

        using var home = await client.GetAsync("/");
        var page = await client.GetDocumentAsync("/account/register");
        var token = page.QuerySelector("main input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var register = await client.PostAsync("/account/register", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "secure@example.com", ["Input.Password"] = Forms.Password, ["Input.ConfirmPassword"] = Forms.Password, ["__RequestVerificationToken"] = token,
        }));

        Assert.StartsWith("max-age=", Assert.Single(home.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
        var auth = register.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("MlsPrep.Auth=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("httponly", auth);
        Assert.Contains("samesite=lax", auth);
        Assert.Contains("secure", auth);
    }

    [Fact]
    public async Task Plain_http_responses_have_no_hsts()
    {
        using var client = site.App.CreateClient(new() { BaseAddress = new Uri("http://mlsprep.example") });

        using var response = await client.GetAsync("/");

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task A_cookie_the_server_cannot_read_means_signed_out_not_an_error()
    {
        using var client = site.App.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/topics/streams");
        request.Headers.Add("Cookie", "MlsPrep.Auth=CfDJ8garbage-from-an-old-key; MlsPrep.Antiforgery=CfDJ8also-garbage");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.NotNull(page.QuerySelector("a[href^='/account/login']"));
    }

    [Fact]
    public async Task A_form_token_the_server_cannot_read_gets_a_friendly_400_and_changes_nothing()
    {
        using var client = await site.App.RegisterAsync("stale@example.com");
        var page = await client.GetDocumentAsync("/topics/streams");

        using var response = await client.PostFormAsync(page.ItemForm(ProgressSite.First), new() { ["__RequestVerificationToken"] = "CfDJ8-token-from-before-a-key-rotation" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await Html.ParseAsync(response);
        Assert.Equal("That request could not be used", error.QuerySelector("h1")!.TextContent);
        var after = await client.GetDocumentAsync("/topics/streams");
        Assert.Equal("NotYet", after.QuerySelector($"#item-{ProgressSite.First}")!.GetAttribute("data-state"));
    }

    [Fact]
    public async Task Signing_in_survives_a_restart_because_keys_are_kept_with_the_data()
    {
        using var registered = await site.App.RegisterAsync("restart@example.com");
        var cookie = await AuthCookieAsync(site.App, "restart@example.com");

        // A new host over the same database file: what a restart (or a second server) sees.
        await using var restarted = new MlsPrepApp(site.Content.Root, dataFolder: site.App.DataFolder);
        using var second = restarted.CreateClient(new() { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account");
        request.Headers.Add("Cookie", cookie);

        using var response = await second.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("restart@example.com", (await Html.ParseAsync(response)).QuerySelector("main")!.TextContent);
    }

    /// <summary>Signs in through the form and returns the auth cookie as a browser would store it.</summary>
    private static async Task<string> AuthCookieAsync(MlsPrepApp app, string email)
    {
        using var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var form = await client.GetAsync("/account/login");
        var antiforgeryCookie = form.Headers.GetValues("Set-Cookie").First(c => c.StartsWith("MlsPrep.Antiforgery=", StringComparison.Ordinal)).Split(';')[0];
        var token = (await Html.ParseAsync(form)).QuerySelector("main input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = Forms.Password, ["__RequestVerificationToken"] = token }),
        };
        request.Headers.Add("Cookie", antiforgeryCookie);
        using var response = await client.SendAsync(request);
        return response.Headers.GetValues("Set-Cookie").First(c => c.StartsWith("MlsPrep.Auth=", StringComparison.Ordinal)).Split(';')[0];
    }

    public void Dispose() => site.Dispose();
}
