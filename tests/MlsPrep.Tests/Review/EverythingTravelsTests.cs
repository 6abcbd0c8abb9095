using System.Globalization;
using System.Net;
using MlsPrep.Tests.Progress;
using MlsPrep.Tests.Questions;
using MlsPrep.Tests.Support;

namespace MlsPrep.Tests.Review;

/// <summary>Exam dates, the review log, personal notes and answers travel in both export formats, and come back once.</summary>
public sealed class EverythingTravelsTests : IDisposable
{
    private readonly QuestionSite site = new();

    public void Dispose() => site.Dispose();

    [Theory]
    [InlineData("json")]
    [InlineData("csv")]
    public async Task An_export_carries_dates_reviews_notes_and_answers_into_another_account(string format)
    {
        using var ada = await site.App.RegisterAsync($"ada-all-{format}@example.com");
        var tick = await ada.GetDocumentAsync("/topics/streams");
        (await ada.PostFormAsync(tick.ItemForm(ProgressItems.First), new() { ["covered"] = "true" })).Dispose();
        (await ada.SubmitAsync("/topics/streams", "form[data-personal-note-form]", new() { ["note"] = "Line one, with a comma\nLine \"two\" \\ end" })).Dispose();
        // The reader's day, not the calendar's: a study day runs until 04:00, so just after midnight it is still yesterday.
        var today = MlsPrep.Web.Review.ReaderDay.Today(DateTimeOffset.UtcNow, TimeZoneInfo.Utc);
        var day = today.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        (await ada.SubmitAsync("/exams/tst-c01/plan", "form[data-exam-date]", new() { ["day"] = day })).Dispose();
        var multi = await ada.GetDocumentAsync("/questions/tuning-multi");
        (await ada.AnswerAsync(multi, "/questions/tuning-multi", ["A", "C"])).Dispose();
        var one = await ada.GetDocumentAsync("/questions/streams-one");
        (await ada.AnswerAsync(one, "/questions/streams-one", ["B"])).Dispose(); // right: a "Good" review in the log
        var export = await ada.GetStringAsync($"/account?handler=Export&format={format}");

        using var bob = await site.App.RegisterAsync($"bob-all-{format}@example.com");
        var first = await ProgressUpload.UploadAsync(bob, $"progress.{format}", export);
        var second = await ProgressUpload.UploadAsync(bob, $"progress.{format}", export);

        // A tick, an exam date, a note, a review and two answers.
        Assert.Equal("Imported: 6 entries added to your progress.", first);
        Assert.Equal("Imported: everything in that file was already in your progress.", second);
        var note = (await bob.GetDocumentAsync("/topics/streams")).QuerySelector("textarea[name=note]")!.TextContent;
        Assert.Equal("Line one, with a comma\nLine \"two\" \\ end", note.Trim());
        Assert.Equal("30 days", (await bob.GetDocumentAsync("/exams/tst-c01/plan")).QuerySelector("[data-days-left]")!.TextContent);
        Assert.Contains("1 of 1 right", (await bob.GetDocumentAsync("/")).QuerySelector("[data-question-score=models]")!.TextContent);
    }

    [Fact]
    public async Task A_version_two_file_still_imports()
    {
        using var client = await site.App.RegisterAsync("v2@example.com");
        var file = """{"format":"mlsprep-progress","version":2,"items":[],"resources":[],"exam":{"code":"TST-C01","chosenAt":"2026-11-20T10:00:00+00:00"}}""";

        var message = await ProgressUpload.UploadAsync(client, "progress.json", file);

        Assert.StartsWith("Imported", message);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }
}
