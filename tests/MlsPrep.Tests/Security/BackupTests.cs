using MlsPrep.Tests.Support;
using MlsPrep.Web.Database;
using static MlsPrep.Tests.Progress.ProgressSite;

namespace MlsPrep.Tests.Security;

/// <summary>`backup` and `restore` copy a SQLite file; on PostgreSQL, pg_dump does that job (docs/deploy.md).</summary>
[Trait(TestDatabase.Trait, TestDatabase.SqliteOnly)]
public sealed class BackupTests : IDisposable
{
    private readonly Progress.ProgressSite site = new();
    private readonly string backups = Directory.CreateTempSubdirectory("mlsprep-backup-").FullName;

    private string ConnectionString => $"Data Source={site.App.DatabasePath}";

    [Fact]
    public async Task A_backup_taken_while_the_app_runs_restores_every_tick()
    {
        using var client = await site.App.RegisterAsync("backup@example.com");
        await client.PostFormAsync((await client.GetDocumentAsync("/topics/streams")).ItemForm(First));
        var target = Path.Combine(backups, "mlsprep-backup.db");
        using var output = new StringWriter();

        // Writes keep coming while the copy is made.
        var writing = Task.Run(async () =>
        {
            for (var i = 0; i < 10; i++)
                await client.PostFormAsync((await client.GetDocumentAsync("/topics/queues")).ItemForm(i % 2 == 0 ? First : Second));
        });
        Assert.Equal(0, DatabaseBackup.Backup(ConnectionString, target, output));
        await writing;
        Assert.Contains("integrity ok", output.ToString());
        Assert.False(File.Exists(target + ".partial"));

        var restoredFolder = Directory.CreateTempSubdirectory("mlsprep-restored-").FullName;
        Assert.Equal(0, DatabaseBackup.Restore($"Data Source={Path.Combine(restoredFolder, "mlsprep.db")}", target, output));
        await using var restored = new MlsPrepApp(site.Content.Root, dataFolder: restoredFolder);
        using var again = restored.CreateBrowserLikeClient();
        await again.SubmitAsync("/account/login", "main form", new() { ["Input.Email"] = "backup@example.com", ["Input.Password"] = Forms.Password });

        var page = await again.GetDocumentAsync("/topics/streams");
        Assert.Equal("Covered", page.QuerySelector($"#item-{First}")!.GetAttribute("data-state"));
    }

    [Fact]
    public async Task Restoring_a_file_that_is_not_a_database_changes_nothing()
    {
        var bogus = Path.Combine(backups, "not-a-database.db");
        File.WriteAllText(bogus, "this is not SQLite");
        using var client = await site.App.RegisterAsync("kept@example.com");
        using var output = new StringWriter();

        Assert.Equal(1, DatabaseBackup.Restore(ConnectionString, bogus, output));

        Assert.Contains("nothing was restored", output.ToString());
        Assert.Empty(Directory.GetFiles(site.App.DataFolder, "*.before-restore-*"));
        using var again = site.App.CreateBrowserLikeClient();
        using var signIn = await again.SubmitAsync("/account/login", "main form", new() { ["Input.Email"] = "kept@example.com", ["Input.Password"] = Forms.Password });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, signIn.StatusCode);
    }

    public void Dispose()
    {
        site.Dispose();
        Directory.Delete(backups, recursive: true);
    }
}
