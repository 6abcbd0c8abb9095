using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace MlsPrep.Web.Database;

/// <summary>
/// The signed-in pages' one read each, on SQLite, run on connections that stay open with the statement kept
/// compiled. Through the context, every signed-in topic page took a connection from the driver's pool (behind one
/// lock for all threads), opened it, compiled the statement and gave it back: together a quarter of the request in
/// the profile. A held connection is used by one request at a time and each read is its own read transaction, so
/// it sees every write committed before it began, as the context's connection would.
/// </summary>
public sealed class PreparedReads(string connectionString) : IDisposable
{
    /// <summary>Enough for every thread that can be reading at once on a small server; a burst beyond opens more and closes them after.</summary>
    private static readonly int KeptOpen = Math.Max(4, Environment.ProcessorCount * 2);

    private readonly ConcurrentBag<HeldConnection> idle = [];
    private volatile bool disposed;

    public async Task ReadAsync(string sql, IReadOnlyList<(string Name, object Value)> parameters, Func<DbDataReader, Task> read)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        var held = idle.TryTake(out var kept) ? kept : HeldConnection.Open(connectionString);
        try
        {
            await using var reader = await held.Prepared(sql, parameters).ExecuteReaderAsync();
            await read(reader);
        }
        catch
        {
            // Whatever went wrong, the connection is not trusted again.
            held.Dispose();
            throw;
        }
        if (idle.Count >= KeptOpen) held.Dispose();
        else idle.Add(held);
        if (disposed) Close();
    }

    public void Dispose()
    {
        disposed = true;
        Close();
    }

    private void Close()
    {
        while (idle.TryTake(out var held)) held.Dispose();
    }

    private sealed class HeldConnection(SqliteConnection connection) : IDisposable
    {
        private readonly Dictionary<string, SqliteCommand> statements = new(StringComparer.Ordinal);

        public static HeldConnection Open(string connectionString)
        {
            // Outside the driver's pool: this connection is ours until disposed, and disposing it closes it.
            var connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
            connection.Open();
            SqliteBusyWait.Apply(connection);
            return new(connection);
        }

        public SqliteCommand Prepared(string sql, IReadOnlyList<(string Name, object Value)> parameters)
        {
            if (!statements.TryGetValue(sql, out var command))
            {
                command = connection.CreateCommand();
                command.CommandText = sql;
                foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
                command.Prepare();
                statements.Add(sql, command);
            }
            foreach (var (name, value) in parameters) command.Parameters[name].Value = value;
            return command;
        }

        public void Dispose()
        {
            foreach (var command in statements.Values) command.Dispose();
            connection.Dispose();
        }
    }
}
