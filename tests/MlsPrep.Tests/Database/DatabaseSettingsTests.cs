using Microsoft.Extensions.Configuration;
using MlsPrep.Web.Database;

namespace MlsPrep.Tests.Database;

public class DatabaseSettingsTests
{
    private static IConfiguration Settings(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.ToDictionary(v => v.Key, v => (string?)v.Value)).Build();

    [Fact]
    public void Nothing_set_means_the_embedded_sqlite_file()
    {
        var settings = Settings();

        Assert.Equal(DatabaseProvider.Sqlite, settings.Provider());
        Assert.Equal(DatabaseSettings.DefaultSqlite, settings.ConnectionString());
    }

    [Theory]
    [InlineData("PostgreSQL")]
    [InlineData("postgresql")]
    public void The_provider_is_read_whatever_its_case(string name)
    {
        var settings = Settings(("Database:Provider", name), ("ConnectionStrings:MlsPrep", "Host=db;Database=mlsprep"));

        Assert.Equal(DatabaseProvider.PostgreSQL, settings.Provider());
        Assert.Equal("Host=db;Database=mlsprep", settings.ConnectionString());
    }

    [Fact]
    public void An_unknown_provider_is_refused_with_the_names_that_work()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Settings(("Database:Provider", "Oracle")).Provider());

        Assert.Contains("'Oracle'", error.Message);
        Assert.Contains("Sqlite or PostgreSQL", error.Message);
    }

    [Fact]
    public void PostgreSQL_without_a_connection_string_is_refused_rather_than_guessed()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Settings(("Database:Provider", "PostgreSQL")).ConnectionString());

        Assert.Contains("ConnectionStrings:MlsPrep", error.Message);
    }
}
