using MlsPrep.Tests.Support;
using MlsPrep.Web.Content;

namespace MlsPrep.Tests.Content;

/// <summary>A note's front matter: every field read, and each wrong one named on its own file line.</summary>
public class TopicFrontMatterTests
{
    private static TopicParseResult Parse(string frontMatter) =>
        TopicParser.Parse("tst/data/kinesis.md", $"---\n{frontMatter.ReplaceLineEndings("\n")}\n---\n\nBody.\n", ContentFolder.Exams);

    [Fact]
    public void Every_field_is_read_in_block_and_flow_style()
    {
        var topic = Parse("""
            id: kinesis-streams
            title: "Kinesis: streams"
            summary: >-
              Ordered,
              replayable.
            exams: { TST-C01: [data] }
            order: -2
            tags:
              - streaming
            concepts: [what keeps records in order]
            services:
              - { name: Amazon Kinesis Data Streams, aliases: [KDS] }
              - name: Amazon Data Firehose
            """).Topic!;

        Assert.Equal(("kinesis-streams", "Kinesis: streams", "Ordered, replayable."), (topic.Key, topic.Title, topic.Summary));
        Assert.Equal("data", Assert.Single(topic.Placements).DomainKey);
        Assert.Equal(-2, topic.Order);
        Assert.Equal(["streaming"], topic.Tags);
        Assert.Equal(["what keeps records in order"], topic.Concepts);
        Assert.Equal(["Amazon Kinesis Data Streams", "Amazon Data Firehose"], topic.Services.Select(s => s.Name));
        Assert.Equal([["KDS"], []], topic.Services.Select(s => s.Aliases));
    }

    [Theory]
    [InlineData("order: soon", 6, "'order' takes a whole number")]
    [InlineData("tags: streaming", 6, "'tags' takes a list")]
    [InlineData("id: [a, b]", 6, "'id' takes one line of text")]
    [InlineData("title: Again", 6, "Duplicate key title")]
    [InlineData("services:\n  - name: KDS\n    alias: [Kinesis]", 8, "Unknown service key 'alias'")]
    [InlineData("services: Amazon Kinesis", 6, "'services' takes a list")]
    [InlineData("sumary: typo", 6, "Unknown front matter key 'sumary'")]
    public void A_wrong_field_rejects_the_note_and_names_its_line(string field, int line, string message)
    {
        var result = Parse($"title: T\nsummary: S\nexams:\n  TST-C01: [data]\n{field}");

        Assert.False(result.Succeeded);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(line, problem.Line);
        Assert.Contains(message, problem.Message);
    }

    [Fact]
    public void Empty_front_matter_says_what_it_needs()
    {
        var result = Parse("# to do");

        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => p.Message.Contains("needs a title", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Message.Contains("'exams:'", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unclosed_list_is_reported_where_it_opens()
    {
        var result = Parse("title: T\nsummary: [oops\nexams:\n  TST-C01: [data]");

        var problem = Assert.Single(result.Problems);
        Assert.Equal(3, problem.Line);
        Assert.StartsWith("Invalid YAML", problem.Message);
    }

    [Fact]
    public void A_list_where_the_front_matter_belongs_is_refused_on_line_2()
    {
        var result = Parse("- title: T");

        var problem = Assert.Single(result.Problems);
        Assert.Equal(2, problem.Line);
        Assert.Contains("'key: value' lines", problem.Message);
    }
}
