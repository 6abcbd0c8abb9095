using MlsPrep.Tests.Support;
using MlsPrep.Web.Content;

namespace MlsPrep.Tests.Content;

/// <summary>Markdown in, catalog record out.</summary>
public class TopicParserTests
{
    private static readonly IReadOnlyCollection<ParsedExam> Exams = ContentFolder.Exams;

    private static TopicParseResult Parse(string markdown, string path = "tst/data/kinesis.md") =>
        TopicParser.Parse(path, markdown.ReplaceLineEndings("\n"), Exams);

    private const string Complete = """
        ---
        title: Amazon Kinesis Data Streams
        summary: Ordered, replayable streams.
        exams:
          TST-C01: [data]
        order: 20
        tags: [streaming, ingestion]
        services:
          - name: Amazon Kinesis Data Streams
            aliases: [KDS, Kinesis Streams]
        ---

        Streams keep records in order within a shard.

        ## Key facts
        - One shard takes **1 MB/s** in.

        ### Retention
        Records stay 24 hours by default.

        ## Checklist
        - [ ] I can state the `PutRecord` limits of a shard.
        - [ ] I can explain ordering by partition key. {#partition-key-ordering}

        ## Resources
        - [Kinesis quotas](https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html) — the shard limits in one table.
        - [Developer guide](https://docs.aws.amazon.com/streams/latest/dev/introduction.html): where to start.
        """;

    [Fact]
    public void Front_matter_becomes_the_topic_record()
    {
        var topic = Parse(Complete).Topic!;

        Assert.Equal("kinesis", topic.Key);
        Assert.Equal("Amazon Kinesis Data Streams", topic.Title);
        Assert.Equal("Ordered, replayable streams.", topic.Summary);
        Assert.Equal("data", Assert.Single(topic.Placements).DomainKey);
        Assert.Equal(20, topic.Order);
        Assert.Equal(["streaming", "ingestion"], topic.Tags);
        var service = Assert.Single(topic.Services);
        Assert.Equal("Amazon Kinesis Data Streams", service.Name);
        Assert.Equal(["KDS", "Kinesis Streams"], service.Aliases);
    }

    [Fact]
    public void An_explicit_id_wins_over_the_file_name()
    {
        var topic = Parse(Complete.Replace("order: 20", "order: 20\nid: kds"), "tst/moved/anything.md").Topic!;
        Assert.Equal("kds", topic.Key);
    }

    [Fact]
    public void Headings_become_sections_with_anchors_and_plain_text()
    {
        var topic = Parse(Complete).Topic!;

        Assert.Collection(topic.Sections,
            intro => Assert.Equal((0, "", "Streams keep records in order within a shard."), (intro.Level, intro.Anchor, intro.PlainText)),
            facts => Assert.Equal((2, "key-facts", "Key facts", "One shard takes 1 MB/s in."), (facts.Level, facts.Anchor, facts.Heading, facts.PlainText)),
            retention => Assert.Equal((3, "retention", "Records stay 24 hours by default."), (retention.Level, retention.Anchor, retention.PlainText)));
        Assert.Contains("<h2 id=\"key-facts\">Key facts</h2>", topic.Html);
    }

    [Fact]
    public void Task_list_items_become_checklist_items_with_stable_keys()
    {
        var topic = Parse(Complete).Topic!;

        Assert.Collection(topic.Items,
            first =>
            {
                Assert.Equal("i-can-state-the-putrecord-limits-of-a-shard", first.Key);
                Assert.Equal("I can state the PutRecord limits of a shard.", first.Text);
                Assert.Equal("I can state the <code>PutRecord</code> limits of a shard.", first.Html);
                Assert.Equal(22, first.Line);
            },
            pinned =>
            {
                Assert.Equal("partition-key-ordering", pinned.Key);
                Assert.Equal("I can explain ordering by partition key.", pinned.Text);
            });
    }

