
namespace MlsPrep.Web.Search;

public static class SearchSetup
{
    public static void AddSearch(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SearchIndexer>();
        builder.Services.AddScoped<CatalogSearch>();
    }

    /// <summary>GET /api/search?q=...&amp;limit=N: the page's ranking as JSON, for the as-you-type box and for scripts.</summary>
    public static void MapSearchApi(this WebApplication app)
    {
        app.MapGet("/api/search", async (string? q, int? limit, string? domain, CatalogSearch search, CancellationToken cancellation) =>
        {
            var results = await search.SearchAsync(q, new SearchFilter(string.IsNullOrWhiteSpace(domain) ? null : domain), 0, limit ?? 10, cancellation);
            return Results.Ok(results.Hits.Select(hit => new SearchApiHit(hit.Title, hit.Url, hit.Domain, hit.Section, hit.SnippetHtml, hit.Kind)));
        }).CacheOutput(MlsPrep.Web.Catalog.CatalogCaching.Policy);
    }

    public sealed record SearchApiHit(string Title, string Url, string Domain, string Section, string Snippet, string Kind);
}
