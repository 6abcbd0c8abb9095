using System.Text.RegularExpressions;

namespace MlsPrep.Web.Content;

/// <summary>
/// Reads a note's <c>exams:</c> map — for each exam code, the task statements the note serves — into placements.
/// <code>
/// exams:
///   MLA-C01: [2.2, 2.3]      # task statements; the first decides the domain the note is listed under
///   MLS-C01: [modeling]      # or a domain id, when no task statement fits
/// </code>
/// Exam-wide notes ("About the exam") name <c>[exam]</c>.
/// </summary>
public static partial class ExamPlacements
{
    /// <summary>The pseudo-domain of exam-wide notes such as "About the exam".</summary>
    public const string ExamWide = "exam";

    /// <param name="report">Called with the field (an exam code, or "exams") and the message of each problem.</param>
    public static List<ParsedPlacement> Read(Dictionary<string, List<string>?>? entries, IReadOnlyCollection<ParsedExam> exams, Action<string, string> report)
    {
        var placements = new List<ParsedPlacement>();
        var known = string.Join(", ", exams.Select(e => e.Code));
        if (entries is null || entries.Count == 0)
        {
            report("exams", $"The note needs 'exams:', naming for each exam the task statements it serves, such as '{exams.FirstOrDefault()?.Code ?? "MLA-C01"}: [1.1]'.");
            return placements;
        }
        foreach (var (code, values) in entries)
        {
            var exam = exams.FirstOrDefault(e => string.Equals(e.Code, code.Trim(), StringComparison.OrdinalIgnoreCase));
            if (exam is null)
            {
                report(code, $"Unknown exam '{code}': use one of {known}.");
                continue;
            }
            if (placements.Any(p => p.ExamCode == exam.Code))
            {
                report(code, $"{exam.Code} is listed twice.");
                continue;
            }
            var names = (values ?? []).Select(v => v?.Trim() ?? "").ToList();
            if (names.Count == 0 || names.Any(n => n.Length == 0))
            {
                report(code, $"List what the note serves in {exam.Code}: task statements such as [{FirstTask(exam)}], a domain id, or [{ExamWide}].");
                continue;
            }
            if (names.Contains(ExamWide))
            {
                if (names.Count > 1) report(code, $"'{ExamWide}' marks an exam-wide note and stands alone; list task statements in another note.");
                else placements.Add(new(exam.Code, null, []));
                continue;
            }
            var unknown = names.Where(n => exam.DomainOfTask(n) is null && exam.Domains.All(d => d.Key != n)).ToList();
            if (unknown.Count > 0)
            {
                report(code, $"{exam.Code} has no task statement or domain {string.Join(", ", unknown.Select(u => $"'{u}'"))}: use task statements ({string.Join(", ", exam.Domains.SelectMany(d => d.Tasks).Select(t => t.Key))}), a domain id ({string.Join(", ", exam.Domains.Select(d => d.Key))}) or '{ExamWide}'.");
                continue;
            }
            var domain = exam.DomainOfTask(names[0])?.Key ?? names[0];
            placements.Add(new(exam.Code, domain, names.Where(n => exam.DomainOfTask(n) is not null).Distinct().ToList()));
        }
        return placements;
    }

    /// <summary>The file line of an exam's entry under <c>exams:</c> (or of <c>exams:</c> itself).</summary>
    public static int LineOf(string yaml, string field, int firstLine)
    {
        if (field == "exams") return Yaml.LineOf(yaml, field, firstLine);
        var lines = yaml.Split('\n');
        var entry = new Regex($@"^(\s+|exams:\s*\{{.*)[""']?{Regex.Escape(field)}[""']?\s*:", RegexOptions.IgnoreCase);
        var index = Array.FindIndex(lines, l => entry.IsMatch(l));
        return index < 0 ? Yaml.LineOf(yaml, "exams", firstLine) : firstLine + index;
    }

    private static string FirstTask(ParsedExam exam) => exam.Domains.SelectMany(d => d.Tasks).FirstOrDefault()?.Key ?? "1.1";
}
