using System.Net;
using MlsPrep.Tests.Support;

namespace MlsPrep.Tests.Content;

public sealed class ContentWatcherTests : IDisposable
{
    private readonly ContentFolder content = new();

    [Fact]
    public async Task A_note_saved_while_the_app_runs_appears_without_a_restart()
    {
        content.Write("tst-c01/data/first.md", ContentFolder.Note("First"));
        using var app = new MlsPrepApp(content.Root, watchContent: true);
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/topics/second")).StatusCode);

        content.Write("tst-c01/data/second.md", ContentFolder.Note("Second"));

        // Poll with a generous deadline: this waits for the watcher, it does not time it.
        var deadline = DateTime.UtcNow.AddSeconds(15);
        HttpStatusCode status;
        do
        {
            await Task.Delay(100);
            using var response = await client.GetAsync("/topics/second");
            status = response.StatusCode;
        }
        while (status != HttpStatusCode.OK && DateTime.UtcNow < deadline);
        Assert.Equal(HttpStatusCode.OK, status);
    }

    public void Dispose() => content.Dispose();
}
