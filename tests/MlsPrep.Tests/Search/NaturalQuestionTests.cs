using System.Globalization;
using MlsPrep.Tests.Support;

namespace MlsPrep.Tests.Search;

/// <summary>
/// Plain-English questions, as candidates type them, against the real notes: the note that answers a question
/// must be among the first three results. The set (NaturalQuestions.tsv) spans every domain of both exams.
/// </summary>
public class NaturalQuestionTests(RealSite site) : IClassFixture<RealSite>
{
    public const double Target = 0.9;

    private static readonly string SetPath = Path.Combine(MlsPrepApp.RepositoryRoot, "tests", "MlsPrep.Tests", "Search", "NaturalQuestions.tsv");

    public static IReadOnlyList<(string Question, string[] Expected)> Questions { get; } = File.ReadLines(SetPath).Skip(1)
        .Where(line => line.Length > 0)
        .Select(line => line.Split('\t'))
        .Select(cells => (cells[0], cells[1].Split('|', StringSplitOptions.TrimEntries)))
        .ToList();

    private async Task<bool> AnsweredAsync(string question, string[] expected) =>
        (await site.SearchAsync(question)).Hits.Take(3).Any(hit => expected.Contains(hit.TopicKey));

    [Fact]
    public void The_set_is_large_and_names_only_notes_that_exist()
    {
        Assert.True(Questions.Count >= 60, $"only {Questions.Count} questions");
        var notes = Directory.EnumerateFiles(MlsPrepApp.RepositoryContent, "*.md", SearchOption.AllDirectories).Select(Path.GetFileNameWithoutExtension).ToHashSet();
        Assert.All(Questions.SelectMany(q => q.Expected), id => Assert.Contains(id, notes));
    }

    [Fact]
    public async Task At_least_nine_in_ten_questions_find_their_note_in_the_top_three()
    {
        var misses = new List<string>();
        foreach (var (question, expected) in Questions)
            if (!await AnsweredAsync(question, expected)) misses.Add($"{question} → {string.Join(" | ", expected)}");

        var rate = 1 - (double)misses.Count / Questions.Count;
        Assert.True(rate >= Target, string.Create(CultureInfo.InvariantCulture,
            $"{rate:P1} of {Questions.Count} questions found their note in the top 3 (target {Target:P0}). Missed:\n{string.Join('\n', misses)}"));
    }

    [Theory]
    [InlineData("how do I handle class imbalance", "class-imbalance")]
    [InlineData("which service converts speech to text", "ai-services-language-and-speech")]
    [InlineData("how do I deploy many models on one endpoint", "hosting-and-production-variants|endpoint-types-and-scaling|choosing-inference-options")]
    [InlineData("how do I monitor a deployed model for drift", "model-monitor-and-drift|monitoring-cloudwatch-and-model-monitor")]
    public async Task The_questions_that_used_to_fail_now_find_their_note(string question, string expected)
    {
        Assert.True(await AnsweredAsync(question, expected.Split('|')),
            $"{question}: top 3 were {string.Join(", ", (await site.SearchAsync(question)).Hits.Take(3).Select(h => h.TopicKey))}");
    }
}
