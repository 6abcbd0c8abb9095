using MlsPrep.Tests.Support;

namespace MlsPrep.Tests.Pages;

/// <summary>One app for a class of page tests, over a small known content tree.</summary>
public sealed class SiteFixture : IDisposable
{
    public ContentFolder Content { get; } = new();
    public MlsPrepApp App { get; }

    public SiteFixture()
    {
        Content.Write("tst-c01/exam/about.md", ContentFolder.Note("About the test exam", domain: "exam", body: "Format and scoring.\n\n## Resources\n- [Exam page](https://aws.amazon.com/certification/) — booking and the exam guide.\n"));
        Content.Write("tst-c01/data/streams.md", ContentFolder.Note("Streams", extraFrontMatter: "order: 1"));
        Content.Write("tst-c01/data/queues.md", ContentFolder.Note("Queues", extraFrontMatter: "order: 2"));
        Content.Write("tst-c01/models/tuning.md", ContentFolder.Note("Tuning", domain: "models"));
        Content.Write("tst-c01/models/hostile.md", ContentFolder.Note("Hostile", domain: "models", body: """
            ## Attack
            <script>alert('raw')</script>
            <img src=x onerror="alert('img')">
            [click me](javascript:alert('link'))
            [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)

            ## Checklist
            - [ ] I can spot <b onmouseover="alert('item')">this</b>.
            """));
        App = new MlsPrepApp(Content.Root);
    }

    public void Dispose()
    {
        App.Dispose();
        Content.Dispose();
    }
}
