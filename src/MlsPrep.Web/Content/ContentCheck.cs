namespace MlsPrep.Web.Content;

/// <summary>`check`: validates all of content/ without a database, for authors and CI.</summary>
public static class ContentCheck
{
    public static int Run(string contentPath, TextWriter output)
    {
        var scan = ContentScanner.Scan(contentPath, new Dictionary<string, PreviousImport>());
        var problems = scan.AllProblems.OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Line).ToList();
        foreach (var problem in problems) output.WriteLine(problem);

        var topics = scan.Exams.Sum(e => e.Files.Count(f => f.Topic is not null));
        var errors = problems.Count(p => p.IsError);
        output.WriteLine($"Checked {scan.Exams.Count} exam(s) and {topics} valid topic(s) in {contentPath}: {errors} error(s), {problems.Count - errors} warning(s).");
        return errors == 0 ? 0 : 1;
    }
}
