namespace MlsPrep.Web.Content;

/// <summary>What the importer last saw of one file under content/, so unchanged files are skipped.</summary>
public class SourceFile
{
    public required string Path { get; set; }
    public required string Hash { get; set; }
    /// <summary>The topic this file last imported successfully; kept while the file is broken.</summary>
    public string? TopicKey { get; set; }
    public string? Problems { get; set; }
    public DateTimeOffset CheckedAt { get; set; }
}
