using System.Net;
using MlsPrep.Tests.Progress;
using MlsPrep.Tests.Questions;
using MlsPrep.Tests.Support;

namespace MlsPrep.Tests.Review;

/// <summary>The cheat sheet and personal notes through HTTP on a real database: what they hold, who sees them, and that they stay inert.</summary>
public sealed class CheatSheetAndNotesTests : IDisposable
{
    private readonly QuestionSite site = new();

    public void Dispose() => site.Dispose();

    private static async Task SaveNoteAsync(HttpClient client, string topic, string text)
    {
        using var response = await client.SubmitAsync($"/topics/{topic}", "form[data-personal-note-form]", new() { ["note"] = text });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task The_cheat_sheet_lists_what_is_not_yet_what_was_hard_and_the_questions_missed_with_their_answers()
    {
        using var client = await site.App.RegisterAsync("sheet@example.com");
        await client.TickAsync("streams", ProgressItems.First);
        await client.TickAsync("streams", ProgressItems.Second);
        await client.TickAsync("tuning", ProgressItems.First);
        await client.TickAsync("tuning", ProgressItems.Second);
        await site.App.AgeTicksAsync("sheet@example.com", 3);
        var review = await client.GetDocumentAsync("/review");
        using (await client.PostFormAsync((AngleSharp.Html.Dom.IHtmlFormElement)review.QuerySelector("[data-review-item] form")!, new() { ["grade"] = "2" }, "/review")) { }
        var question = await client.GetDocumentAsync("/questions/tuning-one");
        using (await client.AnswerAsync(question, "/questions/tuning-one", ["A"])) { }

        var sheet = await client.GetDocumentAsync("/review/cheat-sheet?exam=tst-c01");

        var lines = sheet.QuerySelectorAll(".cheat-note li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Contains(lines, l => l.EndsWith("(hard last time)", StringComparison.Ordinal));
        // The wrong answer put tuning's first item back to "not yet", and the sheet gives the right answer.
        Assert.Contains(lines, l => l.StartsWith("I can explain the first thing.", StringComparison.Ordinal) && l.EndsWith("(not yet)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Missed:", StringComparison.Ordinal) && l.EndsWith("Option bravo", StringComparison.Ordinal));
        Assert.Equal(3, lines.Count);
    }

    [Fact]
    public async Task A_personal_note_is_shown_to_its_owner_only_rendered_inert_and_never_from_the_page_cache()
    {
        using var owner = await site.App.RegisterAsync("owner-note@example.com");
        using var other = await site.App.RegisterAsync("other-note@example.com");
        using var visitor = site.App.CreateBrowserLikeClient();
        await visitor.GetStringAsync("/topics/streams"); // a cached anonymous copy exists first

        await SaveNoteAsync(owner, "streams", "Remember **shard limits**. <script>alert(1)</script> [x](javascript:alert(2))");

        var mine = (await owner.GetDocumentAsync("/topics/streams")).QuerySelector("[data-personal-note]")!;
        Assert.Equal("shard limits", mine.QuerySelector("strong")!.TextContent);
        Assert.Null(mine.QuerySelector("script"));
        Assert.DoesNotContain("javascript:", mine.InnerHtml);
        Assert.DoesNotContain("shard limits", await other.GetStringAsync("/topics/streams"));
        Assert.DoesNotContain("shard limits", await visitor.GetStringAsync("/topics/streams"));
        Assert.Null((await other.GetDocumentAsync("/search?q=shard")).QuerySelector(".your-note-hits"));
        Assert.Contains("Streams", (await owner.GetDocumentAsync("/search?q=shard")).QuerySelector(".your-note-hits")!.TextContent);
    }

    [Fact]
    public async Task Saving_a_note_needs_the_form_token_and_an_empty_note_is_removed()
    {
        using var owner = await site.App.RegisterAsync("empty-note@example.com");
        await SaveNoteAsync(owner, "streams", "something");

        using var forged = await owner.PostAsync("/topics/streams?handler=Note", new FormUrlEncodedContent([new("note", "forged")]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        await SaveNoteAsync(owner, "streams", "   ");

        Assert.Null((await owner.GetDocumentAsync("/topics/streams")).QuerySelector("[data-personal-note]"));
    }
}
