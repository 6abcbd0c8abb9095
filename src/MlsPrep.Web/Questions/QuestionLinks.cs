using MlsPrep.Web.Content;

namespace MlsPrep.Web.Questions;

/// <summary>What a question may point at in a note: its checklist items, its sections and the exams it serves.</summary>
public sealed record NoteFacts(string Key, IReadOnlyList<(string Key, string Text)> Items, IReadOnlyList<(string Heading, string Anchor)> Sections, IReadOnlyCollection<string> Exams);

/// <summary>A question's place in one exam: the task statement, and the domain that task belongs to.</summary>
public sealed record QuestionPlacement(string ExamCode, string? DomainKey, string? TaskKey);

/// <summary>A question whose note, items, section, case and tasks all exist.</summary>
public sealed record LinkedQuestion(ParsedQuestion Question, string Path, IReadOnlyList<QuestionPlacement> Placements, IReadOnlyList<string> ItemKeys, string SectionAnchor, string CaseHtml);

/// <summary>
/// Ties parsed questions to the catalog: each name it gives (note, item, section, case, task) must exist.
/// A question with a broken link is reported at its line and left out; the rest load.
/// </summary>
public static class QuestionLinks
{
    public static List<LinkedQuestion> Link(
        IReadOnlyList<ParsedQuestionFile> files, IReadOnlyCollection<ParsedExam> exams, IReadOnlyDictionary<string, NoteFacts> notes, List<ContentProblem> problems)
    {
        var linked = new List<LinkedQuestion>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var caseOwners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (file.NoteKey is { } fileNote && !notes.ContainsKey(fileNote))
                problems.Add(new(file.Path, 2, $"No note has the id '{fileNote}'; name the note these questions test."));
            foreach (var @case in file.Cases)
            {
                if (caseOwners.TryGetValue(@case.Key, out var owner)) problems.Add(new(file.Path, @case.Line, $"Case study id '{@case.Key}' is already used in {owner}."));
                else caseOwners[@case.Key] = file.Path;
                if (file.Questions.All(q => q.CaseKey != @case.Key)) problems.Add(new(file.Path, @case.Line, $"No question names case '{@case.Key}'; add 'case: {@case.Key}' to its questions.", IsError: false));
            }
            foreach (var question in file.Questions)
            {
                if (seen.TryGetValue(question.Key, out var first))
                {
                    problems.Add(new(file.Path, question.Line, $"Question id '{question.Key}' is already used in {first}; ids are unique and never change."));
                    continue;
                }
                seen[question.Key] = $"{file.Path}:{question.Line}";
                if (LinkOne(file, question, exams, notes, problems) is { } ok) linked.Add(ok);
            }
        }
        return linked;
    }

    private static LinkedQuestion? LinkOne(ParsedQuestionFile file, ParsedQuestion question, IReadOnlyCollection<ParsedExam> exams, IReadOnlyDictionary<string, NoteFacts> notes, List<ContentProblem> problems)
    {
        var count = problems.Count;
        void Problem(string message, bool error = true) => problems.Add(new(file.Path, question.Line, $"Question {question.Key}: {message}", error));
        if (!notes.TryGetValue(question.NoteKey, out var note)) return null;

        var placements = new List<QuestionPlacement>();
        foreach (var (code, task) in question.Exams)
        {
            var exam = exams.FirstOrDefault(e => e.Code.Equals(code, StringComparison.OrdinalIgnoreCase));
            if (exam is null)
            {
                Problem($"no exam has the code '{code}' (known: {string.Join(", ", exams.Select(e => e.Code))}).");
                continue;
            }
            if (!note.Exams.Contains(exam.Code)) Problem($"its note {note.Key} does not serve {exam.Code}; add the exam to the note or leave it out here.", error: false);
            if (task is null)
            {
                placements.Add(new(exam.Code, null, null));
                continue;
            }
            var domain = exam.DomainOfTask(task);
            if (domain is null) Problem($"{exam.Code} has no task statement {task} (it has {string.Join(", ", exam.Domains.SelectMany(d => d.Tasks).Select(t => t.Key))}).");
            else placements.Add(new(exam.Code, domain.Key, task));
        }

        var items = new List<string>();
        foreach (var reference in question.ItemRefs)
        {
            // An item is named by its id, or by its wording's words from the start: long ids end in a hash nobody types.
            var matches = note.Items.Where(i => i.Key == reference || $"{Slug.Words(i.Text)}-".StartsWith(reference + "-", StringComparison.Ordinal))
                .Select(i => i.Key).Distinct().ToList();
            if (note.Items.Any(i => i.Key == reference)) matches = [reference];
            if (matches is [var key]) items.Add(key);
            else if (matches.Count == 0) Problem($"{note.Key} has no checklist item '{reference}'; give the item's id or the beginning of it.");
            else Problem($"'{reference}' fits {matches.Count} items of {note.Key}; give more of the id.");
        }

        var anchor = "";
        if (question.Section is { } section)
        {
            var found = note.Sections.FirstOrDefault(s => s.Heading.Equals(section.Trim(), StringComparison.OrdinalIgnoreCase));
            if (found.Anchor is null) Problem($"{note.Key} has no section '{section}'; give a heading of the note as written.");
            else anchor = found.Anchor;
        }

        var caseHtml = "";
        if (question.CaseKey is { } caseKey)
        {
            var @case = file.Cases.FirstOrDefault(c => c.Key == caseKey);
            if (@case is null) Problem($"no case study '{caseKey}' in this file; add '## Case study: {caseKey}' above its questions.");
            else caseHtml = @case.Html;
        }
        return problems.Skip(count).Any(p => p.IsError) ? null : new(question, file.Path, placements, items, anchor, caseHtml);
    }
}
