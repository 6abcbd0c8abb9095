using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace MlsPrep.Web.Content;

/// <summary>The one Markdown pipeline (built once, thread-safe) and the rules that keep its output inert.</summary>
public static class NoteMarkdown
{
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseTaskLists()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .DisableHtml()
        .Build();

    /// <summary>Neutralises unsafe links and marks external ones to open safely in a new tab.</summary>
    /// <returns>The links whose targets were removed, with the target they had.</returns>
    public static IReadOnlyList<(Inline Link, string Url)> SecureLinks(MarkdownObject root)
    {
        var neutralised = new List<(Inline, string)>();
        foreach (var inline in root.Descendants<Inline>())
        {
            var (url, isImage) = inline switch
            {
                LinkInline link => (link.Url ?? "", link.IsImage),
                AutolinkInline { IsEmail: false } autolink => (autolink.Url, false),
                _ => (null, false),
            };
            if (url is null) continue;
            if (!LinkSafety.IsSafe(url))
            {
                neutralised.Add((inline, url));
                var replacement = isImage ? "" : "#";
                if (inline is LinkInline link) link.Url = replacement;
                else ((AutolinkInline)inline).Url = replacement;
                continue;
            }
            if (!isImage && LinkSafety.IsExternal(url))
            {
                var attributes = inline.GetAttributes();
                attributes.AddPropertyIfNotExist("target", "_blank");
                attributes.AddPropertyIfNotExist("rel", "noopener noreferrer");
            }
        }
        return neutralised;
    }

    public static string Render(MarkdownDocument document)
    {
        // A wide table or code block scrolls in its own box (see site.css); keyboard users need to be able to focus it to scroll it.
        foreach (var table in document.Descendants<Markdig.Extensions.Tables.Table>()) table.GetAttributes().AddProperty("tabindex", "0");
        // Long code lines scroll too: the code inside the box takes the focus (Markdig puts attributes on <code>).
        foreach (var code in document.Descendants<CodeBlock>()) code.GetAttributes().AddProperty("tabindex", "0");
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>Renders a one-line fragment (a checklist item) without the paragraph around it.</summary>
    public static string RenderInline(string markdown) => RenderInline(Markdown.Parse(markdown, Pipeline));

    /// <summary>Renders a fragment parsed already (its links are secured in place).</summary>
    public static string RenderInline(MarkdownDocument document)
    {
        SecureLinks(document);
        var html = Render(document).Trim();
        return html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal)
            ? html[3..^4]
            : html;
    }

    public static string PlainText(MarkdownObject node)
    {
        var text = new System.Text.StringBuilder();
        if (node is ContainerInline inlines) AppendInlines(text, inlines);
        foreach (var leaf in node is LeafBlock single ? [single] : node.Descendants<LeafBlock>())
        {
            if (leaf.Inline is { } inline) AppendInlines(text, inline);
            else if (leaf is CodeBlock code) text.Append(code.Lines.ToString());
            text.Append(' ');
        }
        return System.Text.RegularExpressions.Regex.Replace(text.ToString(), @"\s+", " ").Trim();
    }

    private static void AppendInlines(System.Text.StringBuilder text, ContainerInline container)
    {
        foreach (var piece in container.Descendants<Inline>())
        {
            switch (piece)
            {
                case LiteralInline literal: text.Append(literal.Content); break;
                case CodeInline code: text.Append(code.Content); break;
                case LineBreakInline: text.Append(' '); break;
            }
        }
    }
}
