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
                changed.Add(await ReplaceTopicAsync(db, parsed, file.Path, exams, topics, now, cancellation));
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
        // Sections, items, resources and placements go with their note (the schema cascades).
        if (removedIds.Count > 0) await db.Topics.Where(t => removedIds.Contains(t.Id)).ExecuteDeleteAsync(cancellation);
        db.SourceFiles.RemoveRange(sourceFiles.Values.Where(f => !scan.SeenPaths.Contains(f.Path)));
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
        await search.RefreshAsync(db, changed, removedIds, cancellation);
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

    private static async Task<Topic> ReplaceTopicAsync(
        MlsPrepDb db, ParsedTopic parsed, string path, Dictionary<string, Exam> exams,
        Dictionary<string, int> topics, DateTimeOffset now, CancellationToken cancellation)
    {
        Topic topic;
        if (topics.TryGetValue(parsed.Key, out var id))
        {
            topic = await db.Topics.SingleAsync(t => t.Id == id, cancellation);
            await db.Sections.Where(s => s.TopicId == id).ExecuteDeleteAsync(cancellation);
            await db.ChecklistItems.Where(i => i.TopicId == id).ExecuteDeleteAsync(cancellation);
            await db.Resources.Where(r => r.TopicId == id).ExecuteDeleteAsync(cancellation);
            await db.Placements.Where(p => p.TopicId == id).ExecuteDeleteAsync(cancellation);
        }
        else
        {
            topic = new Topic { Key = parsed.Key, Title = parsed.Title };
            db.Topics.Add(topic);
        }

        topic.Title = parsed.Title;
        topic.Summary = parsed.Summary;
        topic.Placements = parsed.Placements.Select(placement =>
        {
            var exam = exams[placement.ExamCode];
            return new Placement { ExamId = exam.Id, DomainId = exam.Domains.Find(d => d.Key == placement.DomainKey)?.Id, Order = parsed.Order, Tasks = [.. placement.Tasks] };
        }).ToList();
        topic.Tags = [.. parsed.Tags];
        topic.Concepts = [.. parsed.Concepts];
        topic.Services = parsed.Services.Select(s => new TopicService { Name = s.Name, Aliases = [.. s.Aliases] }).ToList();
        topic.Html = parsed.Html;
        topic.SourcePath = path;
        topic.ImportedAt = now;
        topic.Sections = parsed.Sections.Select((s, i) => new Section { Order = i, Level = s.Level, Anchor = s.Anchor, Heading = s.Heading, PlainText = s.PlainText }).ToList();
        topic.Items = parsed.Items.Select((item, i) => new ChecklistItem
        {
            Order = i, Key = item.Key, Text = item.Text, Html = item.Html, TextHash = item.TextHash, SectionAnchor = item.SectionAnchor,
        }).ToList();
        topic.Resources = parsed.Resources.Select((r, i) => new Resource { Order = i, Title = r.Title, Url = r.Url, Description = r.Description }).ToList();
        return topic;
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
