using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MlsPrep.Tests.Support;
using static MlsPrep.Tests.Exams.TwoExamSite;

namespace MlsPrep.Tests.Exams;

/// <summary>Both exams through HTTP on a real database: home, exam and task pages, a shared tick, the remembered choice.</summary>
public sealed class TwoExamTests : IDisposable
{
    private readonly TwoExamSite site = new();

    private static async Task<(string Specialty, string Associate)> ReadinessAsync(HttpClient client)
    {
        var home = await client.GetDocumentAsync("/");
        return (home.QuerySelector("[data-readiness=tst-c01] strong")!.TextContent, home.QuerySelector("[data-readiness=tst-a01] strong")!.TextContent);
    }

    [Fact]
    public async Task Home_shows_both_exams_with_status_and_facts_the_active_one_chosen_first()
    {
        using var client = site.App.CreateBrowserLikeClient();

        var home = await client.GetDocumentAsync("/");

        var cards = home.QuerySelectorAll(".exam-card");
        Assert.Equal(["tst-a01", "tst-c01"], cards.Select(c => c.GetAttribute("data-exam")));
        Assert.Contains("Active", cards[0].TextContent);
        Assert.Contains("130 minutes", cards[0].TextContent);
        Assert.Contains("720 on a scale of 100–1000", cards[0].TextContent);
        Assert.Contains("Retired", cards[1].TextContent);
        Assert.Equal("tst-a01", home.QuerySelector(".exam-card.current")!.GetAttribute("data-exam"));
        Assert.Contains("Pipelines", home.QuerySelector(".domain-list")!.TextContent);
        Assert.DoesNotContain("Tuning", home.QuerySelector(".domain-list")!.TextContent);
    }

    [Fact]
    public async Task A_tick_on_a_shared_note_counts_in_both_exams_and_a_tick_on_an_exams_own_note_only_there()
    {
        using var client = await site.App.RegisterAsync("shared@example.com");
        Assert.Equal(("0 %", "0 %"), await ReadinessAsync(client));

        await client.TickAsync("streams", First);
        // TST-C01: Data Work (40 %) half covered = 20 %. TST-A01: Prepare (50 %) half covered = 25 %.
        Assert.Equal(("20 %", "25 %"), await ReadinessAsync(client));

        await client.TickAsync("tuning", First);
        // Model Work (60 %) half covered adds 30 % to TST-C01 only.
        Assert.Equal(("50 %", "25 %"), await ReadinessAsync(client));
    }

