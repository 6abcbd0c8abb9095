using MlsPrep.Tests.Support;
using MlsPrep.Web.Pages;

namespace MlsPrep.Tests.Pages;

/// <summary>A domain with more notes than the home page lists: the first ones in reading order, and a link to all.</summary>
public sealed class HomeDomainListTests : IDisposable
{
    private readonly ContentFolder content = new();
    private readonly MlsPrepApp app;

    public HomeDomainListTests()
    {
        for (var i = 1; i <= IndexModel.TopicsPerDomain + 2; i++)
            content.Write($"tst-c01/data/note-{i:00}.md", ContentFolder.Note($"Note {i:00}", extraFrontMatter: $"order: {i}"));
        app = new MlsPrepApp(content.Root);
    }

    public void Dispose()
    {
        app.Dispose();
        content.Dispose();
    }

    [Fact]
    public async Task The_home_page_lists_the_first_notes_of_a_domain_and_links_to_all_of_them()
    {
        var page = await app.CreateClient().GetDocumentAsync("/");

        var data = page.QuerySelectorAll(".domain").Single(d => d.QuerySelector("h3")!.TextContent.Trim() == "Data Work");
        var names = data.QuerySelectorAll(".topic-names a").Select(a => a.TextContent).ToList();
        Assert.Equal(Enumerable.Range(1, IndexModel.TopicsPerDomain).Select(i => $"Note {i:00}"), names);
        var all = data.QuerySelectorAll("a").Single(a => a.TextContent.StartsWith("All ", StringComparison.Ordinal));
        Assert.Equal($"All {IndexModel.TopicsPerDomain + 2} topics in Data Work", all.TextContent);
    }
}
