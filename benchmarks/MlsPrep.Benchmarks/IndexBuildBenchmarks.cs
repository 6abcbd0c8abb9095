using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MlsPrep.Web.Catalog;
using MlsPrep.Web.Database;
using MlsPrep.Web.Search;

namespace MlsPrep.Benchmarks;

/// <summary>
/// Building the search index for 5,000 topics, against the cold import of the same corpus (parse, store, index)
/// as the baseline in the same run.
/// </summary>
[Config(typeof(BuildConfig))]
public class IndexBuildBenchmarks
{
    private BenchmarkSite site = null!;

    [GlobalSetup]
    public void Setup() => site = new BenchmarkSite();

    [GlobalCleanup]
    public void Cleanup() => site.Dispose();

    [IterationSetup(Target = nameof(ColdImport))]
    public void EmptyDatabase() => site.ResetDatabaseAsync().GetAwaiter().GetResult();

    private bool imported;

    [IterationSetup(Target = nameof(RebuildIndex))]
    public void ImportedDatabaseWithEmptyIndex()
    {
        if (!imported)
        {
            site.ResetDatabaseAsync().GetAwaiter().GetResult();
            site.ImportAsync().GetAwaiter().GetResult();
            imported = true;
        }
        using var db = site.Services.GetRequiredService<IDbContextFactory<MlsPrepDb>>().CreateDbContext();
        db.Database.ExecuteSqlRaw("DELETE FROM SearchTopics; DELETE FROM SearchPlaces;");
    }

    [Benchmark(Baseline = true, Description = "cold import of 5,000 topics")]
    public async Task<int> ColdImport() => (await site.ImportAsync()).Imported;

    [Benchmark(Description = "search index build, 5,000 topics")]
    public async Task RebuildIndex()
    {
        await using var db = await site.Services.GetRequiredService<IDbContextFactory<MlsPrepDb>>().CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await site.Services.GetRequiredService<SearchIndexer>().RefreshAsync(db, Array.Empty<Topic>(), Array.Empty<int>());
        await transaction.CommitAsync();
    }
}
