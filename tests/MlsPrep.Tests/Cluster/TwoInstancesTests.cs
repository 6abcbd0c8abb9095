using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MlsPrep.Tests.Support;
using MlsPrep.Web.Content;
using MlsPrep.Web.Database;
using static MlsPrep.Tests.Progress.ProgressSite;

namespace MlsPrep.Tests.Cluster;

/// <summary>Two app instances on one PostgreSQL database, as a study group's server runs them.</summary>
[Trait(TestDatabase.Trait, TestDatabase.PostgresOnly)]
public sealed class TwoInstancesTests : IDisposable
{
    private readonly ContentFolder content = new();
    private readonly List<MlsPrepApp> apps = [];
    // Shared by both instances and owned by the test, so either may stop first.
    private readonly string dataFolder = Directory.CreateTempSubdirectory("mlsprep-cluster-").FullName;

    public TwoInstancesTests()
    {
        TestDatabase.RequirePostgres();
        content.Write("tst-c01/data/streams.md", ContentFolder.Note("Streams"));
        content.Write("tst-c01/data/queues.md", ContentFolder.Note("Queues"));
    }

    private (MlsPrepApp First, MlsPrepApp Second) StartTwo(bool watch = false)
    {
        var first = new MlsPrepApp(content.Root, watchContent: watch, dataFolder: dataFolder);
        var second = new MlsPrepApp(content.Root, watchContent: watch, dataFolder: dataFolder);
        apps.AddRange([first, second]);
        return (first, second);
    }

    /// <summary>A browser's cookie jar, used against either instance: both answer on the same address behind a balancer.</summary>
    private static HttpClient Client(MlsPrepApp app, CookieContainer cookies) =>
        app.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies));

    [Fact]
    public async Task A_reader_signed_in_on_one_instance_ticks_on_the_other_and_both_show_it()
    {
        var (first, second) = StartTwo();
        var cookies = new CookieContainer();
        using var one = Client(first, cookies);
        using var other = Client(second, cookies);
        await one.RegisterAsync("group@example.com");

        // The form (and its antiforgery token) comes from the first instance, the post goes to the second.
        var page = await one.GetDocumentAsync("/topics/streams");
        using var tick = await other.PostFormAsync(page.ItemForm(First), new() { ["covered"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, tick.StatusCode);
        foreach (var instance in new[] { one, other })
        {
            var topic = await instance.GetDocumentAsync("/topics/streams");
            Assert.Equal("Covered", topic.QuerySelector($"#item-{First}")!.GetAttribute("data-state"));
        }
    }

    [Fact]
    public async Task A_readers_chosen_exam_follows_them_to_the_other_instance()
    {
        content.Write("tst-a01/exam.yml", Exams.TwoExamSite.AssociateYaml);
        var (first, second) = StartTwo();
        var cookies = new CookieContainer();
        using var one = Client(first, cookies);
        using var other = Client(second, cookies);
        await one.RegisterAsync("chooser@example.com");
        static async Task<string?> CurrentExamAsync(HttpClient client) =>
            (await client.GetDocumentAsync("/")).QuerySelector(".exam-card.current")?.GetAttribute("data-exam");
        var before = await CurrentExamAsync(other);  // the second instance now remembers the reader's choice

        using var chosen = await one.SubmitAsync("/", ".exam-card:not(.current) form");

        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        var after = await CurrentExamAsync(one);
        Assert.NotEqual(before, after);
        Assert.True(await EventuallyAsync(async () => await CurrentExamAsync(other) == after), "The other instance kept the reader's old choice.");
    }

    [Fact]
    public async Task An_import_on_one_instance_refreshes_the_cached_pages_of_the_other()
    {
        var (first, second) = StartTwo();
        using var visitor = second.CreateClient();
        Assert.Contains("Streams", (await visitor.GetDocumentAsync("/topics/streams")).Title);  // now cached in the second

        content.Write("tst-c01/data/streams.md", ContentFolder.Note("Streams and shards"));
        await first.ReimportAsync();

        Assert.True(await EventuallyAsync(async () => (await visitor.GetDocumentAsync("/topics/streams")).Title!.Contains("Streams and shards", StringComparison.Ordinal)),
            "The second instance kept serving the note as it was before the first imported it.");
    }

    [Fact]
    public async Task Instances_started_together_migrate_and_import_once_and_both_serve()
    {
        var (first, second) = StartTwo();

        await Task.WhenAll(Task.Run(() => first.CreateClient().Dispose()), Task.Run(() => second.CreateClient().Dispose()));

        foreach (var app in new[] { first, second })
        {
            using var client = app.CreateClient();
            Assert.Equal(2, (await client.GetDocumentAsync("/domains/data")).QuerySelectorAll(".topic-card").Length);
        }
        using var scope = first.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MlsPrepDb>();
        // One import wrote the notes; the instance that waited found nothing changed and wrote nothing.
        Assert.Single(await db.Topics.Select(t => t.ImportedAt).Distinct().ToListAsync());
        Assert.Equal(2, await db.Topics.CountAsync());
    }

    [Fact]
    public async Task One_instance_watches_the_content_and_another_takes_over_when_it_stops()
    {
        var (first, second) = StartTwo(watch: true);
        first.CreateClient().Dispose();
        second.CreateClient().Dispose();
        static ContentWatcher Watcher(MlsPrepApp app) => app.Services.GetRequiredService<ContentWatcher>();

        Assert.True(await EventuallyAsync(() => Task.FromResult(Watcher(first).IsWatching || Watcher(second).IsWatching)), "Nobody watches the content.");
        await Task.Delay(TimeSpan.FromSeconds(3));  // longer than a take-over attempt: the other must still be waiting
        Assert.True(Watcher(first).IsWatching ^ Watcher(second).IsWatching, "Both instances watch the content.");

        var (watching, waiting) = Watcher(first).IsWatching ? (first, second) : (second, first);
        using var reader = waiting.CreateClient();
        content.Write("tst-c01/data/queues.md", ContentFolder.Note("Queues and topics"));
        Assert.True(await EventuallyAsync(async () => (await reader.GetDocumentAsync("/topics/queues")).Title!.Contains("Queues and topics", StringComparison.Ordinal)),
            "The change was not imported, or the instance that does not watch never heard of it.");

        apps.Remove(watching);
        watching.Dispose();
        Assert.True(await EventuallyAsync(() => Task.FromResult(Watcher(waiting).IsWatching)), "Nobody took over watching the content.");
        content.Write("tst-c01/data/queues.md", ContentFolder.Note("Queues, topics and retries"));
        Assert.True(await EventuallyAsync(async () => (await reader.GetDocumentAsync("/topics/queues")).Title!.Contains("retries", StringComparison.Ordinal)));
    }

    private static async Task<bool> EventuallyAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            if (await condition()) return true;
            await Task.Delay(100);
        }
        return false;
    }

    public void Dispose()
    {
        foreach (var app in apps) app.Dispose();
        TestDatabase.Drop(dataFolder);
        Directory.Delete(dataFolder, recursive: true);
        content.Dispose();
    }
}
