namespace MlsPrep.Web.Content;

/// <summary>
/// What an import records of a file: the hash of its content, which decides whether it changed, then after "@" the
/// size and modification time it had, which let the next import leave an unwritten file unread.
/// </summary>
public static class FileHash
{
    /// <summary>Taken before the file is read, so a write during the read leaves a newer time than the one recorded.</summary>
    public static string? StampOf(FileInfo file)
    {
        try
        {
            return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{file.Length}:{file.LastWriteTimeUtc.Ticks}");
        }
        catch (IOException)
        {
            return null;   // gone or unreadable: reading it reports why
        }
    }

    public static string Of(string content, string? stamp) => stamp is null ? content : $"{content}@{stamp}";

    public static string Content(string hash) => hash.IndexOf('@') is var at and >= 0 ? hash[..at] : hash;

    public static string? Stamp(string hash) => hash.IndexOf('@') is var at and >= 0 ? hash[(at + 1)..] : null;
}
