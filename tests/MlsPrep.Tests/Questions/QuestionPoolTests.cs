using MlsPrep.Web.Questions;

namespace MlsPrep.Tests.Questions;

/// <summary>The questions a practice set draws from: by exam, domain and task statement, in content order.</summary>
public sealed class QuestionPoolTests
{
    private static Question Q(string key, params (string Exam, string Domain, string Task)[] placements) => new()
    {
        Key = key, TopicKey = "note",
        Exams = [.. placements.Select(p => new QuestionExam { ExamCode = p.Exam, DomainKey = p.Domain, TaskKey = p.Task })],
    };

    private static readonly QuestionSet Set = new([
        Q("a", ("MLA-C01", "data", "1.1")),
        Q("b", ("MLA-C01", "data", "1.2"), ("MLS-C01", "eng", "")),
        Q("c", ("MLA-C01", "models", "2.1"), ("MLA-C01", "models", "2.2")),
        Q("d", ("MLS-C01", "eng", "")),
    ], new Dictionary<string, string>());

    private static string[] Keys(IReadOnlyList<Question> pool) => [.. pool.Select(q => q.Key)];

    [Fact]
    public void An_exam_named_by_code_or_slug_draws_its_questions_in_content_order()
    {
        Assert.Equal(["a", "b", "c"], Keys(Set.Pool("MLA-C01", null, null)));
        Assert.Equal(["a", "b", "c"], Keys(Set.Pool("mla-c01", null, null)));
        Assert.Equal(["a", "b", "c", "d"], Keys(Set.Pool(null, null, null)));
    }

    [Fact]
    public void A_domain_or_a_task_narrows_the_pool_and_a_question_placed_twice_in_it_counts_once()
    {
        Assert.Equal(["a", "b"], Keys(Set.Pool("MLA-C01", "data", null)));
        Assert.Equal(["c"], Keys(Set.Pool("MLA-C01", "models", null)));
        Assert.Equal(["b"], Keys(Set.Pool("MLA-C01", null, "1.2")));
        Assert.Equal(["c"], Keys(Set.Pool("MLA-C01", "models", "2.2")));
        Assert.Equal(["b", "d"], Keys(Set.Pool("MLS-C01", "eng", null)));
    }

    [Fact]
    public void Names_no_question_carries_draw_nothing()
    {
        Assert.Empty(Set.Pool("MLA-C01", "data", "2.1"));
        Assert.Empty(Set.Pool("XYZ-C01", null, null));
        Assert.Empty(Set.Pool("MLA-C01", "made-up", null));
    }
}
