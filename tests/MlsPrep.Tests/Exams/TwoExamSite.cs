using MlsPrep.Tests.Support;

namespace MlsPrep.Tests.Exams;

/// <summary>
/// Two exams over one set of notes: the retired TST-C01 (Data Work 40 %, Model Work 60 %) and its successor TST-A01
/// (Prepare 50 %, Operate 50 %). "Streams" serves both, "Tuning" only TST-C01, "Pipelines" only TST-A01. Two items each.
/// </summary>
public sealed class TwoExamSite : IDisposable
{
    public const string AssociateYaml = """
        code: TST-A01
        title: Test Certification – Associate
        summary: The successor.
        status: active
        facts:
          questions: 65
          scored_questions: 50
          minutes: 130
          pass_mark: 720
          scale: 100-1000
          question_types: [Multiple choice, Ordering]
        domains:
          - id: prepare
            title: Prepare
            weight: 50
            tasks:
              - 1.1 Ingest and store data
              - 1.2 Transform data
          - id: operate
            title: Operate
            weight: 50
            tasks:
              - 2.1 Monitor models
        """;

    public ContentFolder Content { get; } = new();
    public MlsPrepApp App { get; }

    public const string First = "i-can-explain-the-first-thing";

    public TwoExamSite()
    {
        Content.Write("tst-a01/exam.yml", AssociateYaml);
        Content.Write("tst-c01/data/streams.md", ContentFolder.Note("Streams", exams: "TST-C01: [1.1]\nTST-A01: [1.1, 1.2]"));
        Content.Write("tst-c01/models/tuning.md", ContentFolder.Note("Tuning", domain: "models"));
        Content.Write("tst-a01/operate/pipelines.md", ContentFolder.Note("Pipelines", exams: "TST-A01: [2.1]"));
        Content.Write("tst-a01/exam/about.md", ContentFolder.Note("About the associate exam", exams: "TST-A01: [exam]"));
        App = new MlsPrepApp(Content.Root);
    }

    public void Dispose()
    {
        App.Dispose();
        Content.Dispose();
    }
}
