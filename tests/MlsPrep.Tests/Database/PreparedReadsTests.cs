using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MlsPrep.Tests.Support;
using MlsPrep.Web.Database;
using MlsPrep.Web.Progress;
using MlsPrep.Web.Review;

namespace MlsPrep.Tests.Database;

/// <summary>
/// The pages' state reads run on connections the app keeps open with the statement compiled. They must still see
/// every write committed before them, give each reader their own rows when many read at once, and inside a
/// transaction see what it has written so far.
/// </summary>
[Trait(TestDatabase.Trait, TestDatabase.SqliteOnly)]
public sealed class PreparedReadsTests : IDisposable
{
    private readonly ContentFolder content = new();

    public PreparedReadsTests() => content.Write("tst-c01/data/streams.md", ContentFolder.Note("Streams"));

    [Fact]
    public async Task A_kept_statement_sees_each_committed_write_and_gives_every_reader_their_own_rows_when_many_read_at_once()
    {
        using var app = new MlsPrepApp(content.Root);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var setup = Context(scope);
            setup.Users.AddRange(new IdentityUser { Id = "ana", UserName = "ana" }, new IdentityUser { Id = "ben", UserName = "ben" });
            await setup.SaveChangesAsync();
        }

        Assert.Empty(await TicksOfAsync(app, "ana"));
        await TickAsync(app, "ana", "first");
        Assert.Equal(["first"], await TicksOfAsync(app, "ana"));
        await TickAsync(app, "ana", "second");
        await TickAsync(app, "ben", "only");
        Assert.Equal(["first", "second"], await TicksOfAsync(app, "ana"));

        var readers = Enumerable.Range(0, 60).Select(i => i % 3 == 0 ? "ben" : "ana").ToList();
        var seen = await Task.WhenAll(readers.Select(reader => Task.Run(() => TicksOfAsync(app, reader))));
        Assert.Equal(readers.Select(reader => reader == "ben" ? "only" : "first second"), seen.Select(ticks => string.Join(' ', ticks)));
    }

    [Fact]
    public async Task Inside_a_transaction_the_read_sees_what_the_transaction_has_written()
    {
        using var app = new MlsPrepApp(content.Root);
        await using var scope = app.Services.CreateAsyncScope();
        var db = Context(scope);
        db.Users.Add(new IdentityUser { Id = "ana", UserName = "ana" });
        await db.SaveChangesAsync();

        await using var transaction = await db.Database.BeginTransactionAsync();
        db.ItemTicks.Add(new ItemTick { UserId = "ana", TopicKey = "streams", ItemKey = "uncommitted", TextHash = "h", TickedAt = DateTimeOffset.UnixEpoch });
        await db.SaveChangesAsync();

        Assert.Equal(["uncommitted"], (await StudyRecords.LoadAsync(db, "ana")).Ticks.Select(t => t.ItemKey));
        await transaction.RollbackAsync();
        Assert.Empty((await StudyRecords.LoadAsync(db, "ana")).Ticks);
    }

    /// <summary>A context as a request gets it: with the held connections.</summary>
    private static MlsPrepDb Context(AsyncServiceScope scope)
    {
        var db = scope.ServiceProvider.GetRequiredService<MlsPrepDb>();
        Assert.NotNull(db.Reads);
        return db;
    }

    private static async Task<IReadOnlyList<string>> TicksOfAsync(MlsPrepApp app, string userId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return (await StudyRecords.LoadAsync(Context(scope), userId)).Ticks.Select(t => t.ItemKey).Order(StringComparer.Ordinal).ToList();
    }

    private static async Task TickAsync(MlsPrepApp app, string userId, string item)
    {
        // Written through the context's own pooled connection, as the tick handlers write.
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<MlsPrepDb>>().CreateDbContextAsync();
        db.ItemTicks.Add(new ItemTick { UserId = userId, TopicKey = "streams", ItemKey = item, TextHash = "h", TickedAt = DateTimeOffset.UnixEpoch });
        await db.SaveChangesAsync();
    }

    public void Dispose() => content.Dispose();
}