    [Fact]
    public void Rewording_an_item_keeps_a_pinned_id_and_changes_the_text_hash()
    {
        var before = Parse(Complete).Topic!.Items[1];
        var after = Parse(Complete.Replace("I can explain ordering by partition key.", "I can explain how partition keys order records.")).Topic!.Items[1];

        Assert.Equal(before.Key, after.Key);
        Assert.NotEqual(before.TextHash, after.TextHash);
    }

    [Fact]
    public void Reordering_items_keeps_their_keys()
    {
        var reordered = Complete.Replace(
            "- [ ] I can state the `PutRecord` limits of a shard.\n- [ ] I can explain ordering by partition key. {#partition-key-ordering}",
            "- [ ] I can explain ordering by partition key. {#partition-key-ordering}\n- [ ] I can state the `PutRecord` limits of a shard.");

        var keys = Parse(reordered).Topic!.Items.Select(i => i.Key);

        Assert.Equal(["partition-key-ordering", "i-can-state-the-putrecord-limits-of-a-shard"], keys);
    }

    [Fact]
    public void Resources_are_read_from_the_resources_list()
    {
        var topic = Parse(Complete).Topic!;

        Assert.Collection(topic.Resources,
            quotas => Assert.Equal(("Kinesis quotas", "https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html", "the shard limits in one table."),
                (quotas.Title, quotas.Url, quotas.Description)),
            guide => Assert.Equal(("Developer guide", "where to start."), (guide.Title, guide.Description)));
    }

    [Fact]
    public void Checklist_and_resources_are_left_out_of_the_note_html_because_the_page_renders_them_from_rows()
    {
        var html = Parse(Complete).Topic!.Html;

        Assert.DoesNotContain("Checklist", html);
        Assert.DoesNotContain("Kinesis quotas", html);
        Assert.DoesNotContain("PutRecord", html);
    }

    [Fact]
    public void A_note_without_front_matter_is_rejected_at_line_1()
    {
        var result = Parse("# Just a heading\n\nSome text.");

        Assert.False(result.Succeeded);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(("tst/data/kinesis.md", 1), (problem.Path, problem.Line));
        Assert.Contains("front matter", problem.Message);
    }

    [Fact]
    public void Broken_yaml_is_reported_with_the_file_line()
    {
        var result = Parse("---\ntitle: Fine\nsummary: Fine\nexams:\n  TST-C01: [data\n---\n\nBody.");

        Assert.False(result.Succeeded);
        var problem = Assert.Single(result.Problems);
        Assert.InRange(problem.Line, 5, 6);
        Assert.StartsWith("Invalid YAML", problem.Message);
    }

    [Fact]
    public void A_missing_title_is_reported_where_the_front_matter_is()
    {
        var result = Parse("---\nsummary: Fine\nexams:\n  TST-C01: [data]\n---\n\nBody.");

        var problem = Assert.Single(result.Problems);
        Assert.Equal(1, problem.Line);
        Assert.Contains("title", problem.Message);
    }

    [Fact]
    public void An_unknown_domain_is_reported_on_its_line_with_the_choices()
    {
        var result = Parse("---\ntitle: T\nsummary: S\nexams:\n  TST-C01: [modelling]\n---\n\nBody.");

        var problem = Assert.Single(result.Problems);
        Assert.Equal(5, problem.Line);
        Assert.Contains("'modelling'", problem.Message);
        Assert.Contains("models", problem.Message);
    }

