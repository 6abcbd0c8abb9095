using System.Diagnostics;
using MlsPrep.Web.Catalog;
using MlsPrep.Web.Cluster;
using MlsPrep.Web.Database;
using MlsPrep.Web.Questions;
using MlsPrep.Web.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MlsPrep.Web.Content;

public sealed record ImportReport(int Imported, int Unchanged, int Rejected, int Removed, IReadOnlyList<ContentProblem> Problems, long ElapsedMs);

/// <summary>
/// Brings the catalog in line with content/: changed notes are re-parsed and replaced, unchanged ones skipped,
/// broken ones reported while their last good version stays. A note is one topic row however many exams it serves,
/// with a placement per exam. Progress is keyed by topic and item ids, not rows, so replacing a topic's rows never
/// touches anyone's progress, and a tick on a shared note counts in every exam.
/// </summary>
public sealed class ContentImporter(
    IDbContextFactory<MlsPrepDb> databases, SearchIndexer search, CatalogMemory memory, ClusterLock clusterLock, ClusterNotices notices, IOptions<ContentOptions> options, TimeProvider time, ILogger<ContentImporter> logger) : IDisposable
{
    private readonly SemaphoreSlim oneAtATime = new(1, 1);

    public async Task<ImportReport> ImportAsync(CancellationToken cancellation = default)
    {
        await oneAtATime.WaitAsync(cancellation);
        try
        {
            // One instance at a time, so two never replace the same rows at once; the second finds little left to do.
            await using var serialised = await clusterLock.AcquireAsync(ClusterLock.ContentImport, cancellation);
            return await ImportOnceAsync(cancellation);
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    public void Dispose() => oneAtATime.Dispose();

    private async Task<ImportReport> ImportOnceAsync(CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        logger.LogInformation("Importing content from {ContentPath}", options.Value.FullPath);
        await using var db = await databases.CreateDbContextAsync(cancellation);
        // Not tracked: a record is attached when it changes, so saving does not compare 5,000 unchanged ones.
        var sourceFiles = await db.SourceFiles.AsNoTracking().ToDictionaryAsync(f => f.Path, StringComparer.Ordinal, cancellation);
        var previous = sourceFiles.ToDictionary(f => f.Key, f => new PreviousImport(f.Value.Hash, f.Value.TopicKey, f.Value.Problems is not null), StringComparer.Ordinal);
        var scan = ContentScanner.Scan(options.Value.FullPath, previous);
        var now = time.GetUtcNow();
        int imported = 0, unchanged = 0, rejected = 0;
        var changed = new List<Topic>();
        var removedIds = new List<int>();
        var replacedIds = new List<int>();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
        var exams = new Dictionary<string, Exam>(StringComparer.Ordinal);
        foreach (var scanned in scan.Exams) exams[scanned.Exam.Code] = await SaveExamAsync(db, scanned, now, sourceFiles, cancellation);

        // Only keys and ids: a note is loaded when it changes (5,000 tracked notes were a quarter of a warm start).
        var topics = await db.Topics.Select(t => new { t.Key, t.Id }).ToDictionaryAsync(t => t.Key, t => t.Id, StringComparer.Ordinal, cancellation);
        var alive = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in scan.Files)
        {
            sourceFiles.TryGetValue(file.Path, out var record);
            if (file.Unchanged)
            {
                alive.Add(file.ClaimedKey!);
                unchanged++;
                if (file.Restamped) RecordFile(db, sourceFiles, file.Path, file.Hash, file.ClaimedKey, [], now);
                continue;
            }
            if (file.Topic is { } parsed)
            {
                alive.Add(parsed.Key);
                if (topics.TryGetValue(parsed.Key, out var oldId)) replacedIds.Add(oldId);
                changed.Add(ToTopic(parsed, file.Path, exams, now));
                imported++;
            }
            else
            {
                // The last good version stays visible until the note is fixed.
                if (record?.TopicKey is { } lastGood) alive.Add(lastGood);
                rejected++;
            }
            RecordFile(db, sourceFiles, file.Path, file.Hash, file.Topic?.Key ?? record?.TopicKey, file.Problems, now);
        }
        removedIds.AddRange(topics.Where(t => !alive.Contains(t.Key)).Select(t => t.Value));
        // A changed note's old rows go like a removed note's, with their sections, items, resources and placements
        // (the schema cascades), and its new rows are written afresh.
        var oldRows = removedIds.Concat(replacedIds).ToList();
        if (oldRows.Count > 0) await db.Topics.Where(t => oldRows.Contains(t.Id)).ExecuteDeleteAsync(cancellation);
        await InsertTopicsAsync(db, changed, cancellation);
        db.SourceFiles.RemoveRange(sourceFiles.Values.Where(f => !scan.SeenPaths.Contains(f.Path)));
        await InsertNewFileRecordsAsync(db, cancellation);
        await db.SaveChangesAsync(cancellation);
        // Linking thousands of questions again costs seconds: skip it when no note, exam or questions file changed.
        IReadOnlyList<ContentProblem> questionProblems = [];
        if (!sourceFiles.TryGetValue(ContentScan.QuestionsRecord, out var questionsRecord) || questionsRecord.Hash != scan.QuestionsVersion || questionsRecord.Problems is not null)
        {
            questionProblems = await QuestionImport.ReplaceAllAsync(db, scan, cancellation);
            // With the questions files' own errors, so a broken question is parsed (and reported) again next time.
            RecordFile(db, sourceFiles, ContentScan.QuestionsRecord, scan.QuestionsVersion, null, [.. scan.QuestionProblems ?? [], .. questionProblems], now);
            await db.SaveChangesAsync(cancellation);
        }
        // Same transaction: readers see the old catalog and index, or the new ones, never a mix.
        await search.RefreshAsync(db, changed, oldRows, cancellation);
        await notices.AnnounceImportAsync(db, cancellation);
        await transaction.CommitAsync(cancellation);
        await memory.ForgetAsync(cancellation);
        var removed = removedIds.Count;

        var problems = scan.AllProblems.Concat(questionProblems).ToList();
        foreach (var problem in problems)
        {
            logger.Log(problem.IsError ? LogLevel.Error : LogLevel.Warning, "Content problem {Path}:{Line}: {Message}", problem.Path, problem.Line, problem.Message);
        }
        logger.LogInformation(
            "Imported content in {ElapsedMs} ms: {Imported} topics imported, {Unchanged} unchanged, {Rejected} rejected, {Removed} removed, {ProblemCount} problems",
            clock.ElapsedMilliseconds, imported, unchanged, rejected, removed, problems.Count);
        return new(imported, unchanged, rejected, removed, problems, clock.ElapsedMilliseconds);
    }

    private static async Task<Exam> SaveExamAsync(MlsPrepDb db, ScannedExam scanned, DateTimeOffset now, Dictionary<string, SourceFile> sourceFiles, CancellationToken cancellation)
    {
        var parsed = scanned.Exam;
        var exam = await db.Exams.Include(e => e.Domains).SingleOrDefaultAsync(e => e.Code == parsed.Code, cancellation);
        if (exam is null)
        {
            exam = new Exam { Code = parsed.Code, Title = parsed.Title };
            db.Exams.Add(exam);
        }
        exam.Title = parsed.Title;
        exam.Summary = parsed.Summary;
        exam.Status = parsed.Retired ? ExamStatus.Retired : ExamStatus.Active;
        exam.RetiredOn = parsed.RetiredOn;
        var facts = parsed.Facts;
        exam.Facts = new ExamFacts
        {
            Questions = facts.Questions, ScoredQuestions = facts.ScoredQuestions, Minutes = facts.Minutes, PassMark = facts.PassMark,
            ScoreMin = facts.ScoreMin, ScoreMax = facts.ScoreMax, QuestionTypes = [.. facts.QuestionTypes], AvailableSince = facts.AvailableSince,
        };
        exam.Successors = parsed.Successors.Select(s => new Successor { Code = s.Code, Title = s.Title }).ToList();

        exam.Domains.RemoveAll(d => parsed.Domains.All(p => p.Key != d.Key));
        foreach (var (domain, order) in parsed.Domains.Select((d, i) => (d, i)))
        {
            var row = exam.Domains.Find(d => d.Key == domain.Key);
            if (row is null)
            {
                row = new Domain { Key = domain.Key, Title = domain.Title };
                exam.Domains.Add(row);
            }
            (row.Title, row.Weight, row.Summary, row.Order) = (domain.Title, domain.Weight, domain.Summary, order);
            row.Tasks = domain.Tasks.Select(t => new TaskStatement { Key = t.Key, Title = t.Title }).ToList();
        }
        RecordFile(db, sourceFiles, scanned.ExamFilePath, scanned.ExamHash, null, [], now);
        await db.SaveChangesAsync(cancellation);
        return exam;
    }

    private static Topic ToTopic(ParsedTopic parsed, string path, Dictionary<string, Exam> exams, DateTimeOffset now) => new()
    {
        Key = parsed.Key,
        Title = parsed.Title,
        Summary = parsed.Summary,
        Placements = parsed.Placements.Select(placement =>
        {
            var exam = exams[placement.ExamCode];
            return new Placement { ExamId = exam.Id, DomainId = exam.Domains.Find(d => d.Key == placement.DomainKey)?.Id, Order = parsed.Order, Tasks = [.. placement.Tasks] };
        }).ToList(),
        Tags = [.. parsed.Tags],
        Concepts = [.. parsed.Concepts],
        Services = parsed.Services.Select(s => new TopicService { Name = s.Name, Aliases = [.. s.Aliases] }).ToList(),
        Html = parsed.Html,
        SourcePath = path,
        ImportedAt = now,
        Sections = parsed.Sections.Select((s, i) => new Section { Order = i, Level = s.Level, Anchor = s.Anchor, Heading = s.Heading, PlainText = s.PlainText }).ToList(),
        Items = parsed.Items.Select((item, i) => new ChecklistItem
        {
            Order = i, Key = item.Key, Text = item.Text, Html = item.Html, TextHash = item.TextHash, SectionAnchor = item.SectionAnchor,
        }).ToList(),
        Resources = parsed.Resources.Select((r, i) => new Resource { Order = i, Title = r.Title, Url = r.Url, Description = r.Description }).ToList(),
    };

    /// <summary>New rows for the changed notes: the notes first, then everything that points at their new ids.</summary>
    private static async Task InsertTopicsAsync(MlsPrepDb db, List<Topic> topics, CancellationToken cancellation)
    {
        if (topics.Count == 0) return;
        await BulkInsert.RowsAsync(db, topics, cancellation);
        var ids = await db.Topics.Select(t => new { t.Key, t.Id }).ToDictionaryAsync(t => t.Key, t => t.Id, StringComparer.Ordinal, cancellation);
        foreach (var topic in topics)
        {
            topic.Id = ids[topic.Key];
            foreach (var placement in topic.Placements) placement.TopicId = topic.Id;
            foreach (var section in topic.Sections) section.TopicId = topic.Id;
            foreach (var item in topic.Items) item.TopicId = topic.Id;
            foreach (var resource in topic.Resources) resource.TopicId = topic.Id;
        }
        await BulkInsert.RowsAsync(db, [.. topics.SelectMany(t => t.Placements)], cancellation);
        await BulkInsert.RowsAsync(db, [.. topics.SelectMany(t => t.Sections)], cancellation);
        await BulkInsert.RowsAsync(db, [.. topics.SelectMany(t => t.Items)], cancellation);
        await BulkInsert.RowsAsync(db, [.. topics.SelectMany(t => t.Resources)], cancellation);
    }

    /// <summary>
    /// New file records (one per note on a first import) go in as multi-row inserts: EF Core inserted 5,000 of them one
    /// by one in half a second. They are then untracked, so a later change to one attaches it and updates the row.
    /// </summary>
    private static async Task InsertNewFileRecordsAsync(MlsPrepDb db, CancellationToken cancellation)
    {
        var added = db.ChangeTracker.Entries<SourceFile>().Where(e => e.State == EntityState.Added).ToList();
        foreach (var entry in added) entry.State = EntityState.Detached;
        await BulkInsert.RowsAsync(db, [.. added.Select(e => e.Entity)], cancellation);
    }

    private static void RecordFile(
        MlsPrepDb db, Dictionary<string, SourceFile> sourceFiles, string path, string hash, string? topicKey,
        IReadOnlyList<ContentProblem> problems, DateTimeOffset now)
    {
        if (!sourceFiles.TryGetValue(path, out var record))
        {
            record = new SourceFile { Path = path, Hash = hash };
            db.SourceFiles.Add(record);
            sourceFiles[path] = record;
        }
        else if (db.Entry(record).State == EntityState.Detached)
        {
            db.SourceFiles.Attach(record);
        }
        record.Hash = hash;
        record.TopicKey = topicKey;
        record.Problems = problems.Any(p => p.IsError) ? string.Join('\n', problems) : null;
        record.CheckedAt = now;
    }
}
