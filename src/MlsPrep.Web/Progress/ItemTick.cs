namespace MlsPrep.Web.Progress;

/// <summary>
/// A user's tick on a checklist item. Keyed by the item's stable ids, never by catalog rows, so it survives
/// re-imports, reordering and moves, and is kept when the item disappears (it counts again if the item returns).
/// </summary>
public class ItemTick
{
    public required string UserId { get; set; }
    public required string TopicKey { get; set; }
    public required string ItemKey { get; set; }
    /// <summary>The item's wording when it was ticked: if the note changes it, the tick shows as "changed since".</summary>
    public required string TextHash { get; set; }
    public DateTimeOffset TickedAt { get; set; }

    // The review schedule (FSRS): null until the first review after the tick, when the tick itself counts as "Good".
    public double? Stability { get; set; }
    public double? Difficulty { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }
}

/// <summary>A resource the user has marked as read.</summary>
public class ResourceRead
{
    public required string UserId { get; set; }
    public required string TopicKey { get; set; }
    public required string Url { get; set; }
    public DateTimeOffset ReadAt { get; set; }
}
