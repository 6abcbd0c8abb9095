using System.Security.Cryptography;
using System.Text;
using MlsPrep.Web.Questions;

namespace MlsPrep.Web.Content;

/// <summary>What the last import recorded for a file.</summary>
public sealed record PreviousImport(string Hash, string? TopicKey, bool HadProblems);

/// <summary>One note as the scanner found it: parsed, skipped as unchanged, or rejected with problems.</summary>
public sealed record ScannedFile(string Path, string Hash, ParsedTopic? Topic, bool Unchanged, string? ClaimedKey, IReadOnlyList<ContentProblem> Problems, bool Restamped = false);

public sealed record ScannedExam(string ExamFilePath, string ExamHash, ParsedExam Exam);

/// <summary>Every exam file and every note of content/. A note may live in any exam's folder and serve several exams.</summary>
public sealed record ContentScan(
    IReadOnlyList<ScannedExam> Exams, IReadOnlyList<ScannedFile> Files, IReadOnlyList<ParsedQuestionFile> QuestionFiles,
    IReadOnlyList<ContentProblem> Problems, IReadOnlySet<string> SeenPaths, string QuestionsVersion = "", IReadOnlyList<ContentProblem>? QuestionProblems = null)
{
    /// <summary>Where the importer records <see cref="QuestionsVersion"/>; not a file.</summary>
    public const string QuestionsRecord = ".questions";

    public IEnumerable<ContentProblem> AllProblems => Problems.Concat(Files.SelectMany(f => f.Problems));
}

/// <summary>
/// Reads content/ without touching the database: every exam folder, every note in it, each parsed once.
/// Never follows symbolic links, so nothing outside content/ is read.
/// </summary>
public static class ContentScanner
{
    public const int MaxNoteBytes = 1024 * 1024;

    /// <summary>
    /// Part of every file's recorded hash: raise it when parsing or rendering changes what a file becomes, and the
    /// next import reads every file again instead of keeping what the previous version made of it.
    /// </summary>
    public const int FormatVersion = 2;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static ContentScan Scan(string root, IReadOnlyDictionary<string, PreviousImport> previous)
    {
        var problems = new List<ContentProblem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var exams = new List<ScannedExam>();
        if (!Directory.Exists(root))
        {
            problems.Add(new(root, 0, "The content folder does not exist."));
            return new(exams, [], [], problems, seen);
        }

        // Exams first: a note in one exam's folder may name the task statements of any exam.
        var folders = new DirectoryInfo(root).EnumerateDirectories().Where(d => d.LinkTarget is null).OrderBy(d => d.Name, StringComparer.Ordinal).ToList();
        var examFolders = new List<DirectoryInfo>();
        foreach (var folder in folders)
        {
            var examFile = new FileInfo(Path.Combine(folder.FullName, ExamParser.FileName));
            if (!examFile.Exists) continue;
            examFolders.Add(folder);
            var examPath = Relative(root, examFile.FullName);
            seen.Add(examPath);
            if (Read(examFile, examPath, problems) is not ({ } examText, { } examHash)) continue;
            var parsedExam = ExamParser.Parse(examPath, examText);
            problems.AddRange(parsedExam.Problems);
            if (parsedExam.Exam is not { } exam) continue;
            if (exams.Find(e => e.Exam.Code.Equals(exam.Code, StringComparison.OrdinalIgnoreCase)) is { } twin)
                problems.Add(new(examPath, Yaml.LineOf(examText, "code", 1), $"Exam code {exam.Code} is already used by {twin.ExamFilePath}."));
            else
                exams.Add(new(examPath, examHash, exam));
        }
        if (examFolders.Count == 0 && problems.Count == 0)
            problems.Add(new(root, 0, $"No exam folder found: each exam needs a folder with an {ExamParser.FileName}."));

        // A note is valid against every exam file, so any changed exam file means every note is read again.
        var examsUnchanged = examFolders.Count == exams.Count && exams.All(e => previous.TryGetValue(e.ExamFilePath, out var last) && last.Hash == e.ExamHash);
        var parsedExams = exams.Select(e => e.Exam).ToList();
        // Reading and parsing are independent per note: spread them over the cores, keep the order.
        var markdown = examFolders.SelectMany(folder => Notes(root, folder, problems)).ToList();
        var files = markdown.Where(f => !IsQuestionFile(f)).AsParallel().AsOrdered()
            .Select(note => ScanNote(root, note, examsUnchanged, parsedExams, previous))
            .ToList();
        seen.UnionWith(files.Select(f => f.Path));
        // Questions point into notes and exams: any change to one of them, or to a questions file (its size or time),
        // means linking again.
        var questionFilesFound = markdown.Where(IsQuestionFile).Select(file => (File: file, Path: Relative(root, file.FullName), Stamp: FileHash.StampOf(file))).ToList();
        var version = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n',
            exams.Select(e => $"{e.ExamFilePath}:{e.ExamHash}").Concat(files.Select(f => $"{f.Path}:{FileHash.Content(f.Hash)}")).Concat(questionFilesFound.Select(q => $"{q.Path}:{q.Stamp}"))))));
        seen.Add(ContentScan.QuestionsRecord);
        // Nothing they depend on changed and the last linking found no error: the importer keeps the linked questions,
        // so they are neither read nor parsed again (2,500 questions were half of a warm start).
        var questionsUnchanged = previous.TryGetValue(ContentScan.QuestionsRecord, out var linked) && linked is { HadProblems: false } && linked.Hash == version
            && questionFilesFound.TrueForAll(q => q.Stamp is not null);
        var questionProblems = new List<ContentProblem>();
        var questionFiles = new List<ParsedQuestionFile>();
        foreach (var (file, path, _) in questionsUnchanged ? [] : questionFilesFound)
            if (Read(file, path, questionProblems) is ({ } text, _)) questionFiles.Add(QuestionParser.Parse(path, text, questionProblems));
        problems.AddRange(questionProblems);
        return new(exams, RejectDuplicateKeys(files, previous), questionFiles, problems, seen, version, questionProblems);
    }

    private static bool IsQuestionFile(FileInfo file) => file.Directory?.Name == QuestionParser.FolderName;

    private static ScannedFile ScanNote(string root, FileInfo note, bool examsUnchanged, IReadOnlyCollection<ParsedExam> exams, IReadOnlyDictionary<string, PreviousImport> previous)
    {
        var path = Relative(root, note.FullName);
        var last = examsUnchanged && previous.TryGetValue(path, out var found) && found is { HadProblems: false, TopicKey: not null } ? found : null;
        var stamp = FileHash.StampOf(note);
        // The size and modification time it had when last imported: not written since, so not read again (a warm
        // start over 5,000 notes spent a third of its time reading and hashing files that had not changed).
        if (last is not null && stamp is not null && FileHash.Stamp(last.Hash) == stamp) return new(path, last.Hash, null, true, last.TopicKey, []);
        var fileProblems = new List<ContentProblem>();
        if (Read(note, path, fileProblems) is not ({ } text, { } content)) return new(path, "", null, false, null, fileProblems);
        var hash = FileHash.Of(content, stamp);
        // Touched but not changed (a checkout, a copy): still unchanged, and recorded with its new time.
        if (last is not null && FileHash.Content(last.Hash) == content) return new(path, hash, null, true, last.TopicKey, [], Restamped: true);
        var parsed = TopicParser.Parse(path, text, exams);
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
            return (text, $"{Convert.ToHexStringLower(SHA256.HashData(bytes))}-v{FormatVersion}");
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
