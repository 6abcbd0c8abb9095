using MlsPrep.Tests.Progress;
using MlsPrep.Tests.Support;

namespace MlsPrep.Tests.Search;

public sealed class SearchProgressFilterTests : IDisposable
{
    private readonly ProgressSite site = new();

    [Fact]
    public async Task A_signed_in_reader_can_search_only_what_is_covered_or_not_yet()
    {
        using var client = await site.App.RegisterAsync("filter@example.com");
        await client.SubmitAsync("/topics/streams", "form[action*='handler=Topic']");

        var all = await client.GetDocumentAsync("/search?q=explain");
        var covered = await client.GetDocumentAsync("/search?q=explain&show=covered");
        var notYet = await client.GetDocumentAsync("/search?q=explain&show=not-yet");

        static string[] Titles(AngleSharp.Dom.IDocument page) => page.QuerySelectorAll(".search-hit h2 a").Select(a => a.TextContent).Order().ToArray();
        Assert.Equal(["Queues", "Streams", "Tuning"], Titles(all));
        Assert.Equal(["Streams"], Titles(covered));
        Assert.Equal(["Queues", "Tuning"], Titles(notYet));
    }

    public void Dispose() => site.Dispose();
}
