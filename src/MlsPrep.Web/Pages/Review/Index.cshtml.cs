using MlsPrep.Web.Accounts;
using MlsPrep.Web.Review;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MlsPrep.Web.Pages.Review;

/// <summary>Today's reviews: the reader's covered items that are due on their own day, graded one by one.</summary>
public class IndexModel(Reviews queue, TimeProvider time) : PageModel
{
    public Reviews.Today Today { get; private set; } = new([], 0);
    [TempData] public string? Graded { get; set; }
    public IReadOnlyList<Reviews.DayLoad> Coming { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var now = time.GetUtcNow();
        var zone = ReaderDay.TimeZoneOf(HttpContext);
        var schedule = await queue.ScheduleAsync(User.ReaderId()!, now, zone);
        (Today, Coming) = (schedule.Today(), schedule.ComingDays(days: 14));
    }

    public async Task<IActionResult> OnPostAsync(string topic, string item, Grade grade)
    {
        if (!Enum.IsDefined(grade)) return BadRequest();
        if (!await queue.GradeAsync(User.ReaderId()!, topic, item, grade, time.GetUtcNow())) return NotFound();
        Graded = grade == Grade.Forgot ? "Back to “not yet”: tick it again on its note once you can do it." : $"Graded “{grade}”.";
        return RedirectToPage();
    }
}
