using System.Threading.Channels;
using Microsoft.Extensions.Options;
using MlsPrep.Web.Cluster;

namespace MlsPrep.Web.Content;

/// <summary>
/// Re-imports content/ shortly after files change, so authors see edits without restarting. With several instances
/// on one PostgreSQL database, one of them watches (whichever holds the watch lock; another takes over within
/// seconds if it stops) and the others learn of its imports through the catalog notices.
/// </summary>
public sealed class ContentWatcher(ContentImporter importer, ClusterLock clusterLock, IOptions<ContentOptions> options, ILogger<ContentWatcher> logger) : BackgroundService
{
    // Editors save in bursts (temp file, rename, touch): wait for the burst to settle before importing.
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(300);
    private static readonly TimeSpan TakeOverEvery = TimeSpan.FromSeconds(2);

    /// <summary>Whether this instance is the one watching the folder.</summary>
    public bool IsWatching { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var root = options.Value.FullPath;
        if (!options.Value.Watch || !Directory.Exists(root)) return;
        await using var held = await TakeTurnAsync(stoppingToken);

        var changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
        using var watcher = new FileSystemWatcher(root) { IncludeSubdirectories = true, EnableRaisingEvents = true };
        void Signal(object sender, FileSystemEventArgs e) => changes.Writer.TryWrite(true);
        watcher.Changed += Signal;
        watcher.Created += Signal;
        watcher.Deleted += Signal;
        watcher.Renamed += Signal;
        logger.LogInformation("Watching {ContentPath} for changes", root);
        IsWatching = true;
        // Taking over from another instance: whatever changed while nobody watched is imported now.
        if (clusterLock.Applies) changes.Writer.TryWrite(true);

        while (await changes.Reader.WaitToReadAsync(stoppingToken))
        {
            await Task.Delay(Settle, stoppingToken);
            while (changes.Reader.TryRead(out _)) { }
            await ImportAsync(stoppingToken);
        }
    }

    /// <summary>Waits until no other instance watches (at once on SQLite).</summary>
    private async Task<IAsyncDisposable> TakeTurnAsync(CancellationToken stoppingToken)
    {
        while (true)
        {
            try
            {
                if (await clusterLock.TryAcquireAsync(ClusterLock.ContentWatch, stoppingToken) is { } turn) return turn;
            }
            catch (Npgsql.NpgsqlException error)
            {
                logger.LogWarning(error, "Could not ask the database who watches the content; trying again");
            }
            await Task.Delay(TakeOverEvery, stoppingToken);
        }
    }

    private async Task ImportAsync(CancellationToken stoppingToken)
    {
        try
        {
            await importer.ImportAsync(stoppingToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            logger.LogError(error, "Re-import after a content change failed; the catalog keeps its last good state");
        }
    }
}
