using System.Globalization;

namespace MlsPrep.Web.Content;

public sealed record ExamParseResult(ParsedExam? Exam, IReadOnlyList<ContentProblem> Problems);

/// <summary>Reads an exam.yml: code, title, status and the domains with their weights.</summary>
public static class ExamParser
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
            if (string.IsNullOrWhiteSpace(domain.Id) || !Slug.IsValid(domain.Id) || string.IsNullOrWhiteSpace(domain.Title))
                Require(false, "domains", "Every domain needs an id (lower-case letters, digits, hyphens) and a title.");
            else if (domains.Any(d => d.Key == domain.Id))
                Require(false, "domains", $"Domain id '{domain.Id}' appears twice.");
            else if (domain.Id == TopicParser.ExamWide)
                Require(false, "domains", $"'{TopicParser.ExamWide}' is reserved for exam-wide notes.");
            else
                domains.Add(new(domain.Id, domain.Title.Trim(), domain.Weight, domain.Summary?.Trim() ?? ""));
        }
        Require(domains.Count > 0, "domains", "The exam needs at least one domain.");
        Require(domains.Count == 0 || domains.Sum(d => d.Weight) == 100, "domains",
            $"Domain weights add up to {domains.Sum(d => d.Weight)} %, not 100 %.");

        if (problems.Count > 0) return new(null, problems);
        var successors = (file.Successors ?? []).Where(s => !string.IsNullOrWhiteSpace(s.Code))
            .Select(s => new ParsedSuccessor(s.Code!.Trim(), s.Title?.Trim() ?? s.Code!.Trim())).ToList();
        return new(new ParsedExam(file.Code!.Trim(), file.Title!.Trim(), file.Summary?.Trim() ?? "", retired, retiredOn, successors, domains), problems);

        void Require(bool condition, string field, string message)
        {
            if (!condition) problems.Add(new(path, Yaml.LineOf(yaml, field, 1), message));
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
        public List<DomainEntry>? Domains { get; set; }
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
    }
}
