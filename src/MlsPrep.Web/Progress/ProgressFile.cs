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
    [property: JsonPropertyName("exam")] ProgressFile.ExamChoice? Exam = null)
{
    public const string FormatName = "mlsprep-progress";
    /// <summary>Version 2 adds the chosen exam; version 1 files (items and resources only) still import.</summary>
    public const int CurrentVersion = 2;
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
        for (var index = 1; index < lines.Count; index++)
        {
            if (lines[index].Length == 0) continue;
            var cells = SplitCsv(lines[index]);
            if (cells is null || cells.Count != columns || !DateTimeOffset.TryParse(cells[4], CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
                || !TryOptional(cells, 5, double.TryParse, out double? stability) || !TryOptional(cells, 6, double.TryParse, out double? difficulty)
                || !TryOptional(cells, 7, TryParseTime, out DateTimeOffset? reviewedAt))
                return (null, $"Line {index + 1} is not {lines[0]}.");
            switch (cells[0])
            {
                case "item": items.Add(new(cells[1], cells[2], cells[3], at, stability, difficulty, reviewedAt)); break;
                case "resource": reads.Add(new(cells[1], cells[2], at)); break;
                case "exam": exam = new(cells[2], at); break;
                default: return (null, $"Line {index + 1}: kind must be 'item', 'resource' or 'exam'.");
            }
        }
        return (new ProgressFile(FormatName, CurrentVersion, items, reads, exam), null);
    }

    private static (ProgressFile?, string?) Validate(ProgressFile file)
    {
        if (file.Format != FormatName || file.Version is < 1 or > CurrentVersion) return (null, $"This is not an MlsPrep progress file (format \"{FormatName}\", version 1 to {CurrentVersion}).");
        if (file.Exam is { } exam && (exam.Code is not { Length: > 0 and <= 16 } || !exam.Code.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')))
            return (null, "The chosen exam needs an exam code such as MLA-C01.");
        if (file.Items.Count + file.Resources.Count > MaxEntries) return (null, $"The file has more than {MaxEntries} entries.");
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
