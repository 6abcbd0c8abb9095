using System.Text;
using Markdig;
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
        foreach (var inline in InlinesUnder(root))
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
        // A wide table or code block scrolls in its own box (see site.css); keyboard users need to be able to focus it to
        // scroll it. For code the focus goes to the <code> inside the box (Markdig puts attributes there).
        foreach (var block in BlocksUnder(document))
            if (block is Markdig.Extensions.Tables.Table or CodeBlock) block.GetAttributes().AddProperty("tabindex", "0");
        // Markdig keeps its set-up renderers for reuse: building one per checklist item was a tenth of reading a note.
        return document.ToHtml(Pipeline);
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

    /// <summary>The words of a block or inline, whitespace collapsed to single spaces.</summary>
    public static string PlainText(MarkdownObject node)
    {
        var text = new StringBuilder();
        if (node is ContainerInline inlines) AppendInlines(text, inlines);
        foreach (var block in node is Block root ? BlocksUnder(root, includeRoot: true) : [])
        {
            if (block is not LeafBlock leaf) continue;
            if (leaf.Inline is { } inline) AppendInlines(text, inline);
            else if (leaf is CodeBlock code) AppendCollapsed(text, code.Lines.ToString());
            AppendCollapsed(text, " ");
        }
        if (text.Length > 0 && text[^1] == ' ') text.Length--;
        return text.ToString();
    }

    private static void AppendInlines(StringBuilder text, ContainerInline container)
    {
        foreach (var piece in InlinesUnder(container))
        {
            switch (piece)
            {
                case LiteralInline literal: AppendCollapsed(text, literal.Content.AsSpan()); break;
                case CodeInline code: AppendCollapsed(text, code.ContentSpan); break;
                case LineBreakInline: AppendCollapsed(text, " "); break;
            }
        }
    }

    /// <summary>The text with every run of whitespace as one space, and none at either end.</summary>
    public static string CollapseWhitespace(ReadOnlySpan<char> text)
    {
        var collapsed = new StringBuilder(text.Length);
        AppendCollapsed(collapsed, text);
        if (collapsed.Length > 0 && collapsed[^1] == ' ') collapsed.Length--;
        return collapsed.ToString();
    }

    /// <summary>Appends the text with every run of whitespace as one space, and none at the start.</summary>
    private static void AppendCollapsed(StringBuilder text, ReadOnlySpan<char> piece)
    {
        foreach (var c in piece)
        {
            if (!char.IsWhiteSpace(c)) text.Append(c);
            else if (text.Length > 0 && text[^1] != ' ') text.Append(' ');
        }
    }

    // Markdig's Descendants() allocates and grows a stack on every call: walking each note's tree that way for its plain
    // text, links and tables was a sixth of the first import. These walk it in document order into one list. Blocks
    // nest at most TopicParser.MaxNesting deep, and inlines no deeper than Markdig's own limit, so recursion is safe.

    /// <summary>Every block below the root (and the root itself if asked), in document order.</summary>
    public static List<Block> BlocksUnder(Block root, bool includeRoot = false)
    {
        var blocks = new List<Block>();
        if (includeRoot) blocks.Add(root);
        AddBlocks(root, blocks);
        return blocks;

        static void AddBlocks(Block block, List<Block> into)
        {
            if (block is not ContainerBlock container) return;
            foreach (var child in container)
            {
                into.Add(child);
                AddBlocks(child, into);
            }
        }
    }

    /// <summary>Every inline below the root (a block's inlines, or an inline's children), in document order.</summary>
    public static List<Inline> InlinesUnder(MarkdownObject root)
    {
        var inlines = new List<Inline>();
        if (root is ContainerInline container) AddInlines(container, inlines);
        else if (root is Block block)
            foreach (var leaf in BlocksUnder(block, includeRoot: true))
                if (leaf is LeafBlock { Inline: { } inline }) AddInlines(inline, inlines);
        return inlines;

        static void AddInlines(ContainerInline container, List<Inline> into)
        {
            for (var child = container.FirstChild; child is not null; child = child.NextSibling)
            {
                into.Add(child);
                if (child is ContainerInline nested) AddInlines(nested, into);
            }
        }
    }
}
