using MlsPrep.Web.Questions;

namespace MlsPrep.Web.Content;

/// <summary>`check`: validates all of content/ without a database, for authors and CI.</summary>
public static class ContentCheck
{
    public static int Run(string contentPath, TextWriter output)
    {
        var scan = ContentScanner.Scan(contentPath, new Dictionary<string, PreviousImport>());
        var topics = scan.Files.Select(f => f.Topic).OfType<ParsedTopic>().ToList();
        var questionProblems = new List<ContentProblem>();
        var questions = QuestionLinks.Link(scan.QuestionFiles, [.. scan.Exams.Select(e => e.Exam)], topics.ToDictionary(t => t.Key, NoteFactsOf), questionProblems);
        var problems = scan.AllProblems.Concat(UnservedTasks(scan.Exams, topics)).Concat(questionProblems)
            .OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Line).ToList();
        foreach (var problem in problems) output.WriteLine(problem);

        foreach (var exam in scan.Exams.Select(e => e.Exam))
        {
            var serving = topics.Where(t => t.Placements.Any(p => p.ExamCode == exam.Code)).ToList();
            var tasks = exam.Domains.Sum(d => d.Tasks.Count);
            var asked = questions.Count(q => q.Placements.Any(p => p.ExamCode == exam.Code));
            output.WriteLine($"{exam.Code}: {serving.Count} notes, {serving.Sum(t => t.Items.Count)} checklist items, {serving.Sum(t => t.Resources.Count)} resources, {asked} questions, {tasks} task statements.");
        }
        var errors = problems.Count(p => p.IsError);
        output.WriteLine($"Checked {scan.Exams.Count} exam(s) and {topics.Count} valid topic(s) in {contentPath}: {errors} error(s), {problems.Count - errors} warning(s).");
        return errors == 0 ? 0 : 1;
    }

    public static NoteFacts NoteFactsOf(ParsedTopic topic) =>
        new(topic.Key, [.. topic.Items.Select(i => (i.Key, i.Text))], [.. topic.Sections.Select(s => (s.Heading, s.Anchor))], [.. topic.Placements.Select(p => p.ExamCode)]);

    /// <summary>A task statement no note serves is a hole in the track: reported at its line in the exam file.</summary>
    public static IEnumerable<ContentProblem> UnservedTasks(IEnumerable<ScannedExam> exams, IReadOnlyCollection<ParsedTopic> topics) =>
        from scanned in exams
        from task in scanned.Exam.Domains.SelectMany(d => d.Tasks)
        where !topics.Any(t => t.Placements.Any(p => p.ExamCode == scanned.Exam.Code && p.Tasks.Contains(task.Key)))
        select new ContentProblem(scanned.ExamFilePath, task.Line, $"No note serves task {task.Key} ({task.Title}): name it under 'exams: {{ {scanned.Exam.Code}: [...] }}' in the notes that cover it.");
}
