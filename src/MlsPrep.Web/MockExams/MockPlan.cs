using MlsPrep.Web.Catalog;
using MlsPrep.Web.Questions;

namespace MlsPrep.Web.MockExams;

/// <summary>
/// Picks a mock exam's questions: the real exam's length, split over the domains by their weights, preferring
/// questions the reader has not met in an earlier mock, so two sittings repeat nothing while the bank allows.
/// </summary>
public static class MockPlan
{
    public static IReadOnlyList<Question> Pick(Exam exam, IReadOnlyList<Question> bank, IReadOnlySet<string> usedBefore, Random random)
    {
        var length = Math.Min(exam.Facts.Questions, bank.Count);
        var byDomain = exam.Domains.ToDictionary(d => d.Key, d => Shuffled(bank.Where(q => DomainOf(q, exam) == d.Key), usedBefore, random));
        var wanted = Seats(exam.Domains, length);
        var picked = new List<Question>();
        foreach (var domain in exam.Domains)
            picked.AddRange(byDomain[domain.Key].Take(wanted[domain.Key]));
        // A domain short of questions leaves its seats to the others, in weight order.
        foreach (var domain in exam.Domains.OrderByDescending(d => d.Weight))
        {
            if (picked.Count >= length) break;
            picked.AddRange(byDomain[domain.Key].Except(picked).Take(length - picked.Count));
        }
        // Questions of one case study sit together, as on the real exam.
        return picked.OrderBy(q => exam.Domains.FindIndex(d => d.Key == DomainOf(q, exam)))
            .ThenBy(q => q.CaseKey.Length == 0 ? picked.IndexOf(q) : picked.FindIndex(p => p.CaseKey == q.CaseKey))
            .ToList();
    }

    /// <summary>Seats per domain by weight, by largest remainder, so they add up to the exam's length.</summary>
    public static Dictionary<string, int> Seats(IReadOnlyList<Domain> domains, int length)
    {
        var total = Math.Max(1, domains.Sum(d => d.Weight));
        var exact = domains.Select(d => (d.Key, Share: (double)d.Weight * length / total)).ToList();
        var seats = exact.ToDictionary(e => e.Key, e => (int)Math.Floor(e.Share));
        foreach (var (key, _) in exact.OrderByDescending(e => e.Share - Math.Floor(e.Share)).Take(length - seats.Values.Sum()))
            seats[key]++;
        return seats;
    }

    public static string? DomainOf(Question question, Exam exam) =>
        question.Exams.FirstOrDefault(e => e.ExamCode == exam.Code) is { DomainKey.Length: > 0 } placement ? placement.DomainKey : null;

    private static List<Question> Shuffled(IEnumerable<Question> questions, IReadOnlySet<string> usedBefore, Random random) =>
        questions.Select(q => (q, Order: random.Next())).OrderBy(x => usedBefore.Contains(x.q.Key)).ThenBy(x => x.Order).Select(x => x.q).ToList();
}
