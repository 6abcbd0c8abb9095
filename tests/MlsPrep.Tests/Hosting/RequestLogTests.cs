using MlsPrep.Tests.Support;

namespace MlsPrep.Tests.Hosting;

/// <summary>
/// One log line per request, written the way the configuration says: the app's own logger, not the start-up one
/// (which knows no configuration and wrote every request whatever the level). The file is the process's own output.
/// </summary>
[Trait(TestDatabase.Trait, TestDatabase.SqliteOnly)]
public sealed class RequestLogTests : IDisposable
{
    private readonly ContentFolder content = new();
    private readonly string dataFolder = Directory.CreateTempSubdirectory("mlsprep-log-").FullName;
    private readonly List<AppProcess> processes = [];

    public RequestLogTests() => content.Write("tst-c01/data/streams.md", ContentFolder.Note("Streams"));

    private async Task<AppProcess> StartAsync(string? minimumLevel)
    {
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings__MlsPrep"] = $"Data Source={Path.Combine(dataFolder, $"{processes.Count}.db")}",
            ["Content__Path"] = content.Root,
            ["Content__Watch"] = "false",
        };
        if (minimumLevel is not null) settings["Serilog__MinimumLevel__Default"] = minimumLevel;
        var app = AppProcess.Start(settings);
        processes.Add(app);
        await app.WaitUntilReadyAsync();
        return app;
    }

    [Fact]
    public async Task Requests_are_logged_at_the_default_level_and_not_when_the_level_is_raised()
    {
        var quiet = await StartAsync("Warning");
        var chatty = await StartAsync(null);

        (await quiet.Client.GetAsync("/resources")).Dispose();
        (await chatty.Client.GetAsync("/resources")).Dispose();

        // Lines are written in the background: wait for the one that must come, then look for the one that must not.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!chatty.Logged("HTTP GET /resources responded 200") && DateTime.UtcNow < deadline) await Task.Delay(50);
        Assert.True(chatty.Logged("HTTP GET /resources responded 200"));
        Assert.False(quiet.Logged("HTTP GET /resources"));
    }

    public void Dispose()
    {
        foreach (var process in processes) process.Dispose();
        content.Dispose();
        Directory.Delete(dataFolder, recursive: true);
    }
}
