using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MlsPrep.Web.Database;

/// <summary>
/// SQLite takes one writer at a time. Without a busy timeout, a write that finds another one committing fails at
/// once, and Microsoft.Data.Sqlite sleeps 150 ms before trying again: under load, that sleep was the write p99.
/// With one, SQLite's own handler waits in steps of a few milliseconds and writes as soon as the other has committed.
/// </summary>
public sealed class SqliteBusyWait : DbConnectionInterceptor
{
    public const int Milliseconds = 5_000;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    // The setting belongs to SQLite's connection, which the driver's pool hands out again and again under new
    // SqliteConnection objects: set it once per native handle (a statement on every open was 2 % of a signed-in page).
    private static readonly ConditionalWeakTable<object, object> Waiting = [];

    internal static void Apply(DbConnection connection)
    {
        if (((SqliteConnection)connection).Handle is not { } handle || Waiting.TryGetValue(handle, out _)) return;
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA busy_timeout = {Milliseconds}";
        command.ExecuteNonQuery();
        Waiting.TryAdd(handle, handle);
    }
}
