using MlsPrep.Web.Accounts;
using MlsPrep.Web.Database;
using MlsPrep.Web.MockExams;
using MlsPrep.Web.Questions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MlsPrep.Web.Pages.Mock;

/// <summary>
/// One question of a sitting, the clock and the question map. Each POST saves the answer on screen before moving,
/// so nothing given is ever lost; the page script also saves on every change. No key reaches the page.
/// </summary>
public class SittingModel(MlsPrepDb db, QuestionBank bank, MockSittings sittings, TimeProvider time) : PageModel
{
    public MockExam Mock { get; private set; } = null!;
    public MockResponse Current { get; private set; } = null!;
    public Question? Question { get; private set; }
    public TimeSpan Left { get; private set; }

    public int Answered => Mock.Responses.Count(r => r.Response is not null);
    public int Flagged => Mock.Responses.Count(r => r.Flagged);

    public async Task<IActionResult> OnGetAsync(Guid id, int n = 1)
    {
        if (await sittings.FindAsync(User.ReaderId()!, id) is not { } mock) return NotFound();
        if (mock.SubmittedAt is not null) return Redirect($"/mock/{id}/result");
        Mock = mock;
        Current = mock.Responses.Find(r => r.Position == n) ?? mock.Responses[0];
        Question = (await bank.GetAsync(db)).Find(Current.QuestionKey);
        Left = mock.Deadline - time.GetUtcNow();
        return Page();
    }

    /// <summary>Save, then go to another question (the map and the Next / Previous buttons), or submit.</summary>
    public async Task<IActionResult> OnPostAsync(Guid id, int n, int? go, bool flag, bool submit)
    {
        if (await sittings.FindAsync(User.ReaderId()!, id) is not { } mock) return NotFound();
        if (mock.SubmittedAt is not null) return Redirect($"/mock/{id}/result");
        await SaveAsync(mock, n, flag);
        if (submit)
        {
            await sittings.SubmitAsync(await sittings.FindAsync(User.ReaderId()!, id) ?? mock);
            return Redirect($"/mock/{id}/result");
        }
        var next = Math.Clamp(go ?? n, 1, mock.Responses.Count);
        return Redirect($"/mock/{id}?n={next}");
    }

    /// <summary>The page script's save on every change: no page back, only whether it was kept.</summary>
    public async Task<IActionResult> OnPostAutosaveAsync(Guid id, int n, bool flag)
    {
        if (await sittings.FindAsync(User.ReaderId()!, id) is not { } mock) return NotFound();
        return await SaveAsync(mock, n, flag) ? new NoContentResult() : new ConflictResult();
    }

    private async Task<bool> SaveAsync(MockExam mock, int position, bool flag)
    {
        if (mock.Responses.Find(r => r.Position == position) is not { } response) return false;
        var question = (await bank.GetAsync(db)).Find(response.QuestionKey);
        var picked = Request.Form["pick"].Select(p => p ?? "").ToList();
        var answer = question is null ? null : Answers.FromForm(question.Type, question.Options.Count, question.Prompts.Count, picked);
        return await sittings.SaveAsync(mock, position, answer, flag);
    }
}
