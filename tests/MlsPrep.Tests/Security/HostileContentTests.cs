using MlsPrep.Tests.Support;
using MlsPrep.Web.Content;

namespace MlsPrep.Tests.Security;

/// <summary>Every way a note could try to run script or take the site down, and what it gets instead.</summary>
public class HostileContentTests
{
    private static readonly IReadOnlyCollection<ParsedExam> Exams = ContentFolder.Exams;

    private static TopicParseResult Parse(string body) =>
        TopicParser.Parse("tst/data/hostile.md", $"---\ntitle: T\nsummary: S\nexams:\n  TST-C01: [data]\n---\n\n{body}\n", Exams);

    [Theory]
    [InlineData("<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>")]
    [InlineData("<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">")]
    [InlineData("<form><button formaction=\"javascript:alert(1)\">go</button></form>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<style>body{display:none}</style>")]
    [InlineData("<object data=\"x.swf\"></object>")]
    public void Raw_html_of_any_kind_is_text(string html)
    {
        var rendered = Parse(html).Topic!.Html;

        Assert.DoesNotMatch("<(svg|meta|form|button|a |style|object)", rendered);
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JAVASCRIPT:alert(1))")]
    [InlineData("[x]( javascript:alert(1))")]
    [InlineData("[x](<java\tscript:alert(1)>)")]
    [InlineData("[x](&#106;avascript:alert(1))")]
    [InlineData("[x](&#x6A;&#x61;vascript:alert(1))")]
    [InlineData("[x](vbscript:msgbox(1))")]
    [InlineData("[x](VBScript:msgbox(1))")]
    [InlineData("[x](data:text/html,<script>alert(1)</script>)")]
    [InlineData("[x](DATA:image/svg+xml;base64,PHN2Zz4=)")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("<vbscript:msgbox(1)>")]
    [InlineData("[x][r]\n\n[r]: javascript:alert(1)")]
    [InlineData("[x][r]\n\n[r]: <data:text/html,hi>")]
    [InlineData("![x](javascript:alert(1))")]
    [InlineData("![x](data:image/png;base64,iVBORw0KGgo=)")]
    public void Dangerous_link_schemes_are_removed_however_they_are_written(string markdown)
    {
        var rendered = Parse(markdown).Topic!.Html;

        Assert.DoesNotMatch("(?i)(href|src)=\"\\s*(javascript|vbscript|data)", rendered);
        Assert.DoesNotMatch("(?i)(href|src)=\"[^\"]*&#", rendered);
    }

    [Theory]
    [InlineData("Text {onclick=\"alert(1)\"}")]
    [InlineData("# Title {style=\"position:fixed\"}")]
    [InlineData("Paragraph {#main-content}")]
    [InlineData("[link](https://aws.amazon.com){onmouseover=alert(1)}")]
    public void Attribute_syntax_stays_text_and_cannot_add_attributes_or_clobber_ids(string markdown)
    {
        var rendered = Parse(markdown).Topic!.Html;

        Assert.DoesNotContain("onclick=\"", rendered);
        Assert.DoesNotContain("style=\"", rendered);
        Assert.DoesNotContain("id=\"main-content\"", rendered);
        Assert.DoesNotContain("onmouseover=\"", rendered);
    }

    [Theory]
    [InlineData("```\"><script>alert(1)</script>\ncode\n```")]
    [InlineData("```js onload=alert(1)\ncode\n```")]
    [InlineData("``` x\" class=\"injected\ncode\n```")]
    public void Fenced_code_info_strings_cannot_break_out_of_the_class_attribute(string markdown)
    {
        var rendered = Parse(markdown).Topic!.Html;

        Assert.DoesNotContain("<script", rendered);
        Assert.DoesNotContain("onload", rendered);
        Assert.DoesNotMatch("class=\"[^\"]*\"[^>]*class=", rendered);
        Assert.DoesNotContain("class=\"injected\"", rendered);
    }

    public static TheoryData<string, string> Pathological => new()
    {
        { "100,000 open brackets", new string('[', 100_000) },
        { "100,000 link openers", string.Concat(Enumerable.Repeat("[a](", 25_000)) },
        { "10,000 nested quotes", new string('>', 10_000) + " deep" },
        { "10,000 nested lists", string.Concat(Enumerable.Range(0, 10_000).Select(_ => "* ")) + "deep" },
        { "10,000 emphasis markers", string.Concat(Enumerable.Repeat("*a _b ", 10_000)) },
        { "a table of 2,000 rows", "| a | b | c |\n| --- | --- | --- |\n" + string.Concat(Enumerable.Repeat("| 1 | 2 | 3 |\n", 2_000)) },
        { "one 900 KB line", new string('x', 900_000) },
    };

    [Theory]
    [MemberData(nameof(Pathological))]
    public async Task Pathological_markdown_is_rendered_or_rejected_with_a_clear_error(string name, string markdown)
    {
        // A guard against hangs and stack overflows, not a speed measurement: the bound is generous (100,000 link
        // openers take about 8 s in a Debug build on two cores, and CI runs other test classes beside it).
        var result = await Task.Run(() => Parse(markdown)).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.True(result.Succeeded || result.Problems.Any(p => p.IsError && p.Message.Length > 0), name);
    }

    [Fact]
    public void Notes_nested_deeper_than_a_person_would_write_are_rejected_with_their_line()
    {
        var result = Parse("Intro.\n\n" + new string('>', 500) + " deep");

        Assert.False(result.Succeeded);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(10, problem.Line);
        Assert.Contains("nested", problem.Message);
    }

    [Fact]
    public void Moderately_deep_nesting_that_markdig_accepts_is_still_limited()
    {
        var result = Parse("Intro.\n\n" + string.Concat(Enumerable.Range(0, 40).Select(i => new string(' ', i * 2) + "- level\n")));

        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => p.Message.Contains($"more than {TopicParser.MaxNesting} levels", StringComparison.Ordinal));
    }
}
