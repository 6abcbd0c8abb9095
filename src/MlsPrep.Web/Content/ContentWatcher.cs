using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace MlsPrep.Web.Content;

/// <summary>Re-imports content/ shortly after files change, so authors see edits without restarting.</summary>
public sealed class ContentWatcher(ContentImporter importer, IOptions<ContentOptions> options, ILogger<ContentWatcher> logger) : BackgroundService
{
    // Editors save in bursts (temp file, rename, touch): wait for the burst to settle before importing.
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(300);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var root = options.Value.FullPath;
        if (!options.Value.Watch || !Directory.Exists(root)) return;

        var changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
        using var watcher = new FileSystemWatcher(root) { IncludeSubdirectories = true, EnableRaisingEvents = true };
        void Signal(object sender, FileSystemEventArgs e) => changes.Writer.TryWrite(true);
        watcher.Changed += Signal;
        watcher.Created += Signal;
        watcher.Deleted += Signal;
        watcher.Renamed += Signal;
        logger.LogInformation("Watching {ContentPath} for changes", root);

        while (await changes.Reader.WaitToReadAsync(stoppingToken))
        {
            await Task.Delay(Settle, stoppingToken);
            while (changes.Reader.TryRead(out _)) { }
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
}
