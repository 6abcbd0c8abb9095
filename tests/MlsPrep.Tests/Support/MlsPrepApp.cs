using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using MlsPrep.Web.Content;

namespace MlsPrep.Tests.Support;

/// <summary>
/// The real app over a real database, reading the content folder it is given (a test's own tree, or the
/// repository's content/ when none is given): a SQLite file in a temporary folder, or, when the run names a
/// PostgreSQL server (TestDatabase.Postgres), a database of its own on that server.
/// </summary>
public class MlsPrepApp : WebApplicationFactory<Program>
{
    private readonly string dataFolder;
    private readonly bool ownsDataFolder;
    private readonly bool watchContent;
    private readonly Dictionary<string, string> settings;

    /// <param name="dataFolder">Reuse another host's database (a restart); by default each host gets its own.</param>
    public MlsPrepApp(string? contentPath = null, bool watchContent = false, string? dataFolder = null, Dictionary<string, string>? settings = null)
    {
        ContentPath = contentPath ?? RepositoryContent;
        this.watchContent = watchContent;
        ownsDataFolder = dataFolder is null;
        this.dataFolder = dataFolder ?? Directory.CreateTempSubdirectory("mlsprep-data-").FullName;
        this.settings = settings ?? [];
    }

    public string DataFolder => dataFolder;

    public string ContentPath { get; }

    public string DatabasePath => Path.Combine(dataFolder, "mlsprep.db");

    /// <summary>The same folder (a restart) gives the same database on either engine.</summary>
    public string ConnectionString => TestDatabase.ConnectionStringFor(dataFolder, DatabasePath);

    public static string RepositoryContent => Path.Combine(RepositoryRoot, "content");

    public static string RepositoryRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "MlsPrep.sln"))) directory = directory.Parent;
            return directory?.FullName ?? throw new InvalidOperationException("MlsPrep.sln not found above the test folder.");
        }
    }

    public Task<ImportReport> ReimportAsync() => Services.GetRequiredService<ContentImporter>().ImportAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Test what users run: no developer exception page, HSTS on https, production error pages.
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Provider", TestDatabase.Provider.ToString());
        builder.UseSetting("ConnectionStrings:MlsPrep", ConnectionString);
        builder.UseSetting("Content:Path", ContentPath);
        builder.UseSetting("Content:Watch", watchContent ? "true" : "false");
        // Tests register many users from one address; the throttling test sets its own limit.
        builder.UseSetting("Security:SignInAttemptsPerMinute", "100000");
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing || !ownsDataFolder) return;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        TestDatabase.Drop(dataFolder);
        try { Directory.Delete(dataFolder, recursive: true); } catch (IOException) { }
    }
}

public static class MlsPrepAppUsers
{
    /// <summary>Moves a user's ticks (and their last reviews) days into the past, as if they had been given then.</summary>
    public static async Task AgeTicksAsync(this MlsPrepApp app, string email, int days)
    {
        var userId = await app.UserIdAsync(email);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MlsPrep.Web.Database.MlsPrepDb>();
        foreach (var tick in db.ItemTicks.Where(t => t.UserId == userId).ToList())
        {
            tick.TickedAt = tick.TickedAt.AddDays(-days);
            if (tick.ReviewedAt is { } reviewed) tick.ReviewedAt = reviewed.AddDays(-days);
        }
        await db.SaveChangesAsync();
    }

    public static async Task<string> UserIdAsync(this MlsPrepApp app, string email)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Microsoft.AspNetCore.Identity.IdentityUser>>();
        return (await users.FindByEmailAsync(email))!.Id;
    }
}
