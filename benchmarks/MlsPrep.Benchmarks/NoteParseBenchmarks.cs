using BenchmarkDotNet.Attributes;
using Markdig;
using MlsPrep.Web.Content;

namespace MlsPrep.Benchmarks;

/// <summary>
/// Reading 100 generated notes into catalog records (front matter, sections, checklist, resources, HTML), against
/// Markdig's own parse of the same text as the baseline in the same run: the share the app adds on top of the engine.
/// </summary>
[Config(typeof(FastConfig))]
public class NoteParseBenchmarks
{
    private const int Notes = 100;
    private readonly string folder = Directory.CreateTempSubdirectory("mlsprep-parse-").FullName;
    private (string Path, string Text)[] notes = [];
    private IReadOnlyCollection<ParsedExam> exams = [];

    [GlobalSetup]
    public void Setup()
    {
        CorpusGenerator.Generate(folder, Notes);
        exams = Directory.GetFiles(folder, "exam.yml", SearchOption.AllDirectories)
            .Select(path => ExamParser.Parse(path, File.ReadAllText(path)).Exam!).ToList();
        notes = Directory.GetFiles(folder, "*.md", SearchOption.AllDirectories)
            .Where(path => Path.GetFileName(Path.GetDirectoryName(path)) != "questions")
            .Select(path => (Path.GetRelativePath(folder, path), File.ReadAllText(path))).ToArray();
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(folder, recursive: true);

    [Benchmark(Baseline = true, Description = "Markdig parse only, 100 notes")]
    public int MarkdigOnly() => notes.Sum(note => Markdown.Parse(note.Text, NoteMarkdown.Pipeline).Count);

    [Benchmark(Description = "TopicParser.Parse, 100 notes")]
    public int ReadNotes() => notes.Sum(note => TopicParser.Parse(note.Path, note.Text, exams).Topic!.Items.Count);
}
