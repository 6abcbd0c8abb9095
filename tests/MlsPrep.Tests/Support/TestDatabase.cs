using System.Security.Cryptography;
using System.Text;
using MlsPrep.Web.Database;
using Npgsql;

namespace MlsPrep.Tests.Support;

/// <summary>
/// Which engine the integration tests run on. By default SQLite files; with MLSPREP_TEST_POSTGRES set to a
/// server's admin connection string (scripts/test.sh starts a throw-away cluster and sets it), PostgreSQL,
/// one database per test host.
/// </summary>
public static class TestDatabase
{
    /// <summary>Tests of the embedded file itself carry this trait; the PostgreSQL run leaves them out.</summary>
    public const string Trait = "Database";
    public const string SqliteOnly = "SqliteOnly";
    /// <summary>Tests of several instances on one server carry this trait; the SQLite run leaves them out.</summary>
    public const string PostgresOnly = "PostgresOnly";

    public static string RequirePostgres() =>
        Postgres ?? throw new InvalidOperationException("This test needs a PostgreSQL server: set MLSPREP_TEST_POSTGRES (scripts/test.sh does).");

    public static string? Postgres { get; } = Environment.GetEnvironmentVariable("MLSPREP_TEST_POSTGRES") is { Length: > 0 } server ? server : null;

    public static DatabaseProvider Provider => Postgres is null ? DatabaseProvider.Sqlite : DatabaseProvider.PostgreSQL;

    public static bool IsPostgres => Postgres is not null;

    public static string ConnectionStringFor(string dataFolder, string sqliteFile) =>
        Postgres is { } server ? new NpgsqlConnectionStringBuilder(server) { Database = DatabaseNameFor(dataFolder) }.ConnectionString : $"Data Source={sqliteFile}";

    /// <summary>Drops the folder's database, with any connection still open to it.</summary>
    public static void Drop(string dataFolder)
    {
        if (Postgres is not { } server) return;
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(server);
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{DatabaseNameFor(dataFolder)}\" WITH (FORCE)", connection);
        drop.ExecuteNonQuery();
    }

    private static string DatabaseNameFor(string dataFolder) =>
        "mlsprep_test_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(dataFolder))))[..16];
}
