using System.Net;
using MlsPrep.Tests.Search;
using MlsPrep.Tests.Support;

namespace MlsPrep.Tests.Exams;

/// <summary>The real notes: both exams answer, and every address that worked before the second exam still does.</summary>
public class RealExamsTests(RealSite site) : IClassFixture<RealSite>
{
    private static IEnumerable<string> SpecialtyNotes =>
        Directory.EnumerateFiles(Path.Combine(MlsPrepApp.RepositoryContent, "mls-c01"), "*.md", SearchOption.AllDirectories)
            .Where(path => Path.GetFileName(Path.GetDirectoryName(path)) != MlsPrep.Web.Questions.QuestionParser.FolderName)
            .Select(Path.GetFileNameWithoutExtension)!;

    public static TheoryData<string> AddressesFromBefore()
    {
        var addresses = new TheoryData<string> { "/", "/resources", "/search?q=kinesis", "/search?q=xgboost&domain=modeling", "/api/search?q=firehose" };
        foreach (var domain in new[] { "data-engineering", "exploratory-data-analysis", "modeling", "ml-implementation-and-operations" }) addresses.Add($"/domains/{domain}");
        foreach (var note in SpecialtyNotes) addresses.Add($"/topics/{note}");
        return addresses;
    }

    [Theory]
    [MemberData(nameof(AddressesFromBefore))]
    public async Task Every_address_that_worked_before_still_answers(string address)
    {
        using var client = site.App.CreateClient();

        using var response = await client.GetAsync(address);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_mla_track_lists_all_twelve_task_statements_each_with_at_least_three_notes()
    {
        using var client = site.App.CreateClient();

        var page = await client.GetDocumentAsync("/exams/mla-c01");

        var tasks = page.QuerySelectorAll(".task");
        Assert.Equal(12, tasks.Length);
        Assert.All(tasks, task => Assert.True(task.QuerySelectorAll(".topic-names a").Length >= 3, task.Id));
        Assert.Equal(["28 %", "26 %", "22 %", "24 %"], page.QuerySelectorAll(".exam-domain .weight").Select(w => w.TextContent));
    }

    [Fact]
    public async Task The_retired_exam_links_to_its_successors_track_and_says_what_carries_over()
    {
        using var client = site.App.CreateClient();

        var page = await client.GetDocumentAsync("/exams/mls-c01");

        var notice = page.QuerySelector(".notice-retired")!;
        Assert.Contains("31 March 2026", notice.TextContent);
        Assert.Equal("/exams/mla-c01", notice.QuerySelector("a")!.GetAttribute("href"));
        Assert.Matches(@"\d+ of the \d+ MLS-C01 notes carry over to it", notice.TextContent);
    }
}
