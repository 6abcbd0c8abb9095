using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using MlsPrep.Web.Content;

namespace MlsPrep.Web.Progress;

/// <summary>The export format of a user's progress, in JSON and CSV, and the strict reader for importing it back.</summary>
public sealed record ProgressFile(
    [property: JsonPropertyName("format")] string Format,
    [property: JsonPropertyName("version")] int Version,
    [property: JsonPropertyName("items")] IReadOnlyList<ProgressFile.Item> Items,
    [property: JsonPropertyName("resources")] IReadOnlyList<ProgressFile.Read> Resources,
    [property: JsonPropertyName("exam")] ProgressFile.ExamChoice? Exam = null,
    [property: JsonPropertyName("examDates")] IReadOnlyList<ProgressFile.ExamDay>? ExamDates = null,
    [property: JsonPropertyName("reviews")] IReadOnlyList<ProgressFile.Review>? Reviews = null,
    [property: JsonPropertyName("notes")] IReadOnlyList<ProgressFile.Note>? Notes = null,
    [property: JsonPropertyName("answers")] IReadOnlyList<ProgressFile.Answer>? Answers = null)
{
    public const string FormatName = "mlsprep-progress";
    /// <summary>
    /// Version 3 adds exam dates, the review log, personal notes and question answers; version 2 added the chosen
    /// exam; files of every earlier version still import.
    /// </summary>
    public const int CurrentVersion = 3;
    public const int MaxEntries = 100_000;
    public const string CsvHeader = "kind,topic,item_or_url,text_hash,at,stability,difficulty,reviewed_at";
    /// <summary>The header of files exported before review schedules: still read.</summary>
    public const string FirstCsvHeader = "kind,topic,item_or_url,text_hash,at";

    /// <summary>A tick, with its review schedule once it has been reviewed (absent in older files: the tick counts as the first review).</summary>
    public sealed record Item(
        [property: JsonPropertyName("topic")] string Topic, [property: JsonPropertyName("item")] string ItemKey,
        [property: JsonPropertyName("textHash")] string TextHash, [property: JsonPropertyName("tickedAt")] DateTimeOffset TickedAt,
        [property: JsonPropertyName("stability")] double? Stability = null, [property: JsonPropertyName("difficulty")] double? Difficulty = null,
        [property: JsonPropertyName("reviewedAt")] DateTimeOffset? ReviewedAt = null);

    public sealed record Read(
        [property: JsonPropertyName("topic")] string Topic, [property: JsonPropertyName("url")] string Url,
        [property: JsonPropertyName("readAt")] DateTimeOffset ReadAt);

    /// <summary>The exam the user studies for, by code.</summary>
    public sealed record ExamChoice([property: JsonPropertyName("code")] string Code, [property: JsonPropertyName("chosenAt")] DateTimeOffset ChosenAt);

    public sealed record ExamDay(
        [property: JsonPropertyName("code")] string Code, [property: JsonPropertyName("day")] DateOnly Day,
        [property: JsonPropertyName("setOn")] DateOnly SetOn, [property: JsonPropertyName("coveredWhenSet")] int CoveredWhenSet);

    public sealed record Review(
        [property: JsonPropertyName("topic")] string Topic, [property: JsonPropertyName("item")] string ItemKey,
        [property: JsonPropertyName("grade")] int Grade, [property: JsonPropertyName("at")] DateTimeOffset At);

    public sealed record Note(
        [property: JsonPropertyName("topic")] string Topic, [property: JsonPropertyName("markdown")] string Markdown,
        [property: JsonPropertyName("updatedAt")] DateTimeOffset UpdatedAt);

    public sealed record Answer(
        [property: JsonPropertyName("question")] string Question, [property: JsonPropertyName("response")] string Response,
        [property: JsonPropertyName("correct")] bool Correct, [property: JsonPropertyName("at")] DateTimeOffset At);

    public IReadOnlyList<ExamDay> AllExamDates => ExamDates ?? [];
    public IReadOnlyList<Review> AllReviews => Reviews ?? [];
    public IReadOnlyList<Note> AllNotes => Notes ?? [];
    public IReadOnlyList<Answer> AllAnswers => Answers ?? [];

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };
    private static readonly JsonSerializerOptions StrictJson = new() { UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public string ToCsv()
    {
        var csv = new StringBuilder(CsvHeader).Append('\n');
        foreach (var item in Items)
            csv.Append(CultureInfo.InvariantCulture, $"item,{item.Topic},{item.ItemKey},{item.TextHash},{item.TickedAt:O},{item.Stability:R},{item.Difficulty:R},{item.ReviewedAt:O}\n");
        foreach (var read in Resources) csv.Append(CultureInfo.InvariantCulture, $"resource,{read.Topic},{Quote(read.Url)},,{read.ReadAt:O},,,\n");
        if (Exam is { } exam) csv.Append(CultureInfo.InvariantCulture, $"exam,,{exam.Code},,{exam.ChosenAt:O},,,\n");
        // Later kinds reuse the columns: exam-date (code, day, set on, covered then), review (topic, item, grade, when),
        // answer (question, response, right or wrong, when) and note (topic, Markdown with \n for new lines, when).
        foreach (var date in AllExamDates) csv.Append(CultureInfo.InvariantCulture, $"exam-date,,{date.Code},{date.Day:yyyy-MM-dd},{date.SetOn:yyyy-MM-dd},{date.CoveredWhenSet},,\n");
        foreach (var review in AllReviews) csv.Append(CultureInfo.InvariantCulture, $"review,{review.Topic},{review.ItemKey},{review.Grade},{review.At:O},,,\n");
        foreach (var answer in AllAnswers) csv.Append(CultureInfo.InvariantCulture, $"answer,,{answer.Question},{Quote(answer.Response)},{answer.At:O},{(answer.Correct ? 1 : 0)},,\n");
        foreach (var note in AllNotes) csv.Append(CultureInfo.InvariantCulture, $"note,{note.Topic},{Quote(Escape(note.Markdown))},,{note.UpdatedAt:O},,,\n");
        return csv.ToString();
    }

    /// <summary>Reads an uploaded file; any problem rejects the whole file with a message naming where it is.</summary>
    public static (ProgressFile? File, string? Error) Parse(string text)
    {
        var trimmed = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        var (file, error) = trimmed.StartsWith('{') ? FromJson(trimmed) : FromCsv(trimmed);
        return file is null ? (null, error) : Validate(file);
    }

    private static (ProgressFile?, string?) FromJson(string text)
    {
        try
        {
            var file = JsonSerializer.Deserialize<ProgressFile>(text, StrictJson);
            return file is null ? (null, "The file is empty.") : (file with { Items = file.Items ?? [], Resources = file.Resources ?? [] }, null);
        }
        catch (JsonException error)
        {
            return (null, $"The file is not valid progress JSON (line {error.LineNumber + 1}): {error.Message.Split(" Path:")[0]}");
        }
    }

    private static (ProgressFile?, string?) FromCsv(string text)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        if (lines[0] != CsvHeader && lines[0] != FirstCsvHeader) return (null, $"The first line must be the header \"{CsvHeader}\" (or upload the JSON export).");
        var columns = lines[0].Split(',').Length;
        var items = new List<Item>();
        var reads = new List<Read>();
        ExamChoice? exam = null;
        var (dates, reviews, answers, notes) = (new List<ExamDay>(), new List<Review>(), new List<Answer>(), new List<Note>());
        for (var index = 1; index < lines.Count; index++)
        {
            if (lines[index].Length == 0) continue;
            var cells = SplitCsv(lines[index]);
            if (cells is null || cells.Count != columns || !DateTimeOffset.TryParse(cells[4], CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
                || !TryOptional(cells, 5, double.TryParse, out double? stability) || !TryOptional(cells, 6, double.TryParse, out double? difficulty)
                || !TryOptional(cells, 7, TryParseTime, out DateTimeOffset? reviewedAt))
                return (null, $"Line {index + 1} is not {lines[0]}.");
            var ok = true;
            switch (cells[0])
            {
                case "item": items.Add(new(cells[1], cells[2], cells[3], at, stability, difficulty, reviewedAt)); break;
                case "resource": reads.Add(new(cells[1], cells[2], at)); break;
                case "exam": exam = new(cells[2], at); break;
                case "exam-date":
                    ok = DateOnly.TryParseExact(cells[3], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day);
                    dates.Add(new(cells[2], day, DateOnly.FromDateTime(at.DateTime), (int)(stability ?? 0)));
                    break;
                case "review":
                    ok = int.TryParse(cells[3], CultureInfo.InvariantCulture, out var grade);
                    reviews.Add(new(cells[1], cells[2], grade, at));
                    break;
                case "answer": answers.Add(new(cells[2], cells[3], stability == 1, at)); break;
                case "note": notes.Add(new(cells[1], Unescape(cells[2]), at)); break;
                default: return (null, $"Line {index + 1}: kind must be item, resource, exam, exam-date, review, answer or note.");
            }
            if (!ok) return (null, $"Line {index + 1} is not {lines[0]}.");
        }
        return (new ProgressFile(FormatName, CurrentVersion, items, reads, exam, dates, reviews, notes, answers), null);
    }

    private static (ProgressFile?, string?) Validate(ProgressFile file)
    {
        if (file.Format != FormatName || file.Version is < 1 or > CurrentVersion) return (null, $"This is not an MlsPrep progress file (format \"{FormatName}\", version 1 to {CurrentVersion}).");
        if (file.Exam is { } exam && (exam.Code is not { Length: > 0 and <= 16 } || !exam.Code.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')))
            return (null, "The chosen exam needs an exam code such as MLA-C01.");
        if (file.Items.Count + file.Resources.Count + file.AllExamDates.Count + file.AllReviews.Count + file.AllNotes.Count + file.AllAnswers.Count > MaxEntries)
            return (null, $"The file has more than {MaxEntries} entries.");
        static bool IsCode(string? code) => code is { Length: > 0 and <= 16 } && code.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
        for (var i = 0; i < file.AllExamDates.Count; i++)
            if (!IsCode(file.AllExamDates[i].Code) || file.AllExamDates[i].CoveredWhenSet < 0) return (null, $"Exam date {i + 1} needs an exam code such as MLA-C01 and a day.");
        for (var i = 0; i < file.AllReviews.Count; i++)
            if (!Slug.IsValid(file.AllReviews[i].Topic ?? "") || !Slug.IsValid(file.AllReviews[i].ItemKey ?? "") || file.AllReviews[i].Grade is < 1 or > 4)
                return (null, $"Review {i + 1} needs a topic id, an item id and a grade from 1 (Forgot) to 4 (Easy).");
        for (var i = 0; i < file.AllNotes.Count; i++)
            if (!Slug.IsValid(file.AllNotes[i].Topic ?? "") || file.AllNotes[i].Markdown is not { Length: > 0 and <= PersonalNotes.PersonalNote.MaxLength })
                return (null, $"Note {i + 1} needs a topic id and at most {PersonalNotes.PersonalNote.MaxLength} characters of text.");
        for (var i = 0; i < file.AllAnswers.Count; i++)
            if (!Slug.IsValid(file.AllAnswers[i].Question ?? "") || file.AllAnswers[i].Response is not { Length: > 0 and <= 100 })
                return (null, $"Answer {i + 1} needs a question id and the answer given.");
        for (var i = 0; i < file.Items.Count; i++)
        {
            var item = file.Items[i];
            if (!Slug.IsValid(item.Topic ?? "") || !Slug.IsValid(item.ItemKey ?? "") || item.TextHash is not { Length: 16 } || !item.TextHash.All(char.IsAsciiHexDigitLower))
                return (null, $"Item {i + 1} needs a topic id, an item id and the 16-character text hash from an export.");
            if (item.Stability is <= 0 or > 36500 || item.Difficulty is < 1 or > 10 || (item.Stability is null) != (item.ReviewedAt is null) || (item.Stability is null) != (item.Difficulty is null))
                return (null, $"Item {i + 1} has a review schedule that is incomplete or out of range (stability in days, difficulty 1 to 10, and when it was reviewed).");
        }
        for (var i = 0; i < file.Resources.Count; i++)
        {
            var read = file.Resources[i];
            if (!Slug.IsValid(read.Topic ?? "") || read.Url is null || read.Url.Length > 2000 || !LinkSafety.IsExternal(read.Url))
                return (null, $"Resource {i + 1} needs a topic id and an http(s) address.");
        }
        return (file, null);
    }

    private delegate bool Parser<T>(string text, IFormatProvider provider, out T value);

    /// <summary>An optional cell: absent (older files) or empty means null; anything else must parse.</summary>
    private static bool TryOptional<T>(List<string> cells, int index, Parser<T> parse, out T? value) where T : struct
    {
        value = null;
        if (index >= cells.Count || cells[index].Length == 0) return true;
        if (!parse(cells[index], CultureInfo.InvariantCulture, out var parsed)) return false;
        value = parsed;
        return true;
    }

    private static bool TryParseTime(string text, IFormatProvider provider, out DateTimeOffset value) =>
        DateTimeOffset.TryParse(text, provider, DateTimeStyles.None, out value);

    private static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    private static string Unescape(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, @"\\(\\|n)", m => m.Groups[1].Value == "n" ? "\n" : "\\");

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n']) < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static List<string>? SplitCsv(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"') { cell.Append('"'); i++; }
            else if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { cells.Add(cell.ToString()); cell.Clear(); }
            else cell.Append(c);
        }
        if (quoted) return null;
        cells.Add(cell.ToString());
        return cells;
    }
}
