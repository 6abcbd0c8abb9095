namespace MlsPrep.Web.Cluster;

public static class ClusterSetup
{
    /// <summary>Several instances on one PostgreSQL database: one migrates and imports at a time, one watches, all hear of imports.</summary>
    public static void AddCluster(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ClusterLock>();
        builder.Services.AddSingleton<ClusterNotices>();
        builder.Services.AddHostedService(services => services.GetRequiredService<ClusterNotices>());
    }
}
