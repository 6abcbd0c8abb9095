using System.Net;
using MlsPrep.Tests.Support;

namespace MlsPrep.Tests.Pages;

public class CatalogPagesTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private readonly HttpClient client = site.App.CreateClient();

    [Fact]
    public async Task Home_lists_the_domains_with_their_weights_and_topics_in_order()
    {
        var page = await client.GetDocumentAsync("/");

        var domains = page.QuerySelectorAll(".domain").Select(d => (
            d.QuerySelector("h3")!.TextContent.Trim(),
            d.QuerySelector(".weight")!.TextContent.Trim(),
            d.QuerySelectorAll(".topic-names a").Select(a => a.TextContent).ToArray())).ToList();
        Assert.Equal(("Data Work", "40 %"), (domains[0].Item1, domains[0].Item2));
        Assert.Equal(["Streams", "Queues"], domains[0].Item3);
        Assert.Equal(("Model Work", "60 %"), (domains[1].Item1, domains[1].Item2));
    }

    [Fact]
    public async Task Home_states_the_retirement_and_names_the_successor()
    {
        var page = await client.GetDocumentAsync("/");

        var notice = page.QuerySelector(".notice-retired")!.TextContent;
        Assert.Contains("retired TST-C01 on 31 March 2026", notice);
        Assert.Equal(["TST-A01 — Test Certification – Associate"], page.QuerySelectorAll(".successors li").Select(li => li.TextContent));
        Assert.Contains("TST-A01", notice);
        Assert.Contains("About the test exam", page.QuerySelector("[aria-labelledby=start-here]")!.TextContent);
    }

    [Fact]
    public async Task A_topic_page_shows_its_note_contents_checklist_and_resources()
    {
        var page = await client.GetDocumentAsync("/topics/streams");

        Assert.Equal("Streams", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(["Key facts", "Checklist", "Resources"], page.QuerySelectorAll(".toc a").Select(a => a.TextContent));
        Assert.Equal(["I can explain the first thing.", "I can explain the second thing."],
            page.QuerySelectorAll(".checklist-item .item-text").Select(li => li.TextContent.Trim()));
        Assert.Equal("item-i-can-explain-the-first-thing", page.QuerySelector(".checklist-item")!.Id);
        var resource = page.QuerySelector(".resources a")!;
        Assert.Equal(("https://docs.aws.amazon.com/guide.html", "_blank", "noopener noreferrer"),
            (resource.GetAttribute("href"), resource.GetAttribute("target"), resource.GetAttribute("rel")));
        Assert.Equal("Data Work", page.QuerySelectorAll(".breadcrumb a")[1].TextContent);
        Assert.Equal("Queues", page.QuerySelector(".pager-next")!.LastChild!.TextContent.Trim());
    }

    [Fact]
    public async Task A_domain_page_lists_its_topics()
    {
        var page = await client.GetDocumentAsync("/domains/models");

        Assert.Equal("Model Work", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(["Hostile", "Tuning"], page.QuerySelectorAll(".topic-card > a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task The_resources_page_groups_links_by_domain_and_topic()
    {
        var page = await client.GetDocumentAsync("/resources");

        var groups = page.QuerySelectorAll(".resource-group h2").Select(h => h.TextContent).ToList();
        Assert.Equal(["About the exam", "Data Work", "Model Work"], groups);
        Assert.Contains("Streams", page.QuerySelectorAll(".resource-group h3").Select(h => h.TextContent));
    }

    [Theory]
    [InlineData("/topics/no-such-topic")]
    [InlineData("/domains/no-such-domain")]
    [InlineData("/no/such/page")]
    public async Task Unknown_addresses_get_a_friendly_404(string url)
    {
        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal("We could not find that page", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector("a[href='/']"));
    }

    [Fact]
    public async Task Hostile_markdown_renders_inert()
    {
        var page = await client.GetDocumentAsync("/topics/hostile");

        var note = page.QuerySelector("article")!;
        Assert.Empty(note.QuerySelectorAll("script, img, iframe"));
        Assert.DoesNotContain(note.QuerySelectorAll("*"), e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        Assert.DoesNotContain(note.QuerySelectorAll("a"), a => a.GetAttribute("href") is { } href &&
            (href.Contains("javascript:", StringComparison.OrdinalIgnoreCase) || href.StartsWith("data:", StringComparison.OrdinalIgnoreCase)));
        Assert.Contains("<script>alert('raw')</script>", note.TextContent);
    }

    [Fact]
    public async Task Pages_link_assets_by_content_hash_and_those_are_cached_for_a_year()
    {
        var page = await client.GetDocumentAsync("/");
        var stylesheet = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;

        using var response = await client.GetAsync(stylesheet);

        Assert.Contains("?v=", stylesheet, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task Health_check_reports_ready_with_a_catalog()
    {
        using var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
