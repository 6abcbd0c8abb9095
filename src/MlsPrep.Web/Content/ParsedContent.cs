namespace MlsPrep.Web.Content;

/// <summary>What the parser makes of content files, before anything is stored.</summary>
public sealed record ParsedExam(
    string Code, string Title, string Summary, bool Retired, DateOnly? RetiredOn, ParsedFacts Facts,
    IReadOnlyList<ParsedSuccessor> Successors, IReadOnlyList<ParsedDomain> Domains)
{
    public ParsedDomain? DomainOfTask(string taskKey) => Domains.FirstOrDefault(d => d.Tasks.Any(t => t.Key == taskKey));
}

public sealed record ParsedFacts(int Questions, int ScoredQuestions, int Minutes, int PassMark, int ScoreMin, int ScoreMax, IReadOnlyList<string> QuestionTypes, DateOnly? AvailableSince);

public sealed record ParsedSuccessor(string Code, string Title);

public sealed record ParsedDomain(string Key, string Title, int Weight, string Summary, IReadOnlyList<ParsedTask> Tasks);

public sealed record ParsedTask(string Key, string Title, int Line);

public sealed record ParsedTopic(
    string Key, int KeyLine, string Title, string Summary, IReadOnlyList<ParsedPlacement> Placements, int Order,
    IReadOnlyList<string> Tags, IReadOnlyList<string> Concepts, IReadOnlyList<ParsedService> Services, string Html,
    IReadOnlyList<ParsedSection> Sections, IReadOnlyList<ParsedItem> Items, IReadOnlyList<ParsedResource> Resources);

/// <summary>A note's place in one exam: the domain (null for exam-wide notes) and the task statements it serves.</summary>
public sealed record ParsedPlacement(string ExamCode, string? DomainKey, IReadOnlyList<string> Tasks);

public sealed record ParsedService(string Name, IReadOnlyList<string> Aliases);

public sealed record ParsedSection(int Level, string Anchor, string Heading, string PlainText);

public sealed record ParsedItem(string Key, string Text, string Html, string TextHash, string SectionAnchor, int Line);

public sealed record ParsedResource(string Title, string Url, string Description);
