namespace MlsPrep.Web.Questions;

/// <summary>How a reader does on an exam's questions, per domain, by their latest answer to each question.</summary>
public sealed record QuestionScores(IReadOnlyDictionary<string, (int Right, int Answered)> ByDomain)
{
    public static readonly QuestionScores None = new(new Dictionary<string, (int, int)>());

    public (int Right, int Answered) Domain(string domainKey) => ByDomain.GetValueOrDefault(domainKey);

    public static QuestionScores From(IEnumerable<Review.StudyRecords.Answer> answers, QuestionSet questions, string examCode)
    {
        var latest = answers.GroupBy(a => a.QuestionKey).Select(g => g.MaxBy(a => a.Id)!);
        var byDomain = new Dictionary<string, (int Right, int Answered)>(StringComparer.Ordinal);
        foreach (var answer in latest)
        {
            if (questions.Find(answer.QuestionKey)?.Exams.FirstOrDefault(e => e.ExamCode == examCode) is not { DomainKey.Length: > 0 } placement) continue;
            var (right, answered) = byDomain.GetValueOrDefault(placement.DomainKey);
            byDomain[placement.DomainKey] = (right + (answer.Correct ? 1 : 0), answered + 1);
        }
        return new(byDomain);
    }
}
