using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MlsPrep.Tests.Support;
using MlsPrep.Web.Database;

namespace MlsPrep.Tests.Database;

/// <summary>
/// Two writers at once on the embedded file: the second must wait inside SQLite for the first to commit, not fail
/// and sleep 150 ms in the driver. That needs a busy timeout on every connection the app opens, pooled or new.
/// </summary>
[Trait(TestDatabase.Trait, TestDatabase.SqliteOnly)]
public sealed class SqliteBusyWaitTests : IDisposable
{
    private readonly ContentFolder content = new();

    public SqliteBusyWaitTests() => content.Write("tst-c01/data/streams.md", ContentFolder.Note("Streams"));

    [Fact]
    public async Task Every_connection_the_app_opens_waits_for_another_writer_inside_sqlite()
    {
        using var app = new MlsPrepApp(content.Root);
        var databases = app.Services.GetRequiredService<IDbContextFactory<MlsPrepDb>>();

        var timeouts = new List<int>();
        for (var context = 0; context < 3; context++)
        {
            // Each context goes back to the pool, and its connection to Microsoft.Data.Sqlite's pool, before the next.
            await using var db = await databases.CreateDbContextAsync();
            timeouts.Add(await db.ScalarAsync<int>("PRAGMA busy_timeout", CancellationToken.None));
        }

        Assert.All(timeouts, timeout => Assert.Equal(SqliteBusyWait.Milliseconds, timeout));
    }

    public void Dispose() => content.Dispose();
}
