namespace MlsPrep.Web.Database;

/// <summary>`Database:Provider`: embedded SQLite for one person (the default), PostgreSQL for a group's server.</summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSQL,
}

public static class DatabaseSettings
{
    public const string DefaultSqlite = "Data Source=mlsprep.db";

    public static DatabaseProvider Provider(this IConfiguration configuration) =>
        configuration["Database:Provider"] is { Length: > 0 } name
            ? Enum.TryParse<DatabaseProvider>(name, ignoreCase: true, out var provider) ? provider
                : throw new InvalidOperationException($"Database:Provider is '{name}'; use Sqlite or PostgreSQL.")
            : DatabaseProvider.Sqlite;

    public static string ConnectionString(this IConfiguration configuration) =>
        configuration.GetConnectionString("MlsPrep") is { Length: > 0 } connection ? connection
            : configuration.Provider() == DatabaseProvider.Sqlite ? DefaultSqlite
            : throw new InvalidOperationException("Database:Provider is PostgreSQL but ConnectionStrings:MlsPrep is not set.");
}
