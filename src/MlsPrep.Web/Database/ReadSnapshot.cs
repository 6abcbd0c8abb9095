using System.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace MlsPrep.Web.Database;

public static class ReadSnapshot
{
    /// <summary>
    /// A transaction in which several queries for one page all see the same catalog even while an import commits:
    /// the old one or the new one, never a mix. It takes no write lock: deferred on SQLite (read-only until it
    /// writes), a repeatable-read snapshot on PostgreSQL.
    /// </summary>
    public static async Task<IDbContextTransaction> BeginSnapshotAsync(this MlsPrepDb db, CancellationToken cancellation = default)
    {
        if (!db.Database.IsSqlite()) return await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellation);
        await db.Database.OpenConnectionAsync(cancellation);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        return (await db.Database.UseTransactionAsync(connection.BeginTransaction(deferred: true), cancellation))!;
    }
}
