using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MlsPrep.Tests.Support;

namespace MlsPrep.Tests.Search;

/// <summary>The search page and JSON API through HTTP: any input answers with results or none, never an error.</summary>
public class SearchEndpointsTests(RealSite site) : IClassFixture<RealSite>
{
    private static readonly string[] Outcomes = [".search-hit", ".no-results", ".search-hint"];

    private readonly HttpClient client = site.App.CreateClient();

    public static TheoryData<string> HostileInputs => new()
    {
        "\"", "\"\"\"", "'", "*", "^", "-", "(", ")", "AND", "OR", "NOT", "NEAR", "NEAR(a b, 2)", "title:glue", "{title}: glue",
        "glue AND", "OR OR OR", "a*b*c", "' OR 1=1; --", "'; DROP TABLE Topics; --", "<script>alert(1)</script>",
        "🔥🔥🔥", "\u0000", "\u0001\u0002\u0003", "\u200b\u200d", "%00", "%", "\\", "../../etc/passwd",
        new string('x', 10_240), string.Join(' ', Enumerable.Repeat("glue", 2_000)), "日本語 テキスト", "\ud83d",
    };

    [Theory]
    [MemberData(nameof(HostileInputs))]
    public async Task The_api_answers_any_input_with_a_json_array(string input)
    {
        using var response = await client.GetAsync($"/api/search?q={Uri.EscapeDataString(input.Replace("\ud83d", "x", StringComparison.Ordinal))}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var hits = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Array, hits.ValueKind);
    }

    [Theory]
    [MemberData(nameof(HostileInputs))]
    public async Task The_page_answers_any_input_with_results_or_a_friendly_no_results(string input)
    {
        using var response = await client.GetAsync($"/search?q={Uri.EscapeDataString(input.Replace("\ud83d", "x", StringComparison.Ordinal))}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        // Exactly one of: results, a plain "no results", or (no words in the input) the hint on what to type.
        var outcomes = Outcomes.Count(selector => page.QuerySelector(selector) is not null);
        Assert.Equal(1, outcomes);
        Assert.Empty(page.QuerySelectorAll("main script"));
    }

    [Fact]
    public async Task The_api_returns_title_url_domain_and_snippet_in_the_pages_order()
    {
        var hits = await client.GetFromJsonAsync<JsonElement>("/api/search?q=Firehose&limit=5");
        var page = await client.GetDocumentAsync("/search?q=Firehose");

        Assert.Equal(5, hits.GetArrayLength());
        var first = hits[0];
        Assert.Equal("/topics/data-firehose", first.GetProperty("url").GetString());
        // Without an exam, a note is placed in the active exam: MLA-C01's first domain, and both exams are named.
        Assert.Equal("Data Preparation for Machine Learning", first.GetProperty("domain").GetString());
        Assert.Equal(["MLA-C01", "MLS-C01"], first.GetProperty("exams").EnumerateArray().Select(e => e.GetString()));
        Assert.False(string.IsNullOrEmpty(first.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrEmpty(first.GetProperty("snippet").GetString()));
        var pageTitles = page.QuerySelectorAll(".search-hit h2 a").Select(a => a.TextContent).Take(5);
        Assert.Equal(hits.EnumerateArray().Select(h => h.GetProperty("title").GetString()), pageTitles);
    }

    [Fact]
    public async Task The_api_caps_its_limit()
    {
        var hits = await client.GetFromJsonAsync<JsonElement>("/api/search?q=sagemaker&limit=100000");

        Assert.InRange(hits.GetArrayLength(), 1, 50);
    }

    [Fact]
    public async Task The_page_highlights_matches_and_links_to_the_exact_place()
    {
        var page = await client.GetDocumentAsync("/search?q=visibility+timeout");

        var hit = page.QuerySelector(".search-hit")!;
        Assert.Contains("SQS", hit.QuerySelector("h2 a")!.TextContent);
        Assert.Contains('#', hit.QuerySelector("h2 a")!.GetAttribute("href")!);
        Assert.NotNull(hit.QuerySelector(".snippet mark"));
        Assert.NotNull(hit.QuerySelector(".eyebrow"));
    }

    [Fact]
    public async Task Other_places_in_a_note_are_named_so_they_can_be_told_apart()
    {
        var page = await client.GetDocumentAsync("/search?q=Firehose");

        var labels = page.QuerySelectorAll(".search-hit")[0].QuerySelectorAll(".more a").Select(a => a.TextContent).ToList();
        Assert.NotEmpty(labels);
        Assert.Equal(labels.Count, labels.Distinct().Count());
        Assert.DoesNotContain("Checklist", labels);
    }

    [Fact]
    public async Task Results_are_paged()
    {
        var first = await client.GetDocumentAsync("/search?q=sagemaker");
        var second = await client.GetDocumentAsync("/search?q=sagemaker&p=2");

        Assert.Equal(20, first.QuerySelectorAll(".search-hit").Length);
        Assert.NotNull(first.QuerySelector(".pager a[rel=next]"));
        Assert.NotEmpty(second.QuerySelectorAll(".search-hit"));
        Assert.Empty(first.QuerySelectorAll(".search-hit h2 a").Select(a => a.TextContent).Intersect(second.QuerySelectorAll(".search-hit h2 a").Select(a => a.TextContent)));
    }

    [Fact]
    public async Task No_results_are_said_plainly()
    {
        var page = await client.GetDocumentAsync("/search?q=zzqqxxjj");

        Assert.Contains("No results for “zzqqxxjj”", page.QuerySelector(".no-results")!.TextContent);
    }
}
