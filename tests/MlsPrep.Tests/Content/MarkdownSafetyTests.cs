using MlsPrep.Tests.Support;
using MlsPrep.Web.Content;

namespace MlsPrep.Tests.Content;

/// <summary>Whatever a note contains, its rendered HTML can run no script.</summary>
public class MarkdownSafetyTests
{
    private static (string Html, IReadOnlyList<ContentProblem> Problems) Render(string body)
    {
        var result = TopicParser.Parse("tst/data/hostile.md", $"---\ntitle: T\nsummary: S\nexams:\n  TST-C01: [data]\n---\n\n{body}\n", ContentFolder.Exams);
        return (result.Topic!.Html, result.Problems);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("text <b onmouseover=alert(1)>bold</b> inline")]
    [InlineData("<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>")]
    public void Raw_html_is_shown_as_text(string markdown)
    {
        var (html, _) = Render(markdown);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b ", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;", html);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JavaScript:alert(1))")]
    [InlineData("[click](java&#x09;script:alert(1))")]
    [InlineData("[click](vbscript:msgbox)")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[click][ref]\n\n[ref]: javascript:alert(1)")]
    [InlineData("![img](javascript:alert(1))")]
    [InlineData("<javascript:alert(1)>")]
    public void Unsafe_link_schemes_are_neutralised_and_reported(string markdown)
    {
        var (html, problems) = Render(markdown);

        Assert.DoesNotContain("script:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(problems, p => !p.IsError && p.Message.Contains("not allowed", StringComparison.Ordinal));
    }

    [Fact]
    public void External_links_open_in_a_new_tab_without_an_opener()
    {
        var (html, _) = Render("See [the guide](https://docs.aws.amazon.com/x) and <https://aws.amazon.com>.");

        Assert.Contains("<a href=\"https://docs.aws.amazon.com/x\" target=\"_blank\" rel=\"noopener noreferrer\">the guide</a>", html);
        Assert.Contains("href=\"https://aws.amazon.com\" target=\"_blank\" rel=\"noopener noreferrer\"", html);
    }

    [Fact]
    public void Relative_and_mail_links_stay_as_they_are()
    {
        var (html, problems) = Render("[next](/topics/glue) and [mail](mailto:team@example.com)");

        Assert.Contains("<a href=\"/topics/glue\">next</a>", html);
        Assert.Contains("href=\"mailto:team@example.com\"", html);
        Assert.Empty(problems);
    }

    [Fact]
    public void Attribute_syntax_is_not_interpreted()
    {
        var (html, _) = Render("# Heading {onclick=alert(1) style=color:red}\n\nText{#main .x onmouseover=y}");

        Assert.DoesNotContain("onclick=\"", html);
        Assert.DoesNotContain("style=\"", html);
        Assert.DoesNotContain("onmouseover=\"", html);
    }

    [Fact]
    public void Checklist_items_are_rendered_safely_too()
    {
        var result = TopicParser.Parse("tst/data/hostile.md",
            "---\ntitle: T\nsummary: S\nexams:\n  TST-C01: [data]\n---\n\n## Checklist\n- [ ] I can resist <script>alert(1)</script> and [this](javascript:alert(1)).\n",
            ContentFolder.Exams);

        var item = Assert.Single(result.Topic!.Items);
        Assert.DoesNotContain("<script", item.Html);
        Assert.DoesNotContain("javascript:", item.Html);
    }
}
