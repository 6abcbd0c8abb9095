using MlsPrep.Web.Catalog;
using MlsPrep.Web.Database;
using MlsPrep.Web.Progress;
using Microsoft.EntityFrameworkCore;

namespace MlsPrep.Web.Review;

/// <summary>A covered checklist item that is due for review, with what the page needs to show it.</summary>
public sealed record DueItem(string TopicKey, string TopicTitle, string ItemKey, string ItemHtml, DateTimeOffset Due, bool ChangedSinceCovered);

/// <summary>
/// Which of a reader's covered items are due, and what a review does to them. A tick is the first review, graded
/// "Good"; an item whose wording changed since it was ticked is due at once.
/// </summary>
public sealed class Reviews(MlsPrepDb db, Fsrs scheduler, ExamCatalog exams, ProgressCatalog progressCatalog)
{
    /// <summary>Beyond this many a day, the rest wait: a reader back from a break is not buried.</summary>
    public const int DailyCap = 20;

    public sealed record Today(IReadOnlyList<DueItem> Items, int Waiting);

    /// <summary>How many reviews fall on each of the reader's coming days (today first, with anything overdue).</summary>
    public sealed record DayLoad(DateOnly Day, int Count);

    /// <summary>A reader's covered items with their next review, earliest first: what is due today, and how many fall on each coming day.</summary>
    public sealed record Schedule(IReadOnlyList<DueItem> Items, DateTimeOffset Now, TimeZoneInfo Zone)
    {
        public Today Today()
        {
            var endOfDay = ReaderDay.EndOfDay(Now, Zone);
            var due = Items.Where(d => d.Due < endOfDay).ToList();
            return new(due.Take(DailyCap).ToList(), Math.Max(0, due.Count - DailyCap));
        }

        public IReadOnlyList<DayLoad> ComingDays(int days)
        {
            var today = ReaderDay.Today(Now, Zone);
            var byDay = Items.Select(d => ReaderDay.Today(d.Due, Zone)).Select(day => day < today ? today : day).CountBy(day => day).ToDictionary();
            return Enumerable.Range(0, days).Select(i => today.AddDays(i)).Select(day => new DayLoad(day, byDay.GetValueOrDefault(day))).ToList();
        }
    }

    /// <summary>Only the days: the items' wording comes from the catalog in memory, not from the database.</summary>
    public async Task<IReadOnlyList<DayLoad>> ComingDaysAsync(StudyRecords records, DateTimeOffset now, TimeZoneInfo zone, int days) =>
        (await ScheduleAsync(records, now, zone, withText: false)).ComingDays(days);

    public async Task<Schedule> ScheduleAsync(string userId, DateTimeOffset now, TimeZoneInfo zone) =>
        await ScheduleAsync(await StudyRecords.LoadAsync(db, userId), now, zone);

    /// <summary>Every covered item with its next review, earliest first, bent toward the reader's exam dates.</summary>
    /// <param name="withText">The items' titles and wording too (the review page shows them; counts per day do not need them).</param>
    public async Task<Schedule> ScheduleAsync(StudyRecords records, DateTimeOffset now, TimeZoneInfo zone, bool withText = true)
    {
        var ticks = records.Ticks;
        var items = withText ? await ItemsWithTextAsync(ticks) : await ItemsFromCatalogAsync(ticks);
        var examStarts = await ExamStartsAsync(records.Dates, now, zone);
        var due = ticks
            .Where(t => items.ContainsKey((t.TopicKey, t.ItemKey)))
            .Select(t =>
            {
                var item = items[(t.TopicKey, t.ItemKey)];
                var changed = item.TextHash != t.TextHash;
                var memory = MemoryOf(t);
                var due = scheduler.Due(memory);
                if (examStarts(t.TopicKey) is { } examStart) due = ExamDeadline.Due(due, memory.ReviewedAt, examStart, $"{t.TopicKey}/{t.ItemKey}");
                return new DueItem(t.TopicKey, item.TopicTitle, t.ItemKey, item.Html, changed ? now : due, changed);
            })
            .OrderBy(d => d.Due).ThenBy(d => d.TopicKey, StringComparer.Ordinal)
            .ToList();
        return new(due, now, zone);
    }

    private sealed record ItemNow(string TopicTitle, string Html, string TextHash);

