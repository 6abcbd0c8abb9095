namespace MlsPrep.Web.MockExams;

/// <summary>
/// One sitting of a mock exam. The deadline is fixed at the start and kept here, so a reload, a closed tab or a
/// restarted server neither pauses nor resets the clock.
/// </summary>
public class MockExam
{
    public Guid Id { get; set; }
    public required string UserId { get; set; }
    public required string ExamCode { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset Deadline { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public List<MockResponse> Responses { get; set; } = [];
    // The result, fixed at submission so later content edits never change a past score.
    public int Correct { get; set; }
    public int ScaledScore { get; set; }
    public int PassMark { get; set; }
    public List<DomainScore> Domains { get; set; } = [];
}

/// <summary>A question of the sitting at its position, with what the reader has answered so far.</summary>
public class MockResponse
{
    public Guid MockExamId { get; set; }
    public int Position { get; set; }
    public required string QuestionKey { get; set; }
    public string? Response { get; set; }
    public bool Flagged { get; set; }
    public DateTimeOffset? SavedAt { get; set; }
    public bool? Correct { get; set; }
}

public class DomainScore
{
    public required string DomainKey { get; set; }
    public required string Title { get; set; }
    public int Weight { get; set; }
    public int Asked { get; set; }
    public int Correct { get; set; }
}
