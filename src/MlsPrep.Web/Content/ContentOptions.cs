namespace MlsPrep.Web.Content;

public sealed class ContentOptions
{
    public const string SectionName = "Content";

    /// <summary>The content folder; a relative path is taken from the working directory.</summary>
    public string Path { get; set; } = "content";

    /// <summary>Re-import when a file under the content folder changes while the app runs.</summary>
    public bool Watch { get; set; } = true;

    public string FullPath => System.IO.Path.GetFullPath(Path);
}