    [Fact]
    public void A_misspelt_front_matter_key_is_an_error_not_silently_ignored()
    {
        var result = Parse("---\ntitle: T\nsumary: S\nexams:\n  TST-C01: [data]\n---\n\nBody.");

        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => p.Line == 3);
    }

    [Fact]
    public void Two_items_with_the_same_id_are_reported_not_merged()
    {
        var result = Parse("---\ntitle: T\nsummary: S\nexams:\n  TST-C01: [data]\n---\n\n## Checklist\n- [ ] I can do it.\n- [ ] I can do it.\n");

        Assert.False(result.Succeeded);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(10, problem.Line);
        Assert.Contains("line 9", problem.Message);
    }

    [Fact]
    public void Exam_wide_notes_have_no_domain()
    {
        var topic = Parse("---\ntitle: About\nsummary: S\nexams:\n  TST-C01: [exam]\n---\n\nBody.").Topic!;
        Assert.Null(Assert.Single(topic.Placements).DomainKey);
    }

    private static readonly IReadOnlyCollection<ParsedExam> TwoExams =
    [
        .. ContentFolder.Exams,
        ExamParser.Parse("tst-a01/exam.yml", """
            code: TST-A01
            title: Test Certification – Associate
            status: active
            domains:
              - id: prepare
                title: Prepare
                weight: 50
                tasks:
                  - 1.1 Ingest
                  - 1.2 Transform
              - id: operate
                title: Operate
                weight: 50
                tasks:
                  - 2.1 Monitor
            """).Exam!,
    ];

    private static TopicParseResult ParseForTwo(string exams) =>
        TopicParser.Parse("tst/data/shared.md", $"---\ntitle: Shared\nsummary: S\nexams:\n{exams}\n---\n\n## Checklist\n- [ ] I can do it.\n", TwoExams);

    [Fact]
    public void A_note_names_its_tasks_in_each_exam_and_the_first_task_decides_its_domain()
    {
        var topic = ParseForTwo("  TST-C01: [1.2, 2.1]\n  tst-a01: [2.1, 1.1]").Topic!;

        Assert.Collection(topic.Placements,
            specialty =>
            {
                Assert.Equal(("TST-C01", "data"), (specialty.ExamCode, specialty.DomainKey));
                Assert.Equal(["1.2", "2.1"], specialty.Tasks);
            },
            associate =>
            {
                Assert.Equal(("TST-A01", "operate"), (associate.ExamCode, associate.DomainKey));
                Assert.Equal(["2.1", "1.1"], associate.Tasks);
            });
    }

    [Fact]
    public void A_domain_id_places_a_note_without_naming_a_task()
    {
        var placement = Assert.Single(ParseForTwo("  TST-A01: [operate]").Topic!.Placements);

        Assert.Equal("operate", placement.DomainKey);
        Assert.Empty(placement.Tasks);
    }

    [Theory]
    [InlineData("  TST-C01: [1.1]\n  TST-Z99: [1.1]", 6, "Unknown exam 'TST-Z99': use one of TST-C01, TST-A01.")]
    [InlineData("  TST-A01: [1.1, 3.4]", 5, "TST-A01 has no task statement or domain '3.4'")]
    [InlineData("  TST-A01: []", 5, "List what the note serves in TST-A01")]
    [InlineData("  TST-A01: [exam, 1.1]", 5, "'exam' marks an exam-wide note and stands alone")]
    public void Each_bad_reference_is_reported_on_its_own_line(string exams, int line, string message)
    {
        var result = ParseForTwo(exams);

        Assert.False(result.Succeeded);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(line, problem.Line);
        Assert.Contains(message, problem.Message);
    }

    [Fact]
    public void A_note_without_exams_is_told_how_to_name_them()
    {
        var result = TopicParser.Parse("tst/data/old.md", "---\ntitle: Old\nsummary: S\n---\n\nBody.", TwoExams);

        var problem = Assert.Single(result.Problems);
        Assert.Contains("needs 'exams:'", problem.Message);
    }

    [Fact]
    public void The_single_exam_domain_field_is_refused_with_what_replaces_it()
    {
        var result = TopicParser.Parse("tst/data/old.md", "---\ntitle: Old\nsummary: S\ndomain: data\n---\n\nBody.", TwoExams);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => p.Line == 4 && p.Message.Contains("'domain:' is now part of 'exams:'", StringComparison.Ordinal));
    }
}
