using MlsPrep.Tests.Support;
using MlsPrep.Web.Content;

namespace MlsPrep.Tests.Content;

/// <summary>The notes in content/ meet the authoring rules (docs/authoring.md). Link liveness cannot be checked offline; form can.</summary>
public class RealContentTests
{
    private static readonly ContentScan Scan = ContentScanner.Scan(MlsPrepApp.RepositoryContent, new Dictionary<string, PreviousImport>());

    private static IEnumerable<ParsedTopic> Topics => Scan.Exams.SelectMany(e => e.Files).Select(f => f.Topic!);

    [Fact]
    public void Every_note_parses_without_errors_or_warnings()
    {
        Assert.Empty(Scan.AllProblems.Select(p => p.ToString()));
        Assert.All(Scan.Exams.SelectMany(e => e.Files), f => Assert.NotNull(f.Topic));
    }

    [Fact]
    public void The_exam_weights_add_up_to_100_and_every_domain_has_notes()
    {
        var exam = Assert.Single(Scan.Exams);
        Assert.Equal(100, exam.Exam.Domains.Sum(d => d.Weight));
        Assert.All(exam.Exam.Domains, d => Assert.True(Topics.Count(t => t.DomainKey == d.Key) >= 5, $"{d.Key} has fewer than 5 notes"));
    }

    [Fact]
    public void Every_note_has_a_summary_a_checklist_and_https_resources()
    {
        Assert.All(Topics, topic =>
        {
            Assert.False(string.IsNullOrWhiteSpace(topic.Summary), $"{topic.Key}: no summary");
            Assert.InRange(topic.Items.Count, 4, 10);
            Assert.True(topic.Resources.Count >= 2, $"{topic.Key}: fewer than 2 resources");
            Assert.All(topic.Resources, r => Assert.StartsWith("https://", r.Url, StringComparison.Ordinal));
            Assert.All(topic.Resources, r => Assert.False(string.IsNullOrWhiteSpace(r.Description), $"{topic.Key}: {r.Url} has no description"));
        });
    }

    [Fact]
    public void Every_domain_note_has_key_facts_and_exam_traps()
    {
        Assert.All(Topics.Where(t => t.DomainKey is not null), topic =>
        {
            var headings = topic.Sections.Select(s => s.Heading).ToList();
            Assert.Contains("Key facts", headings);
            Assert.Contains("Exam traps", headings);
        });
    }

    [Fact]
    public void Topic_ids_are_unique_and_item_ids_unique_within_a_topic()
    {
        Assert.Equal(Topics.Count(), Topics.Select(t => t.Key).Distinct().Count());
        Assert.All(Topics, t => Assert.Equal(t.Items.Count, t.Items.Select(i => i.Key).Distinct().Count()));
    }

    [Theory]
    [InlineData("BlazeText")]
    [InlineData("Amazon Data Firehose")]
    [InlineData("Kinesis Data Firehose")]
    [InlineData("KDA")]
    [InlineData("Managed Service for Apache Flink")]
    public void Renamed_and_misspelt_service_names_are_declared_as_aliases(string name)
    {
        Assert.Contains(Topics, t => t.Services.Any(s => s.Name == name || s.Aliases.Contains(name)));
    }
}