    [Fact]
    public async Task The_exam_page_lists_each_task_statement_with_its_notes_and_the_readers_coverage()
    {
        using var client = await site.App.RegisterAsync("tasks@example.com");
        await client.TickAsync("streams", First);

        var page = await client.GetDocumentAsync("/exams/tst-a01");

        Assert.Equal(["Domain 1: Prepare", "Domain 2: Operate"], page.QuerySelectorAll(".exam-domain h2 a").Select(a => a.TextContent));
        Assert.Equal(["50 %", "50 %"], page.QuerySelectorAll(".exam-domain .weight").Select(w => w.TextContent));
        var ingest = page.QuerySelector("#task-1\\.1")!;
        Assert.Contains("1.1 Ingest and store data", ingest.QuerySelector("h3")!.TextContent);
        Assert.Equal("— 1 of 2 items", ingest.QuerySelector("[data-task-coverage]")!.TextContent.Trim());
        Assert.Equal(["Streams"], ingest.QuerySelectorAll(".topic-names a").Select(a => a.TextContent));
        Assert.Equal("— 0 of 2 items", page.QuerySelector("#task-2\\.1 [data-task-coverage]")!.TextContent.Trim());
        Assert.Equal("/topics/pipelines?exam=tst-a01", page.QuerySelector("#task-2\\.1 .topic-names a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_task_page_lists_the_notes_that_serve_it_and_unknown_tasks_are_not_found()
    {
        using var client = site.App.CreateBrowserLikeClient();

        var page = await client.GetDocumentAsync("/exams/tst-a01/tasks/1.2");

        Assert.Equal("Transform data", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(["Streams"], page.QuerySelectorAll(".topic-card > a").Select(a => a.TextContent));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/exams/tst-a01/tasks/9.9")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/exams/nope")).StatusCode);
    }

    [Fact]
    public async Task A_topic_page_says_which_exams_and_tasks_it_serves_and_follows_the_exam_the_reader_came_from()
    {
        using var client = site.App.CreateBrowserLikeClient();

        var inSpecialty = await client.GetDocumentAsync("/topics/streams?exam=tst-c01");
        var inAssociate = await client.GetDocumentAsync("/topics/streams?exam=tst-a01");

        Assert.Equal(["tst-a01", "tst-c01"], inSpecialty.QuerySelectorAll("[data-serves]").Select(s => s.GetAttribute("data-serves")));
        Assert.Contains("1.2 Transform data", inSpecialty.QuerySelector("[data-serves=tst-a01]")!.TextContent);
        Assert.Equal(["TST-C01", "Data Work"], inSpecialty.QuerySelectorAll(".breadcrumb a").Select(a => a.TextContent));
        Assert.Equal(["TST-A01", "Prepare"], inAssociate.QuerySelectorAll(".breadcrumb a").Select(a => a.TextContent));
        Assert.Equal("/exams/tst-a01/domains/prepare", inAssociate.QuerySelectorAll(".breadcrumb a")[1].GetAttribute("href"));
    }

    [Fact]
    public async Task A_visitors_choice_is_remembered_in_a_cookie_and_cached_pages_follow_it()
    {
        using var visitor = site.App.CreateBrowserLikeClient();
        using var other = site.App.CreateBrowserLikeClient();
        Assert.Equal("tst-a01", (await visitor.GetDocumentAsync("/")).QuerySelector(".exam-card.current")!.GetAttribute("data-exam"));

        using var choose = await visitor.GetAsync("/exams/tst-c01/study");

        Assert.Equal("/exams/tst-c01", choose.Headers.Location!.OriginalString);
        Assert.Equal("tst-c01", (await visitor.GetDocumentAsync("/")).QuerySelector(".exam-card.current")!.GetAttribute("data-exam"));
        Assert.Contains("Tuning", (await visitor.GetDocumentAsync("/")).QuerySelector(".domain-list")!.TextContent);
        // The home page is cached for visitors, but per choice: another visitor still sees the default.
        Assert.Equal("tst-a01", (await other.GetDocumentAsync("/")).QuerySelector(".exam-card.current")!.GetAttribute("data-exam"));
    }

    [Fact]
    public async Task A_signed_in_readers_choice_is_saved_to_the_account_through_a_form_with_antiforgery()
    {
        using var client = await site.App.RegisterAsync("chooser@example.com");

        using var refused = await client.PostAsync("/exams/tst-c01/study", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        using var chosen = await client.SubmitAsync("/", ".exam-card:not(.current) form");
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);

        // Another browser, signed in to the same account, starts on the saved choice.
        using var elsewhere = site.App.CreateBrowserLikeClient();
        using (await elsewhere.SubmitAsync("/account/login", "main form", new() { ["Input.Email"] = "chooser@example.com", ["Input.Password"] = Forms.Password })) { }
        Assert.Equal("tst-c01", (await elsewhere.GetDocumentAsync("/")).QuerySelector(".exam-card.current")!.GetAttribute("data-exam"));
    }

    [Fact]
    public async Task Search_can_be_narrowed_to_an_exam_and_each_result_names_the_exams_its_note_serves()
    {
        using var client = site.App.CreateBrowserLikeClient();

        var everywhere = await client.GetFromJsonAsync<JsonElement>("/api/search?q=first+thing");
        var associate = await client.GetFromJsonAsync<JsonElement>("/api/search?q=first+thing&exam=tst-a01");

        var titles = everywhere.EnumerateArray().Select(h => h.GetProperty("title").GetString()).ToList();
        Assert.Contains("Tuning", titles);
        var narrowed = associate.EnumerateArray().ToList();
        Assert.DoesNotContain(narrowed, h => h.GetProperty("title").GetString() == "Tuning");
        var streams = Assert.Single(narrowed, h => h.GetProperty("title").GetString() == "Streams");
        Assert.Equal(["TST-A01", "TST-C01"], streams.GetProperty("exams").EnumerateArray().Select(e => e.GetString()));
        Assert.StartsWith("/topics/streams?exam=tst-a01", streams.GetProperty("url").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_chosen_exam_travels_in_the_export_and_fills_in_a_missing_choice_on_import()
    {
        using var ada = await site.App.RegisterAsync("ada-choice@example.com");
        using (await ada.SubmitAsync("/", ".exam-card:not(.current) form")) { }
        await ada.TickAsync("streams", First);
        var export = await ada.GetStringAsync("/account?handler=Export&format=json");
        using var bob = await site.App.RegisterAsync("bob-choice@example.com");

        var message = await bob.UploadAsync("progress.json", export);

        Assert.Contains("\"code\": \"TST-C01\"", export, StringComparison.Ordinal);
        Assert.Equal("Imported: 1 entry added to your progress.", message);
        Assert.Equal("tst-c01", (await bob.GetDocumentAsync("/")).QuerySelector(".exam-card.current")!.GetAttribute("data-exam"));
        Assert.Equal(("20 %", "25 %"), await ReadinessAsync(bob));
    }

    [Fact]
    public async Task Moving_a_note_to_the_other_exams_folder_keeps_its_identity_and_the_ticks_on_it()
    {
        using var client = await site.App.RegisterAsync("mover@example.com");
        await client.TickAsync("streams", First);

        site.Content.Move("tst-c01/data/streams.md", "tst-a01/prepare/streams.md");
        await site.App.ReimportAsync();

        Assert.Equal(("20 %", "25 %"), await ReadinessAsync(client));
        Assert.Equal("Covered", (await client.GetDocumentAsync("/topics/streams")).QuerySelector($"#item-{First}")!.GetAttribute("data-state"));
    }

    public void Dispose() => site.Dispose();
}
