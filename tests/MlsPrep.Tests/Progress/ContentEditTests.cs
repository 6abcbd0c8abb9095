using MlsPrep.Tests.Support;
using static MlsPrep.Tests.Progress.ProgressSite;

namespace MlsPrep.Tests.Progress;

/// <summary>Editing content never deletes anyone's progress.</summary>
public sealed class ContentEditTests : IDisposable
{
    private readonly ProgressSite site = new();

    private const string PinnedNote = """
        ## Checklist
        - [ ] I can name the shard limits. {#shard-limits}
        - [ ] I can explain the first thing.
        """;

    private async Task<HttpClient> TickedAsync(string email, params string[] items)
    {
        var client = await site.App.RegisterAsync(email);
        foreach (var item in items) await client.PostFormAsync((await client.GetDocumentAsync("/topics/streams")).ItemForm(item));
        return client;
    }

    private static async Task<string?> StateAsync(HttpClient client, string item) =>
        (await client.GetDocumentAsync("/topics/streams")).QuerySelector($"#item-{item}")?.GetAttribute("data-state");

    [Fact]
    public async Task Reordering_items_and_moving_the_file_keep_ticks()
    {
        using var client = await TickedAsync("move@example.com", First);

        site.Content.Write("tst-c01/data/streams.md", ContentFolder.Note("Streams", body: "## Checklist\n- [ ] I can explain the second thing.\n- [ ] I can explain the first thing.\n"));
        site.Content.Move("tst-c01/data/streams.md", "tst-c01/archive/streams.md");
        await site.App.ReimportAsync();

        Assert.Equal("Covered", await StateAsync(client, First));
    }

    [Fact]
    public async Task Rewording_a_pinned_item_shows_changed_since_you_covered_it()
    {
        site.Content.Write("tst-c01/data/streams.md", ContentFolder.Note("Streams", body: PinnedNote));
        await site.App.ReimportAsync();
        using var client = await TickedAsync("reword@example.com", "shard-limits", First);

        site.Content.Write("tst-c01/data/streams.md", ContentFolder.Note("Streams", body: PinnedNote.Replace("name the shard limits", "state the read and write limits of a shard", StringComparison.Ordinal)));
        await site.App.ReimportAsync();

        var page = await client.GetDocumentAsync("/topics/streams");
        Assert.Equal("ChangedSinceCovered", page.QuerySelector("#item-shard-limits")!.GetAttribute("data-state"));
        Assert.Equal("changed since you covered it", page.QuerySelector("#item-shard-limits .changed")!.TextContent);
        Assert.Equal("50", page.QuerySelector("[data-progress-kind=topic] progress")!.GetAttribute("value"));

        await client.PostFormAsync(page.ItemForm("shard-limits"));
        Assert.Equal("Covered", await StateAsync(client, "shard-limits"));
    }

    [Fact]
    public async Task A_tick_on_an_item_that_disappears_comes_back_with_the_item()
    {
        using var client = await TickedAsync("return@example.com", First);

        site.Content.Write("tst-c01/data/streams.md", ContentFolder.Note("Streams", body: "## Checklist\n- [ ] I can explain the second thing.\n"));
        await site.App.ReimportAsync();
        Assert.Null(await StateAsync(client, First));

        site.Content.Write("tst-c01/data/streams.md", ContentFolder.Note("Streams"));
        await site.App.ReimportAsync();
        Assert.Equal("Covered", await StateAsync(client, First));
    }

    public void Dispose() => site.Dispose();
}
