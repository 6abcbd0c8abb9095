using MlsPrep.Tests.Support;
using MlsPrep.Web.Content;
using MlsPrep.Web.MockExams;
using MlsPrep.Web.Questions;

namespace MlsPrep.Tests.Questions;

/// <summary>The repository's own questions: enough of them, in the right places, for the practice and mocks we promise.</summary>
public sealed class RealQuestionsTests
{
    private static readonly ContentScan Scan = ContentScanner.Scan(MlsPrepApp.RepositoryContent, new Dictionary<string, PreviousImport>());
    private static readonly List<ParsedTopic> Notes = [.. Scan.Files.Select(f => f.Topic).OfType<ParsedTopic>()];
    private static readonly List<ContentProblem> Problems = [];
    private static readonly List<LinkedQuestion> Questions = QuestionLinks.Link(
        Scan.QuestionFiles, [.. Scan.Exams.Select(e => e.Exam)], Notes.ToDictionary(n => n.Key, ContentCheck.NoteFactsOf), Problems);

    [Fact]
    public void Every_question_loads_without_a_problem()
    {
        Assert.Empty(Scan.AllProblems.Concat(Problems).Select(p => p.ToString()));
        Assert.True(Questions.Count >= 300, $"{Questions.Count} questions");
    }

    [Fact]
    public void Every_note_has_at_least_three_questions()
    {
        var thin = Notes.Select(n => (n.Key, Count: Questions.Count(q => q.Question.NoteKey == n.Key))).Where(n => n.Count < 3).ToList();
        Assert.Empty(thin);
    }

    [Fact]
    public void Every_MLA_C01_task_statement_has_at_least_twelve_questions()
    {
        var exam = Scan.Exams.Single(e => e.Exam.Code == "MLA-C01").Exam;
        var thin = exam.Domains.SelectMany(d => d.Tasks)
            .Select(t => (t.Key, Count: Questions.Count(q => q.Placements.Any(p => p.ExamCode == "MLA-C01" && p.TaskKey == t.Key))))
            .Where(t => t.Count < 12).ToList();
        Assert.Empty(thin);
    }

    [Theory]
    [InlineData("MLA-C01", 2)]
    [InlineData("MLS-C01", 1)]
    public void The_bank_fills_full_mocks_without_repeating_a_question(string code, int mocks)
    {
        var parsed = Scan.Exams.Single(e => e.Exam.Code == code).Exam;
        var domains = parsed.Domains.Select((d, i) => new MlsPrep.Web.Catalog.Domain { Key = d.Key, Title = d.Title, Weight = d.Weight, Order = i }).ToList();
        var seats = MockPlan.Seats(domains, parsed.Facts.Questions);

        var short_ = domains.Select(d => (d.Key, Needed: seats[d.Key] * mocks, Have: Questions.Count(q => q.Placements.Any(p => p.ExamCode == code && p.DomainKey == d.Key))))
            .Where(d => d.Have < d.Needed).ToList();
        Assert.Empty(short_);
    }

    [Fact]
    public void Every_question_type_the_exams_use_is_there_and_case_studies_have_several_questions()
    {
        var types = Questions.GroupBy(q => q.Question.Type).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(Enum.GetValues<QuestionType>(), t => Assert.True(types.GetValueOrDefault(t) >= 10, $"{t}: {types.GetValueOrDefault(t)}"));
        var cases = Questions.Where(q => q.Question.CaseKey is not null).GroupBy(q => q.Question.CaseKey).ToList();
        Assert.True(cases.Count >= 4, $"{cases.Count} case studies");
        Assert.All(cases, c => Assert.True(c.Count() >= 3, $"case {c.Key} has {c.Count()} questions"));
    }
}
