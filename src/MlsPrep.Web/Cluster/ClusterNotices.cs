using MlsPrep.Web.Catalog;
using MlsPrep.Web.Database;
using MlsPrep.Web.Exams;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace MlsPrep.Web.Cluster;

/// <summary>
/// Tells every instance on one PostgreSQL database what the others keep in memory and must forget: the catalog
/// after an import (cached pages and notes), a reader's chosen exam after they choose again. A catalog notice is
/// sent inside the import's transaction: PostgreSQL delivers it on commit, never for an import that rolled back.
/// On SQLite there is one process and nothing to tell.
/// </summary>
public sealed class ClusterNotices(IConfiguration configuration, CatalogMemory memory, AccountChoices choices, ILogger<ClusterNotices> logger) : BackgroundService
{
    private const string CatalogChannel = "mlsprep_catalog";
    private const string ReaderChannel = "mlsprep_reader";
    // An instance forgets its own memory as it commits; the notice is for the others.
    private readonly string instance = Guid.NewGuid().ToString("N");
    // Set by the notification handler, acted on by the listening loop (which may await).
    private volatile bool pending;

    /// <summary>Inside the import's transaction, just before it commits.</summary>
    public async Task AnnounceImportAsync(MlsPrepDb db, CancellationToken cancellation)
    {
        if (configuration.Provider() != DatabaseProvider.PostgreSQL) return;
        await using var notify = db.Command("SELECT pg_notify(@channel, @instance)", ("@channel", CatalogChannel), ("@instance", instance));
        await notify.ExecuteNonQueryAsync(cancellation);
    }

    /// <summary>The reader's chosen exam changed: other instances forget their copy.</summary>
    public async Task AnnounceChoiceAsync(MlsPrepDb db, string userId)
    {
        if (configuration.Provider() != DatabaseProvider.PostgreSQL) return;
        await db.Database.OpenConnectionAsync();
        await using var notify = db.Command("SELECT pg_notify(@channel, @user)", ("@channel", ReaderChannel), ("@user", userId));
        await notify.ExecuteNonQueryAsync();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (configuration.Provider() != DatabaseProvider.PostgreSQL) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken);
            }
            catch (Exception error) when (error is NpgsqlException or System.IO.IOException or TimeoutException)
            {
                logger.LogWarning(error, "Lost the catalog notices from other instances; listening again");
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
        }
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        var settings = new NpgsqlConnectionStringBuilder(configuration.ConnectionString()) { Pooling = false, KeepAlive = 30 };
        await using var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync(stoppingToken);
        connection.Notification += (_, notice) =>
        {
            if (notice.Channel == ReaderChannel) choices.Forget(notice.Payload);
            else if (notice.Payload != instance) pending = true;
        };
        await using (var listen = new NpgsqlCommand($"LISTEN {CatalogChannel}; LISTEN {ReaderChannel}", connection)) await listen.ExecuteNonQueryAsync(stoppingToken);
        // Anything changed while not listening (the first start, or a lost connection) was missed: forget it all.
        await memory.ForgetAsync(stoppingToken);
        choices.Clear();
        while (!stoppingToken.IsCancellationRequested)
        {
            await connection.WaitAsync(stoppingToken);
            if (!pending) continue;
            pending = false;
            await memory.ForgetAsync(stoppingToken);
            logger.LogInformation("Another instance imported content; cached catalog pages forgotten");
        }
    }
}
