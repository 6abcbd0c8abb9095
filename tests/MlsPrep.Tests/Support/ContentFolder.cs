using MlsPrep.Web.Content;

namespace MlsPrep.Tests.Support;

/// <summary>A throw-away content/ tree on disk, written note by note by a test.</summary>
public sealed class ContentFolder : IDisposable
{
    public const string ExamYaml = """
        code: TST-C01
        title: Test Certification – Specialty
        summary: A small exam for tests.
        status: retired
        retired_on: 2026-03-31
        successors:
          - code: TST-A01
            title: Test Certification – Associate
        domains:
          - id: data
            title: Data Work
            weight: 40
            summary: Getting data in.
            tasks:
              - 1.1 Ingest data
              - 1.2 Clean data
          - id: models
            title: Model Work
            weight: 60
            summary: Training models.
            tasks:
              - 2.1 Train models
        """;

    /// <summary>The test exam as the parser sees it, for parsing notes without a folder.</summary>
    public static IReadOnlyCollection<ParsedExam> Exams { get; } = [ExamParser.Parse("tst-c01/exam.yml", ExamYaml).Exam!];

    public string Root { get; } = Directory.CreateTempSubdirectory("mlsprep-content-").FullName;

    public string ExamFolder => Path.Combine(Root, "tst-c01");

    public ContentFolder(bool withExam = true)
    {
        if (withExam) Write("tst-c01/exam.yml", ExamYaml);
    }

    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void Delete(string relativePath) => File.Delete(Path.Combine(Root, relativePath));

    public void Move(string from, string to)
    {
        var target = Path.Combine(Root, to);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Move(Path.Combine(Root, from), target);
    }

    /// <param name="domain">What the note serves in the test exam: a domain id, task ids ("1.1, 1.2") or "exam".</param>
    /// <param name="exams">The whole exams map instead, one "CODE: [...]" entry per line.</param>
    public static string Note(string title, string domain = "data", string extraFrontMatter = "", string body = DefaultBody, string? exams = null) => $"""
        ---
        title: {title}
        summary: What {title} is for.
        exams:
          {(exams ?? $"TST-C01: [{domain}]").ReplaceLineEndings("\n  ")}
        {extraFrontMatter}
        ---

        {body}
        """;

    public const string DefaultBody = """
        ## Key facts
        - A fact with a [link](https://docs.aws.amazon.com/example).

        ## Checklist
        - [ ] I can explain the first thing.
        - [ ] I can explain the second thing.

        ## Resources
        - [Official guide](https://docs.aws.amazon.com/guide.html) — the reference.
        """;

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
