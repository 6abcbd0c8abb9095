using System.Net;
using Microsoft.EntityFrameworkCore;
using MlsPrep.Tests.Support;
using MlsPrep.Web.Database;
using Microsoft.Extensions.DependencyInjection;

namespace MlsPrep.Tests.Content;

/// <summary>Imports through the real app and database, checked through the pages a reader sees.</summary>
public sealed class ContentImporterTests : IDisposable
{
    private readonly ContentFolder content = new();
    private readonly MlsPrepApp app;

    public ContentImporterTests()
    {
        content.Write("tst-c01/data/streams.md", ContentFolder.Note("Streams", extraFrontMatter: "order: 1"));
        content.Write("tst-c01/data/queues.md", ContentFolder.Note("Queues", extraFrontMatter: "order: 2"));
        app = new MlsPrepApp(content.Root);
    }

    [Fact]
    public async Task More_notes_than_one_statement_writes_are_stored_whole_and_an_edit_replaces_only_its_note()
    {
        // 130 notes: more rows of every kind than one insert statement carries, so full and partial statements both run.
        for (var n = 0; n < 130; n++)
        {
            content.Write($"tst-c01/data/bulk-{n:000}.md", ContentFolder.Note($"Bulk {n}", extraFrontMatter: $$"""
                order: {{n + 3}}
                tags: [bulk, "tag {{n}}"]
                services:
                  - name: Amazon Service {{n}}
                    aliases: [Svc{{n}}, "<b>{{n}}</b>"]
                """));
        }
        await app.ReimportAsync();
        content.Write("tst-c01/data/bulk-129.md", ContentFolder.Note("Bulk edited", body: "## Checklist\n- [ ] I can do the one edited thing."));

        var edit = await app.ReimportAsync();

        Assert.Equal((1, 131), (edit.Imported, edit.Unchanged));
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MlsPrepDb>();
        var notes = await db.Topics.AsNoTracking().Include(t => t.Items).Include(t => t.Resources).Include(t => t.Sections).Include(t => t.Placements)
            .Where(t => t.Key.StartsWith("bulk-")).OrderBy(t => t.Key).ToListAsync();
        Assert.Equal(130, notes.Count);
        Assert.All(notes[..129], note =>
        {
            Assert.Equal(["I can explain the first thing.", "I can explain the second thing."], note.Items.OrderBy(i => i.Order).Select(i => i.Text));
            Assert.Equal("https://docs.aws.amazon.com/guide.html", Assert.Single(note.Resources).Url);
            Assert.Equal("Key facts", Assert.Single(note.Sections).Heading);
            Assert.Equal(["data"], note.Placements.Select(p => db.Domains.Single(d => d.Id == p.DomainId).Key));
        });
        var last = notes[128];
        Assert.Equal(["bulk", "tag 128"], last.Tags);
        var service = Assert.Single(last.Services);
        Assert.Equal("Amazon Service 128", service.Name);
        Assert.Equal(["Svc128", "<b>128</b>"], service.Aliases);
        Assert.Equal(["I can do the one edited thing."], notes[129].Items.Select(i => i.Text));
        using var client = app.CreateClient();
        Assert.Contains("Bulk 128", (await client.GetDocumentAsync("/topics/bulk-128")).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Unchanged_files_are_skipped_on_the_next_import()
    {
        using var client = app.CreateClient();

        var report = await app.ReimportAsync();

        Assert.Equal((0, 2), (report.Imported, report.Unchanged));
    }

    [Fact]
    public async Task A_touched_note_is_not_imported_again_but_an_edit_of_the_same_size_is()
    {
        using var client = app.CreateClient();
        var path = Path.Combine(content.Root, "tst-c01/data/streams.md");
        File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(path).AddHours(1));

        var touched = await app.ReimportAsync();
        File.WriteAllText(path, File.ReadAllText(path).Replace("Streams", "Rillets", StringComparison.Ordinal));
        var edited = await app.ReimportAsync();

        Assert.Equal((0, 2), (touched.Imported, touched.Unchanged));
        Assert.Equal((1, 1), (edited.Imported, edited.Unchanged));
        Assert.Equal("Rillets", (await client.GetDocumentAsync("/topics/streams")).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task A_note_with_the_size_and_time_it_was_imported_with_is_not_read_again()
    {
        using var client = app.CreateClient();
        var path = Path.Combine(content.Root, "tst-c01/data/streams.md");
        var (size, written) = (new FileInfo(path).Length, File.GetLastWriteTimeUtc(path));
        // Bytes that would not parse, written without changing the size or the time: only a file that is read can fail.
        File.WriteAllText(path, new string('x', (int)size));
        File.SetLastWriteTimeUtc(path, written);

        var report = await app.ReimportAsync();

        Assert.Equal((0, 2), (report.Imported, report.Unchanged));
        Assert.DoesNotContain(report.Problems, p => p.IsError);
    }

    [Fact]
    public async Task A_broken_edit_keeps_the_last_good_version_visible_and_names_file_and_line()
    {
        using var client = app.CreateClient();
        content.Write("tst-c01/data/streams.md", "---\ntitle: Streams v2\nsummary: [broken\nexams:\n  TST-C01: [data]\n---\n");

        var report = await app.ReimportAsync();

        var problem = Assert.Single(report.Problems, p => p.IsError);
        Assert.Equal("tst-c01/data/streams.md", problem.Path);
        Assert.Equal(3, problem.Line);
        var page = await client.GetDocumentAsync("/topics/streams");
        Assert.Equal("Streams", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task A_fixed_note_replaces_the_old_version_even_for_a_page_served_from_cache()
    {
        using var client = app.CreateClient();
        Assert.Equal(2, (await client.GetDocumentAsync("/topics/streams")).QuerySelectorAll(".checklist-item").Length);
        content.Write("tst-c01/data/streams.md", ContentFolder.Note("Streams", body: "## Checklist\n- [ ] I can do the new thing.\n"));

        await app.ReimportAsync();

        var page = await client.GetDocumentAsync("/topics/streams");
        Assert.Equal(["I can do the new thing."], page.QuerySelectorAll(".checklist-item .item-text").Select(li => li.TextContent.Trim()));
    }

    [Fact]
    public async Task Moving_a_note_to_another_folder_keeps_its_address()
    {
        using var client = app.CreateClient();
        content.Move("tst-c01/data/streams.md", "tst-c01/elsewhere/streams.md");

        var report = await app.ReimportAsync();

        Assert.Equal(0, report.Removed);
        using var response = await client.GetAsync("/topics/streams");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Deleting_a_note_removes_its_topic()
    {
        using var client = app.CreateClient();
        content.Delete("tst-c01/data/queues.md");

        var report = await app.ReimportAsync();

        Assert.Equal(1, report.Removed);
        using var response = await client.GetAsync("/topics/queues");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    public void Dispose()
    {
        app.Dispose();
        content.Dispose();
    }
}
