namespace MlsPrep.Web.PersonalNotes;

/// <summary>A reader's own note on a topic: Markdown only they can see, kept by the topic's key across re-imports.</summary>
public class PersonalNote
{
    public required string UserId { get; set; }
    public required string TopicKey { get; set; }
    public required string Markdown { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public const int MaxLength = 20_000;
}
