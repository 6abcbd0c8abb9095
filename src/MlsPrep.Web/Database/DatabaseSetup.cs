using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MlsPrep.Web.Database;

public static class DatabaseSetup
{
    public static void AddDatabase(this WebApplicationBuilder builder)
    {
        // Read when first needed, so a test host's configuration applies too. Pooled: a request reuses a context
        // instead of building one (and its services) from scratch.
        builder.Services.AddPooledDbContextFactory<MlsPrepDb>((services, options) => options.UseSqlite(
            services.GetRequiredService<IConfiguration>().GetConnectionString("MlsPrep") ?? "Data Source=mlsprep.db"));
        builder.Services.AddScoped(services => services.GetRequiredService<IDbContextFactory<MlsPrepDb>>().CreateDbContext());
    }

    /// <summary>Creates the database on first run and applies pending migrations; WAL lets readers and one writer overlap.</summary>
    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<MlsPrepDb>>().CreateDbContextAsync();
        var file = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        await db.Database.MigrateAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
    }
}
