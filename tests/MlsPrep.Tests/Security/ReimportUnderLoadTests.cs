using System.Net;
using MlsPrep.Tests.Support;
using static MlsPrep.Tests.Progress.ProgressSite;

namespace MlsPrep.Tests.Security;

public sealed class ReimportUnderLoadTests : IDisposable
{
    private readonly Progress.ProgressSite site = new();

    private static string Version(int version) => ContentFolder.Note("Queues", body: $"""
        ## Key facts
        - This is version v{version} of the note.

        ## Checklist
        - [ ] I can explain version v{version}.
        - [ ] I can explain the first thing.
        """);

    [Fact]
    public async Task Fifty_clients_ticking_while_content_is_reimported_lose_nothing_and_never_read_a_mix()
    {
        var clients = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => site.App.RegisterAsync($"load{i}@example.com")));
        var forms = await Task.WhenAll(clients.Select(async c => (await c.GetDocumentAsync("/topics/streams")).ItemForm(First)));
        var importing = true;

        var reimports = Task.Run(async () =>
        {
            for (var version = 1; version <= 6; version++)
            {
                site.Content.Write("tst-c01/data/queues.md", Version(version));
                await site.App.ReimportAsync();
            }
            importing = false;
        });
        var readers = Task.Run(async () =>
        {
            using var reader = site.App.CreateClient();
            var mixes = new List<string>();
            while (importing)
            {
                var page = await reader.GetDocumentAsync("/topics/queues");
                var body = System.Text.RegularExpressions.Regex.Match(page.QuerySelector(".note-body")?.TextContent ?? "", @"v\d+").Value;
                var item = System.Text.RegularExpressions.Regex.Match(page.QuerySelector(".checklist")?.TextContent ?? "", @"v\d+").Value;
                if (body != item) mixes.Add($"note {body}, checklist {item}");
            }
            return mixes;
        });
        var ticks = await Task.WhenAll(clients.Zip(forms).Select(async pair =>
        {
            using var response = await pair.First.PostFormAsync(pair.Second);
            return response.StatusCode;
        }));
        await reimports;

        Assert.All(ticks, status => Assert.Equal(HttpStatusCode.Redirect, status));
        Assert.Empty(await readers);
        foreach (var client in clients)
        {
            var page = await client.GetDocumentAsync("/topics/streams");
            Assert.Equal("Covered", page.QuerySelector($"#item-{First}")!.GetAttribute("data-state"));
        }
    }

    public void Dispose() => site.Dispose();
}
