namespace MlsPrep.Web.Exams;

/// <summary>The exam a signed-in reader studies for. Held by exam code, not row, so it survives re-imports.</summary>
public class ExamChoice
{
    public required string UserId { get; set; }
    public required string ExamCode { get; set; }
    public DateTimeOffset ChosenAt { get; set; }
}
