using MlsPrep.Tests.Support;

namespace MlsPrep.Tests.Progress;

/// <summary>A small exam: Data Work (40 %) with two topics of two items, Model Work (60 %) with one topic of two.</summary>
public sealed class ProgressSite : IDisposable
{
    public ContentFolder Content { get; } = new();
    public MlsPrepApp App { get; }

    public const string First = "i-can-explain-the-first-thing";
    public const string Second = "i-can-explain-the-second-thing";

    public ProgressSite()
    {
        Content.Write("tst-c01/data/streams.md", ContentFolder.Note("Streams", extraFrontMatter: "order: 1"));
        Content.Write("tst-c01/data/queues.md", ContentFolder.Note("Queues", extraFrontMatter: "order: 2"));
        Content.Write("tst-c01/models/tuning.md", ContentFolder.Note("Tuning", domain: "models"));
        App = new MlsPrepApp(Content.Root);
    }

    public void Dispose()
    {
        App.Dispose();
        Content.Dispose();
    }
}
