using MlsPrep.Web.Accounts;
using MlsPrep.Web.Database;
using MlsPrep.Web.MockExams;
using MlsPrep.Web.Questions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MlsPrep.Web.Pages.Mock;

/// <summary>A submitted sitting: score per domain, the estimated scaled score, and every question with its explanations.</summary>
public class ResultModel(MlsPrepDb db, QuestionBank bank, MockSittings sittings) : PageModel
{
    public MockExam Mock { get; private set; } = null!;
    public QuestionSet Questions { get; private set; } = null!;
    [BindProperty(SupportsGet = true)] public bool WrongOnly { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await sittings.FindAsync(User.ReaderId()!, id) is not { } mock) return NotFound();
        if (mock.SubmittedAt is null) return Redirect($"/mock/{id}");
        Mock = mock;
        Questions = await bank.GetAsync(db);
        return Page();
    }
}
