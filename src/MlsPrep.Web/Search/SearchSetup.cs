using MlsPrep.Web.Catalog;
using MlsPrep.Web.Database;

namespace MlsPrep.Web.Search;

public static class SearchSetup
{
    public static void AddSearch(this WebApplicationBuilder builder)
    {
        if (builder.Configuration.Provider() == DatabaseProvider.PostgreSQL) builder.Services.AddSingleton<ISearchEngine, PostgresSearchEngine>();
        else builder.Services.AddSingleton<ISearchEngine, Fts5SearchEngine>();
        builder.Services.AddSingleton<SearchIndexer>();
        builder.Services.AddScoped<CatalogSearch>();
    }

    /// <summary>GET /api/search?q=...&amp;limit=N: the page's ranking as JSON, for the as-you-type box and for scripts.</summary>
    public static void MapSearchApi(this WebApplication app)
    {
        app.MapGet("/api/search", async (string? q, int? limit, string? domain, string? exam, CatalogSearch search, ExamCatalog exams, MlsPrepDb db, CancellationToken cancellation) =>
        {
            var examCode = (await exams.GetAsync(db)).Find(exam)?.Code;
            var results = await search.SearchAsync(q, new SearchFilter(string.IsNullOrWhiteSpace(domain) ? null : domain, ExamCode: examCode), 0, limit ?? 10, cancellation);
            return Results.Ok(results.Hits.Select(hit => new SearchApiHit(hit.Title, hit.Url, hit.Domain, hit.Exams, hit.Section, hit.SnippetHtml, hit.Kind)));
        }).CacheOutput(CatalogCaching.Policy);
    }

    public sealed record SearchApiHit(string Title, string Url, string Domain, IReadOnlyList<string> Exams, string Section, string Snippet, string Kind);
}
