namespace MlsPrep.Web.Review;

/// <summary>One grade given to a covered item: by the review page, or by a practice question that tests it.</summary>
public class ReviewLogEntry
{
    public long Id { get; set; }
    public required string UserId { get; set; }
    public required string TopicKey { get; set; }
    public required string ItemKey { get; set; }
    public Grade Grade { get; set; }
    public DateTimeOffset ReviewedAt { get; set; }
}
