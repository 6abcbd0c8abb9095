using MlsPrep.Web.Catalog;
using MlsPrep.Web.Database;
using MlsPrep.Web.Questions;
using Microsoft.EntityFrameworkCore;

namespace MlsPrep.Web.MockExams;

/// <summary>
/// A reader's mock exams: start, save each answer as it is given, submit. Every query carries the reader's id, so a
/// reader can reach only their own sittings. A sitting past its deadline is submitted when next touched.
/// </summary>
public sealed class MockSittings(MlsPrepDb db, QuestionBank bank, ExamCatalog exams, AnswerRecorder recorder, TimeProvider time)
{
    public async Task<MockExam?> StartAsync(string userId, Exam exam)
    {
        var questions = (await bank.GetAsync(db)).OfExam(exam.Code).ToList();
        if (questions.Count == 0) return null;
        var usedBefore = (await db.MockResponses.Where(r => db.MockExams.Any(m => m.Id == r.MockExamId && m.UserId == userId && m.ExamCode == exam.Code))
            .Select(r => r.QuestionKey).ToListAsync()).ToHashSet(StringComparer.Ordinal);
        var now = time.GetUtcNow();
        var mock = new MockExam
        {
            Id = Guid.NewGuid(), UserId = userId, ExamCode = exam.Code, StartedAt = now, Deadline = now.AddMinutes(exam.Facts.Minutes), PassMark = exam.Facts.PassMark,
        };
        mock.Responses = MockPlan.Pick(exam, questions, usedBefore, Random.Shared)
            .Select((q, i) => new MockResponse { MockExamId = mock.Id, Position = i + 1, QuestionKey = q.Key }).ToList();
        db.MockExams.Add(mock);
        await db.SaveChangesAsync();
        return mock;
    }

    /// <summary>The reader's sitting with its answers; submitted first if its time ran out.</summary>
    public async Task<MockExam?> FindAsync(string userId, Guid id)
    {
        var mock = await db.MockExams.Include(m => m.Responses.OrderBy(r => r.Position)).FirstOrDefaultAsync(m => m.Id == id && m.UserId == userId);
        if (mock is { SubmittedAt: null } && time.GetUtcNow() >= mock.Deadline) await SubmitAsync(mock);
        return mock;
    }

    /// <returns>False when the sitting is over (submitted, or out of time) and nothing was saved.</returns>
    public async Task<bool> SaveAsync(MockExam mock, int position, string? response, bool flagged)
    {
        var now = time.GetUtcNow();
        if (mock.SubmittedAt is not null || now >= mock.Deadline) return false;
        var saved = await db.MockResponses
            .Where(r => r.MockExamId == mock.Id && r.Position == position && db.MockExams.Any(m => m.Id == mock.Id && m.UserId == mock.UserId && m.SubmittedAt == null))
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.Response, response).SetProperty(r => r.Flagged, flagged).SetProperty(r => r.SavedAt, now));
        return saved == 1;
    }

    public async Task SubmitAsync(MockExam mock)
    {
        if (mock.SubmittedAt is not null) return;
        var questions = await bank.GetAsync(db);
        var exam = (await exams.GetAsync(db)).Find(Exam.SlugOf(mock.ExamCode));
        var now = time.GetUtcNow();
        var submittedAt = now < mock.Deadline ? now : mock.Deadline;
        // Claimed in one statement, so a sitting submitted from two tabs at once is scored once.
        if (await db.MockExams.Where(m => m.Id == mock.Id && m.SubmittedAt == null).ExecuteUpdateAsync(set => set.SetProperty(m => m.SubmittedAt, submittedAt)) == 0)
        {
            await db.Entry(mock).ReloadAsync();
            return;
        }
        var graded = new List<(Question Question, bool Correct)>();
        foreach (var response in mock.Responses)
        {
            // A question removed from the content since the start is left out of the score rather than counted wrong.
            if (questions.Find(response.QuestionKey) is not { } question) continue;
            response.Correct = question.IsRight(response.Response);
            graded.Add((question, response.Correct.Value));
        }
        mock.SubmittedAt = submittedAt;
        mock.Correct = graded.Count(g => g.Correct);
        if (exam is not null)
        {
            mock.ScaledScore = MockScore.Scaled(exam.Facts, mock.Correct, graded.Count);
            mock.Domains = MockScore.ByDomain(exam, graded);
        }
        await db.SaveChangesAsync();
        // Answers given in the sitting count like any other: wrong ones reopen the items they test.
        foreach (var response in mock.Responses.Where(r => r.Response is not null))
        {
            if (questions.Find(response.QuestionKey) is { } question) await recorder.RecordAsync(mock.UserId, question, response.Response!, now, mock.Id);
        }
    }

    /// <summary>Newest first; sorted here because SQLite cannot order by a date with an offset.</summary>
    public async Task<IReadOnlyList<MockExam>> HistoryAsync(string userId) =>
        (await db.MockExams.AsNoTracking().Include(m => m.Responses).Where(m => m.UserId == userId).ToListAsync()).OrderByDescending(m => m.StartedAt).ToList();
}
