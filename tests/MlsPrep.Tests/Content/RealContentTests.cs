using MlsPrep.Tests.Support;
using MlsPrep.Web.Content;

namespace MlsPrep.Tests.Content;

/// <summary>The notes in content/ meet the authoring rules (docs/authoring.md). Link liveness cannot be checked offline; form can.</summary>
public class RealContentTests
{
    private static readonly ContentScan Scan = ContentScanner.Scan(MlsPrepApp.RepositoryContent, new Dictionary<string, PreviousImport>());

    private static IEnumerable<ParsedTopic> Topics => Scan.Files.Select(f => f.Topic!);

    private static IEnumerable<ParsedTopic> NotesOf(string exam) => Topics.Where(t => t.Placements.Any(p => p.ExamCode == exam));

    [Fact]
    public void Every_note_parses_without_errors_or_warnings()
    {
        Assert.Empty(Scan.AllProblems.Select(p => p.ToString()));
        Assert.All(Scan.Files, f => Assert.NotNull(f.Topic));
    }

    [Fact]
    public void Both_exams_are_here_the_retired_one_pointing_to_the_active_one()
    {
        var exams = Scan.Exams.Select(e => e.Exam).ToList();
        var specialty = Assert.Single(exams, e => e.Code == "MLS-C01");
        var associate = Assert.Single(exams, e => e.Code == "MLA-C01");
        Assert.True(specialty.Retired);
        Assert.False(associate.Retired);
        Assert.Contains(specialty.Successors, s => s.Code == "MLA-C01");
        Assert.Equal((65, 130, 720), (associate.Facts.Questions, associate.Facts.Minutes, associate.Facts.PassMark));
        Assert.Equal((65, 180, 750), (specialty.Facts.Questions, specialty.Facts.Minutes, specialty.Facts.PassMark));
        Assert.Equal([28, 26, 22, 24], associate.Domains.Select(d => d.Weight));
        Assert.Equal(12, associate.Domains.Sum(d => d.Tasks.Count));
        Assert.Equal(15, specialty.Domains.Sum(d => d.Tasks.Count));
    }

    [Fact]
    public void Each_exams_weights_add_up_to_100_and_every_domain_has_notes()
    {
        Assert.Equal(2, Scan.Exams.Count);
        Assert.All(Scan.Exams.Select(e => e.Exam), exam =>
        {
            Assert.Equal(100, exam.Domains.Sum(d => d.Weight));
            Assert.All(exam.Domains, d => Assert.True(
                NotesOf(exam.Code).Count(t => t.Placements.Any(p => p.ExamCode == exam.Code && p.DomainKey == d.Key)) >= 5, $"{exam.Code} {d.Key} has fewer than 5 notes"));
        });
    }

    [Fact]
    public void Every_task_statement_is_served_by_at_least_three_notes()
    {
        Assert.All(Scan.Exams.Select(e => e.Exam), exam => Assert.All(exam.Domains.SelectMany(d => d.Tasks), task =>
        {
            var serving = NotesOf(exam.Code).Count(t => t.Placements.Any(p => p.ExamCode == exam.Code && p.Tasks.Contains(task.Key)));
            Assert.True(serving >= 3, $"{exam.Code} task {task.Key} is served by {serving} notes");
        }));
    }

    [Fact]
    public void The_mla_track_is_complete_and_shares_notes_with_mls()
    {
        Assert.True(NotesOf("MLA-C01").Count() >= 60, $"MLA-C01 has {NotesOf("MLA-C01").Count()} notes");
        Assert.Contains(NotesOf("MLA-C01"), t => t.Key == "about-the-mla-c01-exam");
        var shared = NotesOf("MLA-C01").Intersect(NotesOf("MLS-C01")).Count();
        Assert.True(shared >= 30, $"only {shared} notes are shared");
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
        Assert.All(Topics.Where(t => t.Placements.Any(p => p.DomainKey is not null)), topic =>
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
