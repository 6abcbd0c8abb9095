namespace MlsPrep.Web.Content;

/// <summary>The YAML at the top of a note. Unknown keys are errors, so a typo never goes unnoticed.</summary>
internal sealed class TopicFrontMatter
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Summary { get; set; }
    /// <summary>Per exam code, what the note serves there: task statements ("1.3"), a domain id, or "exam".</summary>
    public Dictionary<string, List<string>?>? Exams { get; set; }
    /// <summary>The single-exam field notes had before <see cref="Exams"/>: read only to say what replaces it.</summary>
    public string? Domain { get; set; }
    public int? Order { get; set; }
    public List<string>? Tags { get; set; }
    /// <summary>What a candidate asks when they need this note, in their words rather than the note's: for search.</summary>
    public List<string>? Concepts { get; set; }
    public List<ServiceEntry>? Services { get; set; }

    internal sealed class ServiceEntry
    {
        public string? Name { get; set; }
        public List<string>? Aliases { get; set; }
    }
}
