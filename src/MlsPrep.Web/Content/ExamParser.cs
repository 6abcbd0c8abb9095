using System.Globalization;
using System.Text.RegularExpressions;

namespace MlsPrep.Web.Content;

public sealed record ExamParseResult(ParsedExam? Exam, IReadOnlyList<ContentProblem> Problems);

/// <summary>Reads an exam.yml: code, title, status, the exam's facts, and the domains with their weights and task statements.</summary>
public static partial class ExamParser
{
    public const string FileName = "exam.yml";

    public static ExamParseResult Parse(string path, string yaml)
    {
        var problems = new List<ContentProblem>();
        var file = Yaml.Read<ExamFile>(yaml, path, 1, problems);
        if (file is null) return new(null, problems);

        Require(!string.IsNullOrWhiteSpace(file.Code), "code", "The exam needs a code, such as MLS-C01.");
        Require(!string.IsNullOrWhiteSpace(file.Title), "title", "The exam needs a title.");
        var retired = file.Status?.Trim().ToLowerInvariant() switch
        {
            "active" or null => false,
            "retired" => true,
            _ => Fail("status", $"Status '{file.Status}' is neither 'active' nor 'retired'."),
        };
        DateOnly? retiredOn = null;
        if (file.RetiredOn is { } date)
        {
            if (DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)) retiredOn = parsed;
            else Require(false, "retired_on", $"retired_on '{date}' is not a date like 2026-03-31.");
        }
        Require(!retired || file.RetiredOn is not null, "status", "A retired exam needs retired_on.");

        var domains = new List<ParsedDomain>();
        foreach (var domain in file.Domains ?? [])
        {
            var tasks = Tasks(domain, domains.Count + 1);
            if (string.IsNullOrWhiteSpace(domain.Id) || !Slug.IsValid(domain.Id) || string.IsNullOrWhiteSpace(domain.Title))
                Require(false, "domains", "Every domain needs an id (lower-case letters, digits, hyphens) and a title.");
            else if (domains.Any(d => d.Key == domain.Id))
                Require(false, "domains", $"Domain id '{domain.Id}' appears twice.");
            else if (domain.Id == ExamPlacements.ExamWide)
                Require(false, "domains", $"'{ExamPlacements.ExamWide}' is reserved for exam-wide notes.");
            else
                domains.Add(new(domain.Id, domain.Title.Trim(), domain.Weight, domain.Summary?.Trim() ?? "", tasks));
        }
        Require(domains.Count > 0, "domains", "The exam needs at least one domain.");
        Require(domains.Count == 0 || domains.Sum(d => d.Weight) == 100, "domains",
            $"Domain weights add up to {domains.Sum(d => d.Weight)} %, not 100 %.");

        var facts = Facts(file.Facts ?? new());
        if (problems.Count > 0) return new(null, problems);
        var successors = (file.Successors ?? []).Where(s => !string.IsNullOrWhiteSpace(s.Code))
            .Select(s => new ParsedSuccessor(s.Code!.Trim(), s.Title?.Trim() ?? s.Code!.Trim())).ToList();
        return new(new ParsedExam(file.Code!.Trim(), file.Title!.Trim(), file.Summary?.Trim() ?? "", retired, retiredOn, facts, successors, domains), problems);

        void Require(bool condition, string field, string message)
        {
            if (!condition) problems.Add(new(path, Yaml.LineOf(yaml, field, 1), message));
        }

        // "1.3 Ensure data integrity…": the number before the dot is the domain's position, so ids never need a lookup table.
        List<ParsedTask> Tasks(DomainEntry domain, int number)
        {
            var tasks = new List<ParsedTask>();
            foreach (var entry in domain.Tasks ?? [])
            {
                var line = LineOfText(entry);
                var match = TaskLine().Match(entry ?? "");
                if (!match.Success)
                    problems.Add(new(path, line, $"Task statement '{entry}' should read like '{number}.1 What the task asks'."));
                else if (match.Groups["domain"].Value != number.ToString(CultureInfo.InvariantCulture))
                    problems.Add(new(path, line, $"Task {match.Groups["id"].Value} is listed under domain {number}: its number must start with {number}."));
                else if (domains.SelectMany(d => d.Tasks).Concat(tasks).Any(t => t.Key == match.Groups["id"].Value))
                    problems.Add(new(path, line, $"Task {match.Groups["id"].Value} appears twice."));
                else
                    tasks.Add(new(match.Groups["id"].Value, match.Groups["title"].Value.Trim(), line));
            }
            return tasks;
        }

        ParsedFacts Facts(FactsEntry entry)
        {
            int min = 0, max = 0;
            if (entry.Scale is { } scale)
            {
                var range = ScaleRange().Match(scale);
                if (range.Success) (min, max) = (int.Parse(range.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(range.Groups[2].Value, CultureInfo.InvariantCulture));
                else Require(false, "facts", $"scale '{scale}' should read like 100-1000.");
            }
            Require(entry.PassMark == 0 || max == 0 || (entry.PassMark >= min && entry.PassMark <= max), "facts", $"The pass mark {entry.PassMark} is outside the scale {min}-{max}.");
            Require(entry.ScoredQuestions <= entry.Questions, "facts", $"{entry.ScoredQuestions} scored questions is more than the {entry.Questions} questions in all.");
            DateOnly? since = null;
            if (entry.AvailableSince is { } date)
            {
                if (DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)) since = parsed;
                else Require(false, "facts", $"available_since '{date}' is not a date like 2024-10-08.");
            }
            return new(entry.Questions, entry.ScoredQuestions, entry.Minutes, entry.PassMark, min, max,
                (entry.QuestionTypes ?? []).Select(t => t.Trim()).Where(t => t.Length > 0).ToList(), since);
        }

        int LineOfText(string? text)
        {
            var lines = yaml.Split('\n');
            var index = text is null ? -1 : Array.FindIndex(lines, l => l.Contains(text, StringComparison.Ordinal));
            return index < 0 ? Yaml.LineOf(yaml, "domains", 1) : index + 1;
        }

        bool Fail(string field, string message)
        {
            Require(false, field, message);
            return false;
        }
    }

    private sealed class ExamFile
    {
        public string? Code { get; set; }
        public string? Title { get; set; }
        public string? Summary { get; set; }
        public string? Status { get; set; }
        public string? RetiredOn { get; set; }
        public List<SuccessorEntry>? Successors { get; set; }
        public FactsEntry? Facts { get; set; }
        public List<DomainEntry>? Domains { get; set; }
    }

    private sealed class FactsEntry
    {
        public int Questions { get; set; }
        public int ScoredQuestions { get; set; }
        public int Minutes { get; set; }
        public int PassMark { get; set; }
        public string? Scale { get; set; }
        public List<string>? QuestionTypes { get; set; }
        public string? AvailableSince { get; set; }
    }

    private sealed class SuccessorEntry
    {
        public string? Code { get; set; }
        public string? Title { get; set; }
    }

    private sealed class DomainEntry
    {
        public string? Id { get; set; }
        public string? Title { get; set; }
        public int Weight { get; set; }
        public string? Summary { get; set; }
        public List<string?>? Tasks { get; set; }
    }

    [GeneratedRegex(@"^\s*(?<id>(?<domain>[0-9]+)\.[0-9]+)\s+(?<title>\S.*)$")]
    private static partial Regex TaskLine();

    [GeneratedRegex(@"^\s*([0-9]+)\s*[-–]\s*([0-9]+)\s*$")]
    private static partial Regex ScaleRange();
}
