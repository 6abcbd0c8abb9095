using MlsPrep.Web.Catalog;
using MlsPrep.Web.Database;
using MlsPrep.Web.Progress;
using Microsoft.EntityFrameworkCore;

namespace MlsPrep.Web.Review;

/// <summary>A reader's exam date for one exam, their pace toward it and what they will still know on the day.</summary>
public sealed record ExamPlan(Exam Exam, ExamDate Date, PacePlan Pace, ExamDayReadiness OnTheDay);

/// <summary>Sets and reads readers' exam dates. Every query carries the reader's id.</summary>
public sealed class ExamPlans(MlsPrepDb db, ProgressCatalog catalog, Fsrs fsrs)
{
    public async Task SetAsync(string userId, Exam exam, DateOnly day, DateOnly today)
    {
        var covered = (await ProgressSnapshot.LoadAsync(db, catalog, userId, exam.Id)).Exam.Covered;
        var date = await db.ExamDates.FindAsync(userId, exam.Code);
        if (date is null) db.ExamDates.Add(new ExamDate { UserId = userId, ExamCode = exam.Code, Day = day, SetOn = today, CoveredWhenSet = covered });
        else if (date.Day != day) (date.Day, date.SetOn, date.CoveredWhenSet) = (day, today, covered);
        await db.SaveChangesAsync();
    }

    public Task ClearAsync(string userId, Exam exam) =>
        db.ExamDates.Where(d => d.UserId == userId && d.ExamCode == exam.Code).ExecuteDeleteAsync();

    public async Task<ExamPlan?> PlanAsync(StudyRecords records, Exam exam, DateTimeOffset now, TimeZoneInfo zone)
    {
        if (records.Dates.FirstOrDefault(d => d.ExamCode == exam.Code) is not { } date) return null;
        var items = await catalog.GetAsync(db, exam.Id);
        var progress = ProgressSnapshot.From(records.Hashes, items);
        var pace = PacePlan.For(ReaderDay.Today(now, zone), date, progress.Exam.Covered, progress.Exam.Total);
        var covered = records.Ticks.Select(t => new ExamDayReadiness.CoveredItem(t.TopicKey, t.ItemKey, t.TextHash, Reviews.MemoryOf(fsrs, t)));
        var onTheDay = ExamDayReadiness.At(items, covered, ReaderDay.StartOf(date.Day, zone), fsrs);
        return new(exam, date, pace, onTheDay);
    }
}
