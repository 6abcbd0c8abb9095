using MlsPrep.Web.Database;
using Npgsql;

namespace MlsPrep.Web.Cluster;

/// <summary>
/// PostgreSQL advisory locks shared by every app instance on one database: start-up (migrate, then import) and
/// every import run in one instance at a time, and one instance at a time watches the content folder. On SQLite
/// there is one process, so the locks are not needed and never taken.
/// </summary>
public sealed class ClusterLock(IConfiguration configuration)
{
    public const long Startup = 0x4d6c7350_00000001;
    public const long ContentWatch = 0x4d6c7350_00000002;
    public const long ContentImport = 0x4d6c7350_00000003;

    // Checked once: the first lock (start-up) creates the database; later ones (imports, the watch) need not ask again.
    private volatile bool databaseExists;

    public bool Applies => configuration.Provider() == DatabaseProvider.PostgreSQL;

    /// <summary>Waits for the lock; disposing the result releases it.</summary>
    public async Task<IAsyncDisposable> AcquireAsync(long key, CancellationToken cancellation) =>
        Applies ? await TakeAsync(key, "SELECT pg_advisory_lock(@key)", cancellation) ?? throw new InvalidOperationException("pg_advisory_lock returned without the lock.")
            : NotHeld.Instance;

    /// <summary>The lock if no other instance holds it, otherwise null.</summary>
    public async Task<IAsyncDisposable?> TryAcquireAsync(long key, CancellationToken cancellation) =>
        Applies ? await TakeAsync(key, "SELECT pg_try_advisory_lock(@key)", cancellation) : NotHeld.Instance;

    private async Task<Held?> TakeAsync(long key, string sql, CancellationToken cancellation)
    {
        // A connection of its own: the lock lives as long as this session, whatever else the instance does.
        var settings = new NpgsqlConnectionStringBuilder(configuration.ConnectionString()) { Pooling = false };
        if (!databaseExists) await EnsureDatabaseAsync(settings, cancellation);
        databaseExists = true;
        var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand(sql, connection) { Parameters = { new("key", key) } };
        if (await command.ExecuteScalarAsync(cancellation) is false)
        {
            await connection.DisposeAsync();
            return null;
        }
        return new Held(connection);
    }

    /// <summary>The lock lives in the app's database, so the first start creates it (as migrating would); a race to create it is fine.</summary>
    private static async Task EnsureDatabaseAsync(NpgsqlConnectionStringBuilder settings, CancellationToken cancellation)
    {
        var maintenance = new NpgsqlConnectionStringBuilder(settings.ConnectionString) { Database = "postgres" };
        await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
        await connection.OpenAsync(cancellation);
        await using var exists = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = @name)", connection) { Parameters = { new("name", settings.Database) } };
        if (await exists.ExecuteScalarAsync(cancellation) is true) return;
        try
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{settings.Database!.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
            await create.ExecuteNonQueryAsync(cancellation);
        }
        catch (PostgresException error) when (error.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
        {
            // Another instance created it first.
        }
    }

    private sealed class Held(NpgsqlConnection connection) : IAsyncDisposable
    {
        // Closing an unpooled session releases every advisory lock it holds.
        public ValueTask DisposeAsync() => connection.DisposeAsync();
    }

    private sealed class NotHeld : IAsyncDisposable
    {
        public static readonly NotHeld Instance = new();
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