    // Only the notes the reader has ticked in (the catalog can hold thousands of items), in one statement kept prepared
    // on SQLite: through EF Core, this join with its list of note keys was a third of the review page's request.
    private const string ItemsOfTickedNotes = """
        SELECT t."Key", t."Title", i."Key", i."Html", i."TextHash"
        FROM "Topics" t JOIN "ChecklistItems" i ON i."TopicId" = t."Id"
        WHERE t."Key" IN (SELECT "TopicKey" FROM "ItemTicks" WHERE "UserId" = @user)
        """;

    private async Task<Dictionary<(string, string), ItemNow>> ItemsWithTextAsync(IReadOnlyList<ItemTick> ticks)
    {
        var items = new Dictionary<(string, string), ItemNow>();
        if (ticks.Count == 0) return items;
        await db.ReadAsync(ItemsOfTickedNotes, async reader =>
        {
            while (await reader.ReadAsync())
                items[(reader.GetString(0), reader.GetString(2))] = new ItemNow(reader.GetString(1), reader.GetString(3), reader.GetString(4));
        }, ("@user", ticks[0].UserId));
        return items;
    }

    private async Task<Dictionary<(string, string), ItemNow>> ItemsFromCatalogAsync(IReadOnlyList<ItemTick> ticks)
    {
        var catalogs = new List<ProgressCatalog.ExamItems>();
        foreach (var exam in (await exams.GetAsync(db)).Exams) catalogs.Add(await progressCatalog.GetAsync(db, exam.Id));
        var items = new Dictionary<(string, string), ItemNow>();
        foreach (var topic in ticks.Select(t => t.TopicKey).Distinct())
        {
            if (catalogs.Select(c => c.Topics.GetValueOrDefault(topic)).FirstOrDefault(t => t is not null) is not { } topicItems) continue;
            foreach (var (item, hash) in topicItems.HashByItem) items[(topic, item)] = new ItemNow("", "", hash);
        }
        return items;
    }

    /// <summary>For a note, the start of the nearest coming exam day among the exams it serves; null without one.</summary>
    private async Task<Func<string, DateTimeOffset?>> ExamStartsAsync(IReadOnlyList<ExamDate> readerDates, DateTimeOffset now, TimeZoneInfo zone)
    {
        var today = ReaderDay.Today(now, zone);
        var dates = readerDates.Where(d => d.Day >= today).ToList();
        if (dates.Count == 0) return _ => null;
        var list = await exams.GetAsync(db);
        return topicKey => list.ExamsOf(topicKey).Select(e => dates.Find(d => d.ExamCode == e.Code)).OfType<ExamDate>()
            .Select(d => (DateTimeOffset?)ReaderDay.StartOf(d.Day, zone)).Min();
    }

    /// <summary>Applies a grade. "Forgot" puts the item back to "not yet" until it is ticked again.</summary>
    /// <returns>False when the reader has no tick on that item.</returns>
    public async Task<bool> GradeAsync(string userId, string topicKey, string itemKey, Grade grade, DateTimeOffset now)
    {
        var tick = await db.ItemTicks.SingleOrDefaultAsync(t => t.UserId == userId && t.TopicKey == topicKey && t.ItemKey == itemKey);
        if (tick is null) return false;
        db.ReviewLog.Add(new ReviewLogEntry { UserId = userId, TopicKey = topicKey, ItemKey = itemKey, Grade = grade, ReviewedAt = now });
        if (grade == Grade.Forgot)
        {
            db.ItemTicks.Remove(tick);
        }
        else
        {
            var next = scheduler.Next(MemoryOf(tick), grade, now);
            (tick.Stability, tick.Difficulty, tick.ReviewedAt) = (next.Stability, next.Difficulty, next.ReviewedAt);
            // Remembering the item as it reads now covers it again.
            tick.TextHash = await db.ChecklistItems.Where(i => i.Key == itemKey && db.Topics.Any(t => t.Id == i.TopicId && t.Key == topicKey))
                .Select(i => i.TextHash).FirstOrDefaultAsync() ?? tick.TextHash;
        }
        await db.SaveChangesAsync();
        return true;
    }

    private Memory MemoryOf(ItemTick tick) => MemoryOf(scheduler, tick);

    /// <summary>An item's memory: its last review, or its tick read as a first "Good".</summary>
    public static Memory MemoryOf(Fsrs scheduler, ItemTick tick) =>
        tick is { Stability: { } stability, Difficulty: { } difficulty, ReviewedAt: { } reviewedAt }
            ? new Memory(stability, difficulty, reviewedAt)
            : scheduler.First(Grade.Good, tick.TickedAt);
}
