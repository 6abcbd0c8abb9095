using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using MlsPrep.Tests.Progress;
using MlsPrep.Tests.Support;

namespace MlsPrep.Tests.Security;

/// <summary>Limits enforced by the real server (Kestrel), so these run against a real socket.</summary>
public sealed class RequestLimitsTests : IDisposable
{
    private readonly ContentFolder content = new();
    private readonly MlsPrepApp app;
    private readonly HttpClient client;

    public RequestLimitsTests()
    {
        content.Write("tst-c01/data/streams.md", ContentFolder.Note("Streams"));
        app = new MlsPrepApp(content.Root, settings: new() { ["Security:SignInAttemptsPerMinute"] = "3" });
        app.UseKestrel(0);
        app.StartServer();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = new Uri(address) };
    }

    [Fact]
    public async Task Sign_in_attempts_beyond_the_limit_get_429_with_retry_after_while_reading_carries_on()
    {
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var response = await client.SubmitAsync("/account/login", "main form", new() { ["Input.Email"] = "flood@example.com", ["Input.Password"] = "wrong password" });
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.True(int.Parse(response.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
                Assert.Equal("Too many attempts", (await Html.ParseAsync(response)).QuerySelector("h1")!.TextContent);
            }
        }
        using var reading = await client.GetAsync("/topics/streams");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, reading.StatusCode);
    }

    [Fact]
    public async Task An_oversized_body_is_refused_and_the_server_stays_up()
    {
        using var body = new ByteArrayContent(new byte[8 * 1024 * 1024]);
        body.Headers.ContentType = new("application/x-www-form-urlencoded");
        // As a browser does for a large upload: ask first, so the refusal arrives before the body is sent.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/account/login") { Content = body };
        request.Headers.ExpectContinue = true;

        using var response = await client.SendAsync(request);
        using var after = await client.GetAsync("/healthz");

        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task Too_many_form_fields_are_refused_with_a_4xx()
    {
        var fields = Enumerable.Range(0, 5_000).Select(i => new KeyValuePair<string, string>($"f{i}", "x"));

        using var response = await client.PostAsync("/topics/streams?handler=Item", new FormUrlEncodedContent(fields));

        Assert.InRange((int)response.StatusCode, 400, 499);
    }

    [Fact]
    public async Task Huge_headers_are_refused_with_431()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("X-Padding", new string('x', 64 * 1024));

        using var response = await client.SendAsync(request);
        using var after = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task A_get_never_changes_progress()
    {
        await client.RegisterAsync("get@example.com");
        using var sneaky = await client.GetAsync($"/topics/streams?handler=Item&item={ProgressSite.First}&covered=true");
        var page = await client.GetDocumentAsync("/topics/streams");

        Assert.Equal("NotYet", page.QuerySelector($"#item-{ProgressSite.First}")!.GetAttribute("data-state"));
    }

    public void Dispose()
    {
        client.Dispose();
        app.Dispose();
        content.Dispose();
    }
}
