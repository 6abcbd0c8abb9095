namespace MlsPrep.Web.Catalog;

/// <summary>One note, written once. Its Key (from front matter or file name) is what progress and links hold on to.</summary>
public class Topic
{
    public int Id { get; set; }
    public required string Key { get; set; }
    public required string Title { get; set; }
    public string Summary { get; set; } = "";
    public List<string> Tags { get; set; } = [];
    /// <summary>Plain-language phrasings of what the note answers; searched, never shown.</summary>
    public List<string> Concepts { get; set; } = [];
    public List<TopicService> Services { get; set; } = [];
    public string Html { get; set; } = "";
    public string SourcePath { get; set; } = "";
    public DateTimeOffset ImportedAt { get; set; }
    /// <summary>Where the note sits in each exam it serves.</summary>
    public List<Placement> Placements { get; set; } = [];
    public List<Section> Sections { get; set; } = [];
    public List<ChecklistItem> Items { get; set; } = [];
    public List<Resource> Resources { get; set; } = [];
}

/// <summary>A note's place in one exam: its domain (none for exam-wide notes), its position, and the task statements it serves.</summary>
public class Placement
{
    public int Id { get; set; }
    public int TopicId { get; set; }
    public int ExamId { get; set; }
    public int? DomainId { get; set; }
    public int Order { get; set; }
    public List<string> Tasks { get; set; } = [];
}

public class TopicService
{
    public required string Name { get; set; }
    public List<string> Aliases { get; set; } = [];
}

/// <summary>A heading of a note with the plain text under it, for the table of contents and search.</summary>
public class Section
{
    public int Id { get; set; }
    public int TopicId { get; set; }
    public int Order { get; set; }
    public int Level { get; set; }
    public required string Anchor { get; set; }
    public required string Heading { get; set; }
    public string PlainText { get; set; } = "";
}

public class ChecklistItem
{
    public int Id { get; set; }
    public int TopicId { get; set; }
    public int Order { get; set; }
    public required string Key { get; set; }
    public required string Text { get; set; }
    public required string Html { get; set; }
    /// <summary>Hash of the wording, so a tick can tell when the item changed after it was given.</summary>
    public required string TextHash { get; set; }
    public string SectionAnchor { get; set; } = "";
}

public class Resource
{
    public int Id { get; set; }
    public int TopicId { get; set; }
    public int Order { get; set; }
    public required string Title { get; set; }
    public required string Url { get; set; }
    public string Description { get; set; } = "";
}
