using MlsPrep.Web.Catalog;
using MlsPrep.Web.Database;
using MlsPrep.Web.Exams;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MlsPrep.Web.Pages.Exams;

/// <summary>
/// "Study this exam". Signed-in readers post a form (saved to their account, antiforgery checked); visitors follow
/// a link, which only sets a cookie in their own browser, so the pages that show the link stay cacheable.
/// </summary>
public class StudyModel(MlsPrepDb db, ExamCatalog exams, ExamChooser chooser) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string exam)
    {
        if ((await exams.GetAsync(db)).Find(exam) is not { } found) return NotFound();
        // A signed-in reader changes the saved choice with the form only: a link must not change account data.
        if (User.Identity?.IsAuthenticated != true) await chooser.ChooseAsync(HttpContext, found);
        return Redirect($"/exams/{found.Slug}");
    }

    public async Task<IActionResult> OnPostAsync(string exam)
    {
        if ((await exams.GetAsync(db)).Find(exam) is not { } found) return NotFound();
        await chooser.ChooseAsync(HttpContext, found);
        return Redirect($"/exams/{found.Slug}");
    }
}
