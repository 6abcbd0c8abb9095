using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MlsPrep.Web.Content;
using MlsPrep.Web.Database;
using MlsPrep.Web.Search;

namespace MlsPrep.Benchmarks;

/// <summary>The app's own services (importer, index, search) over a generated corpus and a fresh SQLite file.</summary>
public sealed class BenchmarkSite : IDisposable
{
    public const int Topics = 5_000;

    private readonly string folder = Directory.CreateTempSubdirectory("mlsprep-bench-").FullName;

    public BenchmarkSite()
    {
        CorpusGenerator.Generate(ContentPath, Topics);
        var services = new ServiceCollection();
        services.AddDbContextFactory<MlsPrepDb>(options => options.UseSqlite($"Data Source={Path.Combine(folder, "bench.db")}"));
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddSingleton<ISearchEngine, Fts5SearchEngine>();
        services.AddSingleton<SearchIndexer>();
        services.AddScoped<CatalogSearch>();
        services.AddSingleton(TimeProvider.System);
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.Configure<ContentOptions>(options => { options.Path = ContentPath; options.Watch = false; });
        services.AddSingleton<ContentImporter>();
        services.AddSingleton<MlsPrep.Web.Progress.ProgressCatalog>();
        services.AddSingleton<MlsPrep.Web.Catalog.ExamCatalog>();
        services.AddSingleton<MlsPrep.Web.Catalog.TopicDirectory>();
        services.AddSingleton<MlsPrep.Web.Catalog.TopicPages>();
        services.AddSingleton<MlsPrep.Web.Questions.QuestionBank>();
        services.AddSingleton<MlsPrep.Web.Catalog.CatalogMemory>();
        services.AddSingleton<MlsPrep.Web.Cluster.ClusterLock>();
        services.AddSingleton<MlsPrep.Web.Exams.AccountChoices>();
        services.AddSingleton<MlsPrep.Web.Cluster.ClusterNotices>();
        services.AddMemoryCache();
        services.AddOutputCache();
        Services = services.BuildServiceProvider();
    }

    public ServiceProvider Services { get; }
    public string ContentPath => Path.Combine(folder, "content");

    public async Task ResetDatabaseAsync()
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<MlsPrepDb>>().CreateDbContextAsync();
        await db.Database.EnsureDeletedAsync();
        await db.Database.MigrateAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
    }

    public Task<ImportReport> ImportAsync() => Services.GetRequiredService<ContentImporter>().ImportAsync();

    public void Dispose()
    {
        Services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
