namespace MlsPrep.Web.Content;

/// <summary>Something wrong in a content file. Errors keep the file out of the catalog; warnings do not.</summary>
public sealed record ContentProblem(string Path, int Line, string Message, bool IsError = true)
{
    public override string ToString() => $"{Path}:{Line}: {(IsError ? "error" : "warning")}: {Message}";
}
