using System.Security.Cryptography;
using System.Text;

namespace MlsPrep.Web.Content;

/// <summary>What the last import recorded for a file.</summary>
public sealed record PreviousImport(string Hash, string? TopicKey, bool HadProblems);

/// <summary>One note as the scanner found it: parsed, skipped as unchanged, or rejected with problems.</summary>
public sealed record ScannedFile(string Path, string Hash, ParsedTopic? Topic, bool Unchanged, string? ClaimedKey, IReadOnlyList<ContentProblem> Problems);

public sealed record ScannedExam(string ExamFilePath, string ExamHash, ParsedExam Exam, IReadOnlyList<ScannedFile> Files);

public sealed record ContentScan(IReadOnlyList<ScannedExam> Exams, IReadOnlyList<ContentProblem> Problems, IReadOnlySet<string> SeenPaths)
{
    public IEnumerable<ContentProblem> AllProblems => Problems.Concat(Exams.SelectMany(e => e.Files).SelectMany(f => f.Problems));
}

/// <summary>
/// Reads content/ without touching the database: every exam folder, every note in it, each parsed once.
/// Never follows symbolic links, so nothing outside content/ is read.
/// </summary>
public static class ContentScanner
{
    public const int MaxNoteBytes = 1024 * 1024;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static ContentScan Scan(string root, IReadOnlyDictionary<string, PreviousImport> previous)
    {
        var problems = new List<ContentProblem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var exams = new List<ScannedExam>();
        if (!Directory.Exists(root))
        {
            problems.Add(new(root, 0, "The content folder does not exist."));
            return new(exams, problems, seen);
        }

        foreach (var folder in new DirectoryInfo(root).EnumerateDirectories().Where(d => d.LinkTarget is null).OrderBy(d => d.Name, StringComparer.Ordinal))
        {
            var examFile = new FileInfo(Path.Combine(folder.FullName, ExamParser.FileName));
            if (!examFile.Exists) continue;
            var examPath = Relative(root, examFile.FullName);
            seen.Add(examPath);
            if (Read(examFile, examPath, problems) is not ({ } examText, { } examHash)) continue;
            var parsedExam = ExamParser.Parse(examPath, examText);
            problems.AddRange(parsedExam.Problems);
            if (parsedExam.Exam is not { } exam) continue;

            var examUnchanged = previous.TryGetValue(examPath, out var lastExam) && lastExam.Hash == examHash;
            var domainKeys = exam.Domains.Select(d => d.Key).ToHashSet(StringComparer.Ordinal);
            // Reading and parsing are independent per note: spread them over the cores, keep the order.
            var files = Notes(root, folder, problems).ToList().AsParallel().AsOrdered()
                .Select(note => ScanNote(root, note, examUnchanged, domainKeys, previous))
                .ToList();
            seen.UnionWith(files.Select(f => f.Path));
            exams.Add(new(examPath, examHash, exam, RejectDuplicateKeys(files, previous)));
        }
        if (exams.Count == 0 && problems.Count == 0)
            problems.Add(new(root, 0, $"No exam folder found: each exam needs a folder with an {ExamParser.FileName}."));
        return new(exams, problems, seen);
    }

    private static ScannedFile ScanNote(string root, FileInfo note, bool examUnchanged, IReadOnlySet<string> domainKeys, IReadOnlyDictionary<string, PreviousImport> previous)
    {
        var path = Relative(root, note.FullName);
        var fileProblems = new List<ContentProblem>();
        if (Read(note, path, fileProblems) is not ({ } text, { } hash)) return new(path, "", null, false, null, fileProblems);
        if (examUnchanged && previous.TryGetValue(path, out var last) && last is { HadProblems: false, TopicKey: not null } && last.Hash == hash)
            return new(path, hash, null, true, last.TopicKey, []);
        var parsed = TopicParser.Parse(path, text, domainKeys);
        return new(path, hash, parsed.Topic, false, parsed.Topic?.Key, parsed.Problems);
    }

    /// <summary>Two notes claiming one id are reported, never merged: the note that already owned it keeps it.</summary>
    private static List<ScannedFile> RejectDuplicateKeys(List<ScannedFile> files, IReadOnlyDictionary<string, PreviousImport> previous)
    {
        foreach (var claim in files.Where(f => f.ClaimedKey is not null).GroupBy(f => f.ClaimedKey!).Where(g => g.Count() > 1).ToList())
        {
            var owner = claim.FirstOrDefault(f => previous.TryGetValue(f.Path, out var p) && p.TopicKey == claim.Key)
                        ?? claim.OrderBy(f => f.Path, StringComparer.Ordinal).First();
            foreach (var loser in claim.Where(f => f != owner))
            {
                var problem = new ContentProblem(loser.Path, loser.Topic?.KeyLine ?? 1,
                    $"Topic id '{claim.Key}' is already used by {owner.Path}: give this note an id of its own.");
                files[files.IndexOf(loser)] = loser with { Topic = null, Unchanged = false, ClaimedKey = null, Problems = [.. loser.Problems, problem] };
            }
        }
        return files;
    }

    private static IEnumerable<FileInfo> Notes(string root, DirectoryInfo folder, List<ContentProblem> problems)
    {
        foreach (var entry in folder.EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            if (entry.Name.StartsWith('.')) continue;
            if (entry.LinkTarget is not null)
            {
                problems.Add(new(Relative(root, entry.FullName), 0, "Symbolic links are not followed; copy the note into content/ instead.", IsError: false));
                continue;
            }
            if (entry is DirectoryInfo directory)
            {
                foreach (var note in Notes(root, directory, problems)) yield return note;
            }
            else if (entry is FileInfo file && file.Extension.Equals(".md", StringComparison.OrdinalIgnoreCase))
            {
                yield return file;
            }
            else if (entry.Name != ExamParser.FileName)
            {
                problems.Add(new(Relative(root, entry.FullName), 0, "Not a note (notes end in .md); ignored.", IsError: false));
            }
        }
    }

    private static (string Text, string Hash)? Read(FileInfo file, string path, List<ContentProblem> problems)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file.FullName);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            problems.Add(new(path, 0, $"Could not be read ({error.Message}); it was skipped."));
            return null;
        }
        if (bytes.Length > MaxNoteBytes)
        {
            problems.Add(new(path, 0, $"The file is {bytes.Length / 1024} KiB; notes are limited to {MaxNoteBytes / 1024} KiB."));
            return null;
        }
        try
        {
            var text = StrictUtf8.GetString(bytes).TrimStart('\uFEFF');
            return (text, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        }
        catch (DecoderFallbackException error)
        {
            var line = 1 + bytes.AsSpan(0, Math.Clamp(error.Index, 0, bytes.Length)).Count((byte)'\n');
            problems.Add(new(path, line, "The file is not valid UTF-8; save it as UTF-8."));
            return null;
        }
    }

    private static string Relative(string root, string fullPath) =>
        Path.GetRelativePath(root, fullPath).Replace('\\', '/');
}
