using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.TaskLists;
using Markdig.Extensions.Yaml;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace MlsPrep.Web.Content;

public sealed record TopicParseResult(ParsedTopic? Topic, IReadOnlyList<ContentProblem> Problems)
{
    public bool Succeeded => Topic is not null;
}

/// <summary>Turns one note into a catalog record: front matter, sections, checklist and resources, in one pass.</summary>
public static partial class TopicParser
{
    private enum Part { Body, Checklist, Resources }

    public const int MaxNesting = 32;

    private static int MostNestedLine(string markdown)
    {
        var lines = markdown.Split('\n');
        var counts = lines.Select(line => line.Count(c => c is '>' or '[' or '*' or '_' or '-' or '(')).ToList();
        return counts.IndexOf(counts.Max()) + 1;
    }

    private static Block? TooDeep(MarkdownDocument document)
    {
        var pending = new Stack<(Block Block, int Depth)>();
        pending.Push((document, 0));
        while (pending.Count > 0)
        {
            var (block, depth) = pending.Pop();
            if (depth > MaxNesting) return block;
            if (block is ContainerBlock container)
                foreach (var child in container) pending.Push((child, depth + 1));
        }
        return null;
    }

    public static TopicParseResult Parse(string path, string markdown, IReadOnlyCollection<ParsedExam> exams)
    {
        var problems = new List<ContentProblem>();
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(markdown, NoteMarkdown.Pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig refuses absurd nesting itself (its depth limit); say where it most likely is.
            problems.Add(new(path, MostNestedLine(markdown), $"Lists, quotes, brackets or emphasis are nested far too deeply here; flatten them."));
            return new(null, problems);
        }
        if (TooDeep(document) is { } deepest)
        {
            // Rendering walks the tree recursively: refuse deep nesting before anything renders it.
            problems.Add(new(path, deepest.Line + 1, $"Lists or quotes are nested more than {MaxNesting} levels deep here; flatten them."));
            return new(null, problems);
        }

        if (document.FirstOrDefault() is not YamlFrontMatterBlock frontMatterBlock)
        {
            problems.Add(new(path, 1, "The note has no front matter: start it with a --- block holding title, summary and exams."));
            return new(null, problems);
        }
        var yaml = frontMatterBlock.Lines.ToString();
        var yamlFirstLine = frontMatterBlock.Line + 2;
        var front = TopicFrontMatter.Read(yaml, path, yamlFirstLine, problems);
        if (front is null) return new(null, problems);

        var key = front.Id ?? Path.GetFileNameWithoutExtension(path);
        var keyLine = Yaml.LineOf(yaml, "id", yamlFirstLine);
        Require(!string.IsNullOrWhiteSpace(front.Title), "title", "The note needs a title.");
        Require(!string.IsNullOrWhiteSpace(front.Summary), "summary", "The note needs a one-line summary.");
        Require(Slug.IsValid(key), "id", $"The topic id '{key}' may hold only lower-case letters, digits and hyphens.");
        Require(front.Domain is null, "domain", $"'domain:' is now part of 'exams:': write, for example, 'exams: {{ {exams.FirstOrDefault()?.Code ?? "MLA-C01"}: [{front.Domain}] }}'.");
        var placements = ExamPlacements.Read(front.Exams, exams, (field, message) => problems.Add(new(path, ExamPlacements.LineOf(yaml, field, yamlFirstLine), message)));
        var services = new List<ParsedService>();
        foreach (var service in front.Services ?? [])
        {
            if (string.IsNullOrWhiteSpace(service.Name)) Require(false, "services", "Every service needs a name.");
            else services.Add(new(service.Name.Trim(), (service.Aliases ?? []).Select(a => a.Trim()).Where(a => a.Length > 0).ToList()));
        }

        var body = ReadBody(path, markdown, document, problems);
        if (problems.Any(p => p.IsError)) return new(null, problems);

        var topic = new ParsedTopic(
            key, keyLine, front.Title!.Trim(), front.Summary!.Trim(), placements,
            front.Order ?? 0, front.Tags ?? [], (front.Concepts ?? []).Select(c => c.Trim()).Where(c => c.Length > 0).ToList(), services, body.Html, body.Sections, body.Items, body.Resources);
        return new(topic, problems);

        void Require(bool condition, string field, string message)
        {
            if (!condition) problems.Add(new(path, Yaml.LineOf(yaml, field, yamlFirstLine), message));
        }
    }

    private sealed record Body(string Html, List<ParsedSection> Sections, List<ParsedItem> Items, List<ParsedResource> Resources);

