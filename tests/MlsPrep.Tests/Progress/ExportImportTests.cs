using System.Net.Http.Headers;
using MlsPrep.Tests.Support;
using static MlsPrep.Tests.Progress.ProgressSite;

namespace MlsPrep.Tests.Progress;

public sealed class ExportImportTests : IDisposable
{
    private readonly ProgressSite site = new();

    private static async Task<int> TickCountAsync(HttpClient client)
    {
        var home = await client.GetDocumentAsync("/");
        var text = home.QuerySelector(".readiness-figure .muted")!.TextContent;
        return int.Parse(text.Split("(")[1].Split(" of ")[0], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Exactly what exports looked like before there were two exams: version 1, items and resources only.</summary>
    [Theory]
    [InlineData("json")]
    [InlineData("csv")]
    public async Task A_file_exported_before_the_second_exam_still_imports(string format)
    {
        var hash = MlsPrep.Web.Content.Slug.Hash("i can explain the first thing.")[..16];
        var file = format == "json"
            ? $$"""{"format":"mlsprep-progress","version":1,"items":[{"topic":"streams","item":"{{First}}","textHash":"{{hash}}","tickedAt":"2026-11-20T10:00:00+00:00"}],"resources":[]}"""
            : $"kind,topic,item_or_url,text_hash,at\nitem,streams,{First},{hash},2026-11-20T10:00:00.0000000+00:00\n";
        using var client = await site.App.RegisterAsync($"old-{format}@example.com");

        var message = await ProgressUpload.UploadAsync(client, $"progress.{format}", file);

        Assert.Equal("Imported: 1 entry added to your progress.", message);
        Assert.Equal(1, await TickCountAsync(client));
        Assert.Equal("Covered", (await client.GetDocumentAsync("/topics/streams")).QuerySelector($"#item-{First}")!.GetAttribute("data-state"));
    }

    [Theory]
    [InlineData("json")]
    [InlineData("csv")]
    public async Task An_export_imports_into_another_account_and_importing_twice_changes_nothing_more(string format)
    {
        using var ada = await site.App.RegisterAsync($"ada-{format}@example.com");
        await ada.SubmitAsync("/topics/streams", "form[action*='handler=Topic']");
        await ada.SubmitAsync("/topics/streams", ".resources form");
        var export = await ada.GetStringAsync($"/account?handler=Export&format={format}");
        using var bob = await site.App.RegisterAsync($"bob-{format}@example.com");

        var first = await ProgressUpload.UploadAsync(bob, $"progress.{format}", export);
        var second = await ProgressUpload.UploadAsync(bob, $"progress.{format}", export);

        Assert.Equal("Imported: 3 entries added to your progress.", first);
        Assert.Equal("Imported: everything in that file was already in your progress.", second);
        Assert.Equal(2, await TickCountAsync(bob));
    }

    [Theory]
    [InlineData("not json at all {", "kind,topic")]
    [InlineData("""{"format":"something-else","version":1,"items":[],"resources":[]}""", "not an MlsPrep progress file")]
    [InlineData("""{"format":"mlsprep-progress","version":1,"items":[{"topic":"streams","item":"Bad Id!","textHash":"0123456789abcdef","tickedAt":"2026-01-01T00:00:00Z"}],"resources":[]}""", "Item 1")]
    [InlineData("kind,topic,item_or_url,text_hash,at\nitem,streams,i-can-explain-the-first-thing,0123456789abcdef,not-a-date\n", "Line 2")]
    public async Task A_bad_file_gets_a_clear_error_and_changes_nothing(string content, string expected)
    {
        using var bob = await site.App.RegisterAsync($"bad-{Guid.NewGuid():N}@example.com");
        await bob.PostFormAsync((await bob.GetDocumentAsync("/topics/streams")).ItemForm(First));

        var message = await ProgressUpload.UploadAsync(bob, "progress.json", content);

        Assert.StartsWith("Nothing was imported.", message, StringComparison.Ordinal);
        Assert.Contains(expected, message, StringComparison.Ordinal);
        Assert.Equal(1, await TickCountAsync(bob));
    }

    public void Dispose() => site.Dispose();
}
