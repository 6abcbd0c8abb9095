using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using MlsPrep.Web.Content;

namespace MlsPrep.Web.Questions;

/// <summary>
/// Reads a questions file: a `note:` front matter, then `## id` sections holding a yaml block, the stem, the
/// lettered options and a collapsed answer. Line by line, so every problem names its line; a broken question is
/// reported and skipped while the others load.
/// </summary>
public static partial class QuestionParser
{
    /// <summary>Questions live in a folder of this name beside the notes they test.</summary>
    public const string FolderName = "questions";

    private sealed class QuestionYaml
    {
        public Dictionary<string, string>? Exams { get; set; }
        public List<string>? Items { get; set; }
        public string? Section { get; set; }
        public string? Type { get; set; }
        public string? Case { get; set; }
    }

    private sealed class FileYaml
    {
        public string? Note { get; set; }
    }

    private static readonly Dictionary<string, QuestionType> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        ["single"] = QuestionType.SingleAnswer, ["multiple"] = QuestionType.MultipleResponse, ["ordering"] = QuestionType.Ordering, ["matching"] = QuestionType.Matching,
    };

    private sealed record Line(int Number, string Text);

    public static ParsedQuestionFile Parse(string path, string text, List<ContentProblem> problems)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n').Select((l, i) => new Line(i + 1, l.TrimEnd())).ToList();
        var start = 0;
        string? noteKey = null;
        if (lines.Count > 0 && lines[0].Text == "---")
        {
            var end = lines.FindIndex(1, l => l.Text == "---");
            if (end < 0)
            {
                problems.Add(new(path, 1, "The front matter never ends: close it with a --- line."));
                return new(path, null, [], []);
            }
            var front = Yaml.Read<FileYaml>(string.Join('\n', lines[1..end].Select(l => l.Text)), path, 2, problems);
            noteKey = front?.Note;
            start = end + 1;
        }
        if (noteKey is null) problems.Add(new(path, 1, "A questions file starts with front matter naming the note it tests: ---, note: <note id>, ---."));

        var cases = new List<ParsedCase>();
        var questions = new List<ParsedQuestion>();
        foreach (var (heading, body) in Sections(lines[start..]))
        {
            if (CaseHeading().Match(heading.Text) is { Success: true } caseMatch)
            {
                var key = caseMatch.Groups[1].Value.Trim();
                if (!Slug.IsValid(key)) problems.Add(new(path, heading.Number, $"Case study id '{key}' may hold only lower-case letters, digits and hyphens."));
                else cases.Add(new(key, heading.Number, Render(Join(body))));
                continue;
            }
            var id = heading.Text[3..].Trim();
            if (!Slug.IsValid(id))
            {
                problems.Add(new(path, heading.Number, $"Question id '{id}' may hold only lower-case letters, digits and hyphens."));
                continue;
            }
            var count = problems.Count;
            var question = ParseQuestion(path, id, heading.Number, noteKey ?? "", body, problems);
            if (question is not null && problems.Count == count) questions.Add(question);
        }
        return new(path, noteKey, cases, questions);
    }

    /// <summary>Splits the file at its `## ` headings, ignoring any inside fenced code.</summary>
    private static IEnumerable<(Line Heading, List<Line> Body)> Sections(List<Line> lines)
    {
        Line? heading = null;
        var body = new List<Line>();
        var fenced = false;
        foreach (var line in lines)
        {
            if (line.Text.StartsWith("```", StringComparison.Ordinal)) fenced = !fenced;
            if (!fenced && line.Text.StartsWith("## ", StringComparison.Ordinal))
            {
                if (heading is not null) yield return (heading, body);
                (heading, body) = (line, []);
            }
            else if (heading is not null) body.Add(line);
        }
        if (heading is not null) yield return (heading, body);
    }

    private static ParsedQuestion? ParseQuestion(string path, string id, int headingLine, string noteKey, List<Line> body, List<ContentProblem> problems)
    {
        var at = SkipBlank(body, 0);
        if (at >= body.Count || body[at].Text != "```yaml")
        {
            problems.Add(new(path, at < body.Count ? body[at].Number : headingLine, $"Question {id}: right after its heading comes a ```yaml block naming its exams and tasks."));
            return null;
        }
        var close = body.FindIndex(at + 1, l => l.Text == "```");
        if (close < 0)
        {
            problems.Add(new(path, body[at].Number, $"Question {id}: the ```yaml block never closes."));
            return null;
        }
        var yaml = Yaml.Read<QuestionYaml>(string.Join('\n', body[(at + 1)..close].Select(l => l.Text)), path, body[at].Number + 1, problems);
        if (yaml is null) return null;
        var type = ReadType(path, id, body[at].Number, yaml.Type, problems);
        var exams = (yaml.Exams ?? []).Select(e => new ParsedQuestionExam(e.Key, e.Value is "exam" or "" ? null : e.Value)).ToList();
        if (exams.Count == 0) problems.Add(new(path, body[at].Number, $"Question {id}: name its exam and task, e.g. 'exams: {{ MLA-C01: 2.1 }}'."));

        var detailsAt = body.FindIndex(close, l => l.Text.Trim() == "<details>");
        if (detailsAt < 0)
        {
            problems.Add(new(path, headingLine, $"Question {id}: the answer belongs in a <details> block after the options."));
            return null;
        }
        var question = body[(close + 1)..detailsAt];
        var optionsAt = question.FindIndex(l => OptionLine().IsMatch(l.Text));
        if (optionsAt < 0)
        {
            problems.Add(new(path, headingLine, $"Question {id}: no options found; write each as '- A. …'."));
            return null;
        }
        var stem = question[..optionsAt];
        var options = ReadOptions(path, id, question[optionsAt..], problems);
        var prompts = new List<string>();
        if (type == QuestionType.Matching) stem = TakePrompts(path, id, stem, prompts, problems);
        var stemText = string.Join(' ', stem.Select(l => l.Text.Trim()).Where(t => t.Length > 0));
        if (stemText.Length == 0) problems.Add(new(path, headingLine, $"Question {id}: the scenario and question are missing."));

        var answer = ReadAnswer(path, id, headingLine, body[(detailsAt + 1)..], options, out var explanations, out var extra, out var docs, problems);
        var answerLine = body.Find(l => AnswerLine().IsMatch(l.Text))?.Number ?? headingLine;
        var canonical = answer is null ? "" : Answers.Check(path, answerLine, id, type, answer, options.Select(o => o.Letter).ToList(), prompts.Count, SelectCount(stemText), problems);
        var parsedOptions = options.Select(o => new ParsedOption(o.Letter, o.Html, explanations.GetValueOrDefault(o.Letter) ?? "")).ToList();
        CheckExplanations(path, id, type, answerLine, canonical, options, explanations, problems);
        if (docs.Count == 0) problems.Add(new(path, answerLine, $"Question {id}: end the answer with 'Docs: [title](https://docs.aws.amazon.com/…)' backing it."));

        return new(id, headingLine, noteKey, type, exams, yaml.Items ?? [], yaml.Section, yaml.Case,
            Render(Join(stem)), PlainText(stemText), prompts, parsedOptions, canonical, extra, docs);
    }

    private static QuestionType ReadType(string path, string id, int line, string? type, List<ContentProblem> problems)
    {
        if (type is null) return QuestionType.SingleAnswer;
        if (Types.TryGetValue(type.Trim(), out var parsed)) return parsed;
        problems.Add(new(path, line, $"Question {id}: type '{type}' is not one of single, multiple, ordering, matching."));
        return QuestionType.SingleAnswer;
    }

    private sealed record OptionLineText(string Letter, string Html, int Line);

    private static List<OptionLineText> ReadOptions(string path, string id, List<Line> lines, List<ContentProblem> problems)
    {
        var options = new List<OptionLineText>();
        foreach (var line in lines.Where(l => l.Text.Trim().Length > 0))
        {
            if (OptionLine().Match(line.Text) is not { Success: true } match)
            {
                problems.Add(new(path, line.Number, $"Question {id}: only options ('- A. …') may follow the first option; move this text above them or into the answer."));
                continue;
            }
            var letter = match.Groups[1].Value;
            var expected = ((char)('A' + options.Count)).ToString();
            if (letter != expected) problems.Add(new(path, line.Number, $"Question {id}: option {letter} should be {expected}; letter options in order from A."));
            options.Add(new(letter, NoteMarkdown.RenderInline(match.Groups[2].Value), line.Number));
        }
        return options;
    }

    /// <summary>A matching question's numbered prompts come out of the stem; the page shows each with a choice beside it.</summary>
    private static List<Line> TakePrompts(string path, string id, List<Line> stem, List<string> prompts, List<ContentProblem> problems)
    {
        var kept = new List<Line>();
        foreach (var line in stem)
        {
            if (PromptLine().Match(line.Text) is { Success: true } match)
            {
                if (int.Parse(match.Groups[1].Value) != prompts.Count + 1)
                    problems.Add(new(path, line.Number, $"Question {id}: number the prompts 1, 2, 3… in order."));
                prompts.Add(NoteMarkdown.RenderInline(match.Groups[2].Value));
            }
            else kept.Add(line);
        }
        if (prompts.Count < 2) problems.Add(new(path, stem.FirstOrDefault()?.Number ?? 1, $"Question {id}: a matching question lists its prompts in the stem as '1. …', '2. …'."));
        return kept;
    }

    private static string? ReadAnswer(
        string path, string id, int headingLine, List<Line> details, List<OptionLineText> options,
        out Dictionary<string, string> explanations, out string extra, out List<DocLink> docs, List<ContentProblem> problems)
    {
        explanations = new(StringComparer.Ordinal);
        docs = [];
        string? answer = null;
        var extraLines = new List<string>();
        string? explaining = null;
        var end = details.FindIndex(l => l.Text.Trim() == "</details>");
        if (end < 0) problems.Add(new(path, headingLine, $"Question {id}: close the answer with </details>."));
        foreach (var line in end < 0 ? details : details[..end])
        {
            var textLine = line.Text.Trim();
            if (textLine.StartsWith("<summary>", StringComparison.Ordinal) || textLine.Length == 0)
            {
                explaining = null;
                continue;
            }
            if (AnswerLine().Match(textLine) is { Success: true } answerMatch)
            {
                answer = answerMatch.Groups[1].Value;
                continue;
            }
            if (ExplanationLine().Match(textLine) is { Success: true } explanation)
            {
                explaining = explanation.Groups[1].Value;
                if (options.All(o => o.Letter != explaining)) problems.Add(new(path, line.Number, $"Question {id}: explanation for {explaining}, which is not an option."));
                explanations[explaining] = explanation.Groups[2].Value;
                continue;
            }
            if (textLine.StartsWith("Docs:", StringComparison.Ordinal))
            {
                foreach (Match link in MarkdownLink().Matches(textLine))
                {
                    if (LinkSafety.IsExternal(link.Groups[2].Value) && LinkSafety.IsSafe(link.Groups[2].Value)) docs.Add(new(link.Groups[1].Value, link.Groups[2].Value));
                    else problems.Add(new(path, line.Number, $"Question {id}: docs link '{link.Groups[2].Value}' must be an http or https address."));
                }
                explaining = null;
                continue;
            }
            if (explaining is not null) explanations[explaining] += " " + textLine;
            else extraLines.Add(line.Text);
        }
        foreach (var (letter, explanation) in explanations) explanations[letter] = NoteMarkdown.RenderInline(explanation);
        extra = extraLines.Count == 0 ? "" : Render(string.Join('\n', extraLines));
        if (answer is null) problems.Add(new(path, headingLine, $"Question {id}: state the answer inside <details> as '**Answer: B**'."));
        return answer;
    }

    private static void CheckExplanations(
        string path, string id, QuestionType type, int line, string answer, List<OptionLineText> options,
        Dictionary<string, string> explanations, List<ContentProblem> problems)
    {
        foreach (var option in options.Where(o => !explanations.ContainsKey(o.Letter)))
            problems.Add(new(path, option.Line, $"Question {id}: option {option.Letter} has no explanation; add '- **{option.Letter}** — Right. …' or '— Wrong. …' in the answer."));
        if (type is not (QuestionType.SingleAnswer or QuestionType.MultipleResponse) || answer.Length == 0) return;
        var right = answer.Split(',').ToHashSet();
        foreach (var (letter, html) in explanations)
        {
            var saysRight = html.StartsWith("Right", StringComparison.Ordinal);
            var saysWrong = html.StartsWith("Wrong", StringComparison.Ordinal);
            if (saysRight && !right.Contains(letter) || saysWrong && right.Contains(letter))
                problems.Add(new(path, line, $"Question {id}: the explanation of {letter} says {(saysRight ? "Right" : "Wrong")}, but the answer is {answer}."));
        }
    }

    /// <summary>"Select TWO." in the stem: how many options a multiple-response answer must name.</summary>
    private static int? SelectCount(string stem) =>
        SelectPhrase().Match(stem) is { Success: true } match
            ? Array.IndexOf(["one", "two", "three", "four", "five"], match.Groups[1].Value.ToLowerInvariant()) + 1
            : null;

    private static int SkipBlank(List<Line> lines, int from)
    {
        while (from < lines.Count && lines[from].Text.Trim().Length == 0) from++;
        return from;
    }

    private static string Join(IEnumerable<Line> lines) => string.Join('\n', lines.Select(l => l.Text)).Trim();

    private static string Render(string markdown)
    {
        var document = Markdown.Parse(markdown, NoteMarkdown.Pipeline);
        NoteMarkdown.SecureLinks(document);
        return NoteMarkdown.Render(document);
    }

    private static string PlainText(string markdown) => NoteMarkdown.PlainText(Markdown.Parse(markdown, NoteMarkdown.Pipeline));

    [GeneratedRegex(@"^## Case study:\s*(.+)$")]
    private static partial Regex CaseHeading();

    [GeneratedRegex(@"^- ([A-Z])\. (.+)$")]
    private static partial Regex OptionLine();

    [GeneratedRegex(@"^(\d+)\. (.+)$")]
    private static partial Regex PromptLine();

    [GeneratedRegex(@"^\*\*Answer:\s*(.+?)\*\*$")]
    private static partial Regex AnswerLine();

    [GeneratedRegex(@"^- \*\*([A-Z])\*\*\s*[—–-]\s*(.*)$")]
    private static partial Regex ExplanationLine();

    [GeneratedRegex(@"\[([^\]]+)\]\(([^)\s]+)\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"\(Select (one|two|three|four|five)\.?\)", RegexOptions.IgnoreCase)]
    private static partial Regex SelectPhrase();
}
