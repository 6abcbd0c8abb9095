using MlsPrep.Tests.Support;
using MlsPrep.Web.Content;

namespace MlsPrep.Tests.Content;

public class ExamParserTests
{
    [Fact]
    public void The_exam_file_gives_status_successors_and_weighted_domains()
    {
        var exam = ExamParser.Parse("tst/exam.yml", ContentFolder.ExamYaml).Exam!;

        Assert.Equal(("TST-C01", true, new DateOnly(2026, 3, 31)), (exam.Code, exam.Retired, exam.RetiredOn));
        Assert.Equal("TST-A01", Assert.Single(exam.Successors).Code);
        Assert.Equal([("data", 40), ("models", 60)], exam.Domains.Select(d => (d.Key, d.Weight)));
    }

    [Fact]
    public void Weights_that_do_not_add_up_to_100_are_an_error()
    {
        var result = ExamParser.Parse("tst/exam.yml", ContentFolder.ExamYaml.Replace("weight: 60", "weight: 50"));

        Assert.Null(result.Exam);
        Assert.Contains(result.Problems, p => p.Message.Contains("add up to 90", StringComparison.Ordinal));
    }

    [Fact]
    public void A_retired_exam_needs_its_retirement_date()
    {
        var result = ExamParser.Parse("tst/exam.yml", ContentFolder.ExamYaml.Replace("retired_on: 2026-03-31", ""));

        Assert.Null(result.Exam);
        Assert.Contains(result.Problems, p => p.Message.Contains("retired_on", StringComparison.Ordinal));
    }
}
