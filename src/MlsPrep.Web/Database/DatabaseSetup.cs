using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MlsPrep.Web.Cluster;

namespace MlsPrep.Web.Database;

public static class DatabaseSetup
{
    public static void AddDatabase(this WebApplicationBuilder builder)
    {
        // Pooled: a request reuses a context instead of building one (and its services) from scratch.
        var configuration = builder.Configuration;
        if (configuration.Provider() == DatabaseProvider.PostgreSQL)
        {
            builder.Services.AddPooledDbContextFactory<PostgresDb>(options => options.UseNpgsql(configuration.ConnectionString()));
            builder.Services.AddSingleton<IDbContextFactory<MlsPrepDb>, PostgresDbFactory>();
        }
        else
        {
            builder.Services.AddPooledDbContextFactory<MlsPrepDb>(options => options.UseSqlite(configuration.ConnectionString()).AddInterceptors(new SqliteBusyWait()));
            builder.Services.AddSingleton(_ => new PreparedReads(configuration.ConnectionString()));
        }
        // A request's context carries the held connections (SQLite only) for the pages' one state read each.
        builder.Services.AddScoped(services =>
        {
            var db = services.GetRequiredService<IDbContextFactory<MlsPrepDb>>().CreateDbContext();
            db.Reads = services.GetService<PreparedReads>();
            return db;
        });
    }

    /// <summary>
    /// Several instances may start at once on PostgreSQL: the first to take the start-up lock migrates and imports,
    /// the others wait for it, then find nothing left to do.
    /// </summary>
    public static Task<IAsyncDisposable> StartupLockAsync(this WebApplication app) =>
        app.Services.GetRequiredService<ClusterLock>().AcquireAsync(ClusterLock.Startup, app.Lifetime.ApplicationStopping);

    /// <summary>Creates the database on first run and applies pending migrations. On SQLite, WAL lets readers and one writer overlap.</summary>
    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<MlsPrepDb>>().CreateDbContextAsync();
        var sqlite = db.Database.IsSqlite();
        if (sqlite && Path.GetDirectoryName(Path.GetFullPath(new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource)) is { Length: > 0 } folder)
            Directory.CreateDirectory(folder);
        await db.Database.MigrateAsync();
        if (sqlite) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
    }

    private sealed class PostgresDbFactory(IDbContextFactory<PostgresDb> postgres) : IDbContextFactory<MlsPrepDb>
    {
        public MlsPrepDb CreateDbContext() => postgres.CreateDbContext();
    }
}
