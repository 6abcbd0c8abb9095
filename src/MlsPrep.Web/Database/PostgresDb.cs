using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MlsPrep.Web.Database;

/// <summary>
/// The same model on PostgreSQL. A type of its own only so that EF keeps a separate set of migrations for it
/// (Database/Migrations/PostgreSQL); the app uses it as an MlsPrepDb everywhere.
/// </summary>
public sealed class PostgresDb(DbContextOptions<PostgresDb> options) : MlsPrepDb(options);

/// <summary>For `dotnet ef migrations add … --context PostgresDb`: the model needs no running server.</summary>
public sealed class PostgresDbDesignTimeFactory : IDesignTimeDbContextFactory<PostgresDb>
{
    public PostgresDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresDb>().UseNpgsql("Host=localhost;Database=mlsprep").Options);
}