    private static Body ReadBody(string path, string markdown, MarkdownDocument document, List<ContentProblem> problems)
    {
        var sections = new List<ParsedSection>();
        var items = new List<ParsedItem>();
        var resources = new List<ParsedResource>();
        var hidden = new List<Block>();
        var part = Part.Body;
        var anchor = "";
        var heading = "";
        var level = 0;
        var text = new System.Text.StringBuilder();

        foreach (var block in document.ToList())
        {
            switch (block)
            {
                case YamlFrontMatterBlock:
                    continue;
                case HeadingBlock title when title.Level <= 2:
                    CloseSection();
                    part = NoteMarkdown.PlainText(title).ToLowerInvariant() switch
                    {
                        "checklist" => Part.Checklist,
                        "resources" => Part.Resources,
                        _ => Part.Body,
                    };
                    if (part != Part.Body)
                    {
                        hidden.Add(block);
                        continue;
                    }
                    (level, anchor, heading) = (2, title.GetAttributes().Id ?? "", NoteMarkdown.PlainText(title));
                    continue;
                case HeadingBlock subheading when part == Part.Body:
                    CloseSection();
                    (level, anchor, heading) = (subheading.Level, subheading.GetAttributes().Id ?? "", NoteMarkdown.PlainText(subheading));
                    continue;
            }

            if (part == Part.Resources)
            {
                hidden.Add(block);
                ReadResources(path, block, resources, problems);
                continue;
            }
            ExtractTasks(path, markdown, block, anchor, items, problems);
            if (part == Part.Checklist)
            {
                hidden.Add(block);
                if (block is not ListBlock)
                    problems.Add(new(path, block.Line + 1, "Only task-list items (- [ ] ...) belong under Checklist; this text is not shown.", IsError: false));
                continue;
            }
            if (block is ListBlock { Count: 0 }) { hidden.Add(block); continue; }
            text.Append(NoteMarkdown.PlainText(block)).Append(' ');
        }
        CloseSection();

        foreach (var block in hidden) block.Parent?.Remove(block);
        foreach (var (link, url) in NoteMarkdown.SecureLinks(document))
            problems.Add(new(path, link.Line + 1, $"Link target '{url}' is not allowed (only http, https, mailto and relative links) and was removed.", IsError: false));

        return new(NoteMarkdown.Render(document), sections, items, resources);

        void CloseSection()
        {
            var plain = text.ToString().Trim();
            if (level > 0 || plain.Length > 0) sections.Add(new(level, anchor, heading, plain));
            text.Clear();
            (level, anchor, heading) = (0, "", "");
        }
    }

    /// <summary>Moves the task-list items out of a list into the checklist; the page renders them from catalog rows.</summary>
    private static void ExtractTasks(string path, string markdown, Block block, string sectionAnchor, List<ParsedItem> items, List<ContentProblem> problems)
    {
        if (block is not ListBlock list) return;
        foreach (var entry in list.OfType<ListItemBlock>().ToList())
        {
            if (entry.FirstOrDefault() is not ParagraphBlock { Inline.FirstChild: TaskList } paragraph) continue;
            list.Remove(entry);

            var source = markdown.Substring(paragraph.Span.Start, paragraph.Span.Length);
            // The box is matched at the start (a failed match has length 0).
            var wording = NoteMarkdown.CollapseWhitespace(source.AsSpan(TaskBox().Match(source).Length));
            var pinned = PinnedId().Match(wording);
            if (pinned.Success) wording = wording[..pinned.Index].TrimEnd();
            var line = paragraph.Line + 1;
            if (wording.Length == 0)
            {
                problems.Add(new(path, line, "This checklist item is empty."));
                continue;
            }
            // Parsed once for both forms (25,000 items in a large catalog): the plain text before rendering secures links.
            var fragment = Markdown.Parse(wording, NoteMarkdown.Pipeline);
            var plain = NoteMarkdown.PlainText(fragment);
            var key = pinned.Success ? pinned.Groups[1].Value : Slug.From(plain);
            var twin = items.Find(i => i.Key == key);
            if (twin is not null)
            {
                problems.Add(new(path, line, $"Checklist id '{key}' is already used by the item on line {twin.Line}: reword one or pin a different {{#id}}."));
                continue;
            }
            var textHash = Slug.Hash(plain.ToLowerInvariant())[..16];
            items.Add(new(key, plain, NoteMarkdown.RenderInline(fragment), textHash, sectionAnchor, line));
        }
    }

    private static void ReadResources(string path, Block block, List<ParsedResource> resources, List<ContentProblem> problems)
    {
        if (block is not ListBlock list)
        {
            problems.Add(new(path, block.Line + 1, "Only a list of links belongs under Resources; this text is not shown.", IsError: false));
            return;
        }
        foreach (var entry in list.OfType<ListItemBlock>())
        {
            var paragraph = entry.FirstOrDefault() as ParagraphBlock;
            var link = paragraph?.Inline?.Descendants<LinkInline>().FirstOrDefault(l => !l.IsImage);
            if (paragraph is null || link is null)
            {
                problems.Add(new(path, entry.Line + 1, "A resource needs a link: - [Title](https://...) — what it is good for.", IsError: false));
                continue;
            }
            var url = link.Url ?? "";
            if (!LinkSafety.IsExternal(url) || !LinkSafety.IsSafe(url))
            {
                problems.Add(new(path, entry.Line + 1, $"Resource link '{url}' must be an http or https address.", IsError: false));
                continue;
            }
            var title = NoteMarkdown.PlainText(link).Trim();
            var description = new System.Text.StringBuilder();
            for (var next = link.NextSibling; next is not null; next = next.NextSibling)
            {
                description.Append(next switch
                {
                    LiteralInline literal => literal.Content.ToString(),
                    CodeInline code => code.Content,
                    ContainerInline container => string.Concat(container.Descendants<LiteralInline>().Select(l => l.Content.ToString())),
                    LineBreakInline => " ",
                    _ => "",
                });
            }
            resources.Add(new(title.Length > 0 ? title : url, url, description.ToString().Trim().TrimStart('—', '–', '-', ':').Trim()));
        }
    }

    [GeneratedRegex(@"^\s*\[[ xX]\]\s*")]
    private static partial Regex TaskBox();

    [GeneratedRegex(@"\s*\{#([a-z0-9][a-z0-9-]*)\}\s*$")]
    private static partial Regex PinnedId();
}
