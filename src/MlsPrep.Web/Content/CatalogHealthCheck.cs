using MlsPrep.Web.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MlsPrep.Web.Content;

/// <summary>Ready when the database answers and holds an imported exam.</summary>
public sealed class CatalogHealthCheck(IDbContextFactory<MlsPrepDb> databases) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var topics = await db.Topics.CountAsync(cancellationToken);
        return topics > 0
            ? HealthCheckResult.Healthy($"{topics} topics in the catalog")
            : HealthCheckResult.Unhealthy("The catalog is empty: check the content folder and the import log.");
    }
}
