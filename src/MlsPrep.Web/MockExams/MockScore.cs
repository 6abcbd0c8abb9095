using MlsPrep.Web.Catalog;
using MlsPrep.Web.Questions;

namespace MlsPrep.Web.MockExams;

/// <summary>
/// Scores a sitting: right answers per domain, and an estimate on the exam's scaled range. AWS does not publish how
/// it turns right answers into a scaled score, so the estimate is a straight line from the lowest score (none
/// right) to the highest (all right); the result page says so.
/// </summary>
public static class MockScore
{
    public static int Scaled(ExamFacts facts, int correct, int asked) =>
        asked == 0 ? facts.ScoreMin : (int)Math.Round(facts.ScoreMin + (double)(facts.ScoreMax - facts.ScoreMin) * correct / asked);

    public static List<DomainScore> ByDomain(Exam exam, IReadOnlyList<(Question Question, bool Correct)> answers) =>
        exam.Domains.Select(domain =>
        {
            var inDomain = answers.Where(a => MockPlan.DomainOf(a.Question, exam) == domain.Key).ToList();
            return new DomainScore { DomainKey = domain.Key, Title = domain.Title, Weight = domain.Weight, Asked = inDomain.Count, Correct = inDomain.Count(a => a.Correct) };
        }).ToList();
}
