using System.Diagnostics;
using System.Net;
using Microsoft.Data.Sqlite;
using MlsPrep.Tests.Support;

namespace MlsPrep.Tests.Security;

/// <summary>
/// The real app as its own process, killed with SIGKILL at the worst moments, then started again. The embedded file
/// is what this tests; on PostgreSQL the server keeps the data, not the app.
/// </summary>
[Trait(TestDatabase.Trait, TestDatabase.SqliteOnly)]
public sealed class CrashTests : IDisposable
{
    private readonly ContentFolder content = new();
    private readonly string dataFolder = Directory.CreateTempSubdirectory("mlsprep-crash-").FullName;
    private readonly List<AppProcess> processes = [];

    private string DatabasePath => Path.Combine(dataFolder, "mlsprep.db");

    private bool Logged(string text) => processes.Any(p => p.Logged(text));

    private (Process Process, HttpClient Client) Start()
    {
        var app = AppProcess.Start(new Dictionary<string, string>
        {
            ["ConnectionStrings__MlsPrep"] = $"Data Source={DatabasePath}",
            ["Content__Path"] = content.Root,
            ["Content__Watch"] = "false",
        });
        processes.Add(app);
        return (app.Process, app.Client);
    }

    private Task WaitUntilReadyAsync(HttpClient client) => processes.Single(p => p.Client == client).WaitUntilReadyAsync();

    private string IntegrityCheck()
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)command.ExecuteScalar()!;
    }

    [Fact]
    public async Task Killed_during_a_stream_of_ticks_every_acknowledged_tick_survives()
    {
        for (var i = 0; i < 40; i++) content.Write($"tst-c01/data/topic-{i:D2}.md", ContentFolder.Note($"Topic {i}"));
        var (first, client) = Start();
        await WaitUntilReadyAsync(client);
        await client.RegisterAsync("crash@example.com");

        var acknowledged = new List<string>();
        var ticking = Task.Run(async () =>
        {
            for (var i = 0; i < 40; i++)
            {
                var page = await client.GetDocumentAsync($"/topics/topic-{i:D2}");
                using var response = await client.PostFormAsync(page.ItemForm(Progress.ProgressSite.First));
                if (response.StatusCode == HttpStatusCode.Redirect) lock (acknowledged) acknowledged.Add($"topic-{i:D2}");
            }
        });
        while (true)
        {
            lock (acknowledged) if (acknowledged.Count >= 10) break;
            await Task.Delay(5);
        }
        first.Kill(entireProcessTree: true);
        await first.WaitForExitAsync();
        try { await ticking; } catch (HttpRequestException) { }   // the requests in flight die with the process

        Assert.Equal("ok", IntegrityCheck());
        var (_, again) = Start();
        await WaitUntilReadyAsync(again);
        await again.SubmitAsync("/account/login", "main form", new() { ["Input.Email"] = "crash@example.com", ["Input.Password"] = Forms.Password });
        foreach (var topic in acknowledged)
        {
            var page = await again.GetDocumentAsync($"/topics/{topic}");
            Assert.Equal("Covered", page.QuerySelector($"#item-{Progress.ProgressSite.First}")!.GetAttribute("data-state"));
        }
    }

    [Fact]
    public async Task Killed_during_an_import_the_next_start_finds_a_sound_database_and_a_complete_catalog()
    {
        for (var i = 0; i < 1500; i++) content.Write($"tst-c01/data/topic-{i:D4}.md", ContentFolder.Note($"Topic {i}"));
        var (first, _) = Start();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!Logged("Importing content") && DateTime.UtcNow < deadline) await Task.Delay(10);
        await Task.Delay(50);     // well inside an import of 1,500 notes, which takes seconds
        first.Kill(entireProcessTree: true);
        await first.WaitForExitAsync();
        Assert.True(Logged("Importing content") && !Logged("Imported content"), "The kill should land while the import runs.");

        Assert.Equal("ok", IntegrityCheck());
        var (_, client) = Start();
        await WaitUntilReadyAsync(client);
        var domain = await client.GetDocumentAsync("/domains/data");
        Assert.Equal(1500, domain.QuerySelectorAll(".topic-card").Length);
        Assert.Equal("ok", IntegrityCheck());
    }

    public void Dispose()
    {
        foreach (var process in processes) process.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(dataFolder, recursive: true);
        content.Dispose();
    }
}
