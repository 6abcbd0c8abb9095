using MlsPrep.Web.Accounts;
using MlsPrep.Web.Catalog;
using MlsPrep.Web.Database;
using MlsPrep.Web.Review;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MlsPrep.Web.Pages.Exams;

/// <summary>The reader's exam date for one exam: their pace, the coming days' reviews and what they will know on the day.</summary>
public class PlanModel(MlsPrepDb db, ExamCatalog exams, ExamPlans plans, Reviews reviews, TimeProvider time) : PageModel
{
    public Exam Exam { get; private set; } = null!;
    public ExamPlan? Plan { get; private set; }
    public IReadOnlyList<Reviews.DayLoad> Coming { get; private set; } = [];
    public DateOnly Today { get; private set; }
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(string exam) => await LoadAsync(exam) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string exam, DateOnly? day)
    {
        if (!await LoadAsync(exam)) return NotFound();
        if (day is not { } chosen || chosen < Today || chosen > Today.AddYears(2))
        {
            Problem = "Choose a day from today up to two years ahead.";
            return Page();
        }
        await plans.SetAsync(User.ReaderId()!, Exam, chosen, Today);
        return Redirect($"/exams/{Exam.Slug}/plan");
    }

    public async Task<IActionResult> OnPostClearAsync(string exam)
    {
        if (!await LoadAsync(exam)) return NotFound();
        await plans.ClearAsync(User.ReaderId()!, Exam);
        return Redirect($"/exams/{Exam.Slug}/plan");
    }

    private async Task<bool> LoadAsync(string exam)
    {
        if ((await exams.GetAsync(db)).Find(exam) is not { } found) return false;
        Exam = found;
        var (userId, now, zone) = (User.ReaderId()!, time.GetUtcNow(), ReaderDay.TimeZoneOf(HttpContext));
        Today = ReaderDay.Today(now, zone);
        var records = await StudyRecords.LoadAsync(db, userId);
        Plan = await plans.PlanAsync(records, found, now, zone);
        Coming = await reviews.ComingDaysAsync(records, now, zone, days: 14);
        return true;
    }
}
