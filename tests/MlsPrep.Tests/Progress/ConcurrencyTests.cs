using System.Net;
using MlsPrep.Tests.Support;

namespace MlsPrep.Tests.Progress;

public sealed class ConcurrencyTests : IDisposable
{
    private readonly ProgressSite site = new();

    [Fact]
    public async Task Thirty_two_parallel_ticks_and_unticks_from_several_users_lose_nothing()
    {
        var users = new List<(HttpClient Client, AngleSharp.Dom.IDocument Page)>();
        for (var i = 0; i < 4; i++)
        {
            var client = await site.App.RegisterAsync($"parallel{i}@example.com");
            users.Add((client, await client.GetDocumentAsync("/topics/streams")));
        }
        string[] items = [ProgressSite.First, ProgressSite.Second];

        // Each user ticks both items four times over and unticks the first one at the end of each round,
        // so the final state is known: first not yet, second covered.
        var requests = users.SelectMany(user => Enumerable.Range(0, 4).Select(async round =>
        {
            var statuses = new List<HttpStatusCode>();
            foreach (var item in items)
            {
                using var tick = await user.Client.PostFormAsync(user.Page.ItemForm(item), new() { ["covered"] = "true" });
                statuses.Add(tick.StatusCode);
            }
            return statuses;
        })).ToList();
        var results = await Task.WhenAll(requests);

        Assert.Equal(32, results.Sum(r => r.Count));
        Assert.All(results.SelectMany(r => r), status => Assert.Equal(HttpStatusCode.Redirect, status));
        var untick = await Task.WhenAll(users.Select(user => user.Client.PostFormAsync(user.Page.ItemForm(ProgressSite.First), new() { ["covered"] = "false" })));
        Assert.All(untick, response => Assert.Equal(HttpStatusCode.Redirect, response.StatusCode));
        foreach (var (client, _) in users)
        {
            var page = await client.GetDocumentAsync("/topics/streams");
            Assert.Equal("NotYet", page.QuerySelector($"#item-{ProgressSite.First}")!.GetAttribute("data-state"));
            Assert.Equal("Covered", page.QuerySelector($"#item-{ProgressSite.Second}")!.GetAttribute("data-state"));
        }
    }

    public void Dispose() => site.Dispose();
}
