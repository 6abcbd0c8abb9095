namespace MlsPrep.Web.Review;

/// <summary>
/// The day a reader sits an exam. What they had covered when they set it is kept, so the pace plan can say whether
/// they are on track since then.
/// </summary>
public class ExamDate
{
    public required string UserId { get; set; }
    public required string ExamCode { get; set; }
    public DateOnly Day { get; set; }
    public DateOnly SetOn { get; set; }
    public int CoveredWhenSet { get; set; }
}
