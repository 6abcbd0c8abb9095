using MlsPrep.Web.Database;
using MlsPrep.Web.Review;

namespace MlsPrep.Web.Questions;

/// <summary>What an answer did to the reader's checklist: items it reopened (wrong) or strengthened (right).</summary>
public sealed record AnswerOutcome(bool Correct, IReadOnlyList<string> Reopened, IReadOnlyList<string> Strengthened);

/// <summary>
/// Keeps a reader's answer and lets it grade the checklist items the question tests: a wrong answer reopens what
/// the reader thought they knew (back to "not yet"), a right one counts as a "Good" review.
/// </summary>
public sealed class AnswerRecorder(MlsPrepDb db, Reviews reviews)
{
    public async Task<AnswerOutcome> RecordAsync(string userId, Question question, string response, DateTimeOffset now, Guid? mockExamId = null)
    {
        var correct = question.IsRight(response);
        db.QuestionAnswers.Add(new QuestionAnswer
        {
            UserId = userId, QuestionKey = question.Key, Response = response, Correct = correct, AnsweredAt = now, MockExamId = mockExamId,
        });
        await db.SaveChangesAsync();
        var graded = new List<string>();
        foreach (var item in question.ItemKeys)
        {
            if (await reviews.GradeAsync(userId, question.TopicKey, item, correct ? Grade.Good : Grade.Forgot, now)) graded.Add(item);
        }
        return correct ? new(true, [], graded) : new(false, graded, []);
    }
}
