using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MlsPrep.Tests.Support;
using static MlsPrep.Tests.Progress.ProgressSite;

namespace MlsPrep.Tests.Progress;

public sealed class TickingTests : IDisposable
{
    private readonly ProgressSite site = new();

    private static async Task<HttpResponseMessage> TickAsync(HttpClient client, string topic, string item, bool covered = true)
    {
        var page = await client.GetDocumentAsync($"/topics/{topic}");
        return await client.PostFormAsync(page.ItemForm(item), new() { ["covered"] = covered ? "true" : "false" });
    }

    private static async Task<string?> StateAsync(HttpClient client, string topic, string item) =>
        (await client.GetDocumentAsync($"/topics/{topic}")).QuerySelector($"#item-{item}")?.GetAttribute("data-state");

    [Fact]
    public async Task Ticking_without_javascript_redirects_back_to_the_item_and_moves_the_bars()
    {
        using var client = await site.App.RegisterAsync("ada@example.com");

        using var response = await TickAsync(client, "streams", First);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/topics/streams?exam=tst-c01#item-{First}", response.Headers.Location!.OriginalString);
        var page = await client.GetDocumentAsync("/topics/streams");
        Assert.Equal("true", page.QuerySelector($"#item-{First} button")!.GetAttribute("aria-pressed"));
        Assert.Equal("50", page.QuerySelector("[data-progress-kind=topic] progress")!.GetAttribute("value"));
        Assert.Equal("25", page.QuerySelector("[data-progress-kind=domain] progress")!.GetAttribute("value"));

        using var untick = await TickAsync(client, "streams", First, covered: false);
        Assert.Equal("NotYet", await StateAsync(client, "streams", First));
    }

    [Fact]
    public async Task Ticking_with_javascript_gets_the_new_figures_as_json()
    {
        using var client = await site.App.RegisterAsync("js@example.com");
        var page = await client.GetDocumentAsync("/topics/tuning");
        var form = page.ItemForm(Second);
        var fields = form.QuerySelectorAll("input[name]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        using var request = new HttpRequestMessage(HttpMethod.Post, form.GetAttribute("action")) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Accept.ParseAdd("application/json");

        using var response = await client.SendAsync(request);

        response.EnsureSuccessStatusCode();
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, json.GetProperty("topic").GetProperty("covered").GetInt32());
        Assert.Equal(50, json.GetProperty("domain").GetProperty("percent").GetInt32());
        Assert.Equal(30, json.GetProperty("readiness").GetInt32());
    }

    [Fact]
    public async Task A_signed_out_visitor_is_asked_to_sign_in_and_returned_to_the_item()
    {
        using var anonymous = site.App.CreateBrowserLikeClient();
        var page = await anonymous.GetDocumentAsync("/topics/streams");
        var login = page.QuerySelector($"#item-{First} a.tick")!.GetAttribute("href")!;
        Assert.Null(page.QuerySelector("main form[method=post]"));

        using var registered = await site.App.RegisterAsync("back@example.com");
        using var signIn = await anonymous.SubmitAsync(login, "main form", new() { ["Input.Email"] = "back@example.com", ["Input.Password"] = Forms.Password });

        Assert.Equal($"/topics/streams?exam=tst-c01#item-{First}", signIn.Headers.Location!.OriginalString);
        Assert.NotNull((await anonymous.GetDocumentAsync("/topics/streams")).ItemForm(First));
    }

    [Fact]
    public async Task Marking_a_whole_topic_covered_ticks_every_item_and_shows_it_covered_on_home()
    {
        using var client = await site.App.RegisterAsync("whole@example.com");

        using var response = await client.SubmitAsync("/topics/queues", "form[action*='handler=Topic']");

        Assert.Equal("Covered", await StateAsync(client, "queues", First));
        Assert.Equal("Covered", await StateAsync(client, "queues", Second));
        var home = await client.GetDocumentAsync("/");
        var queues = home.QuerySelectorAll(".topic-names li").Single(li => li.QuerySelector("a")!.TextContent == "Queues");
        Assert.Equal("✓ covered", queues.QuerySelector(".topic-tally")!.TextContent);
    }

    [Fact]
    public async Task Readiness_is_weighted_by_domain_and_home_points_to_the_largest_gap()
    {
        using var client = await site.App.RegisterAsync("weights@example.com");
        await client.SubmitAsync("/topics/tuning", "form[action*='handler=Topic']");

        var home = await client.GetDocumentAsync("/");

        Assert.Equal("60", home.QuerySelector(".readiness progress")!.GetAttribute("value"));
        Assert.Equal("Data Work — 4 items not yet", home.QuerySelector(".next-gap a")!.TextContent);
    }

    [Fact]
    public async Task The_not_yet_filter_hides_what_is_covered()
    {
        using var client = await site.App.RegisterAsync("filter@example.com");
        await client.SubmitAsync("/topics/tuning", "form[action*='handler=Topic']");
        await TickAsync(client, "streams", First);

        var home = await client.GetDocumentAsync("/?show=not-yet");
        var topic = await client.GetDocumentAsync("/topics/streams?show=not-yet");

        Assert.Equal(["Streams", "Queues"], home.QuerySelectorAll(".topic-names a").Select(a => a.TextContent));
        Assert.Equal([$"item-{Second}"], topic.QuerySelectorAll(".checklist-item").Select(li => li.Id));
    }

    [Fact]
    public async Task Resources_can_be_marked_read()
    {
        using var client = await site.App.RegisterAsync("reader@example.com");

        await client.SubmitAsync("/topics/streams", ".resources form");

        var page = await client.GetDocumentAsync("/topics/streams");
        Assert.Equal("true", page.QuerySelector(".read-toggle")!.GetAttribute("aria-pressed"));
    }

    [Fact]
    public async Task Ticking_an_item_that_does_not_exist_is_a_404()
    {
        using var client = await site.App.RegisterAsync("ghost@example.com");
        var page = await client.GetDocumentAsync("/topics/streams");

        using var response = await client.PostFormAsync(page.ItemForm(First), new() { ["item"] = "no-such-item" });
        using var noTopic = await client.PostAsync("/topics/no-such-topic?handler=Item",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["item"] = First, ["covered"] = "true", ["__RequestVerificationToken"] = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")! }));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noTopic.StatusCode);
    }

    public void Dispose() => site.Dispose();
}
