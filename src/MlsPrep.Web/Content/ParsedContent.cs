namespace MlsPrep.Web.Content;

/// <summary>What the parser makes of content files, before anything is stored.</summary>
public sealed record ParsedExam(
    string Code, string Title, string Summary, bool Retired, DateOnly? RetiredOn,
    IReadOnlyList<ParsedSuccessor> Successors, IReadOnlyList<ParsedDomain> Domains);

public sealed record ParsedSuccessor(string Code, string Title);

public sealed record ParsedDomain(string Key, string Title, int Weight, string Summary);

public sealed record ParsedTopic(
    string Key, int KeyLine, string Title, string Summary, string? DomainKey, int Order,
    IReadOnlyList<string> Tags, IReadOnlyList<ParsedService> Services, string Html,
    IReadOnlyList<ParsedSection> Sections, IReadOnlyList<ParsedItem> Items, IReadOnlyList<ParsedResource> Resources);

public sealed record ParsedService(string Name, IReadOnlyList<string> Aliases);

public sealed record ParsedSection(int Level, string Anchor, string Heading, string PlainText);

public sealed record ParsedItem(string Key, string Text, string Html, string TextHash, string SectionAnchor, int Line);

public sealed record ParsedResource(string Title, string Url, string Description);
