using MlsPrep.Web.Accounts;
using MlsPrep.Web.Catalog;
using MlsPrep.Web.Database;
using MlsPrep.Web.Exams;
using MlsPrep.Web.Questions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MlsPrep.Web.Pages.Review;

/// <summary>A printable page of what is still weak for one exam.</summary>
public class CheatSheetModel(MlsPrepDb db, ExamCatalog exams, ExamChooser chooser, QuestionBank bank) : PageModel
{
    public MlsPrep.Web.Review.CheatSheet Sheet { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? exam)
    {
        var list = await exams.GetAsync(db);
        if ((list.Find(exam) ?? await chooser.CurrentAsync(HttpContext)) is not { } chosen) return NotFound();
        Sheet = await MlsPrep.Web.Review.CheatSheet.BuildAsync(db, chosen, await bank.GetAsync(db), User.ReaderId()!);
        return Page();
    }
}
