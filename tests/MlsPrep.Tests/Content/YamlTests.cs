using MlsPrep.Web.Content;

namespace MlsPrep.Tests.Content;

/// <summary>The YAML reader that exam files and question files share: a broken file is a problem on its line, never a crash.</summary>
public class YamlTests
{
    private sealed class Sample
    {
        public string? Title { get; set; }
        public List<string>? Tags { get; set; }
    }

    [Fact]
    public void An_unclosed_list_at_the_end_is_a_problem_on_its_line_not_a_crash()
    {
        var problems = new List<ContentProblem>();

        var read = Yaml.Read<Sample>("title: T\ntags: [a, b\n", "tst/questions/q.md", 2, problems);

        Assert.Null(read);
        var problem = Assert.Single(problems);
        Assert.Equal("tst/questions/q.md", problem.Path);
        Assert.InRange(problem.Line, 3, 4);
        Assert.StartsWith("Invalid YAML", problem.Message);
    }
}
