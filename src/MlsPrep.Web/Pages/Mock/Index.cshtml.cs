using MlsPrep.Web.Accounts;
using MlsPrep.Web.Catalog;
using MlsPrep.Web.Database;
using MlsPrep.Web.Exams;
using MlsPrep.Web.MockExams;
using MlsPrep.Web.Questions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MlsPrep.Web.Pages.Mock;

/// <summary>Start a mock exam, resume the one under way, and see how past sittings went.</summary>
public class IndexModel(MlsPrepDb db, ExamCatalog exams, ExamChooser chooser, QuestionBank bank, MockSittings sittings, TimeProvider time) : PageModel
{
    public Exam? Exam { get; private set; }
    public ExamList Exams { get; private set; } = null!;
    public int Available { get; private set; }
    public IReadOnlyList<MockExam> History { get; private set; } = [];
    public DateTimeOffset Now { get; private set; }

    public IEnumerable<MockExam> Submitted => History.Where(m => m.SubmittedAt is not null && m.ExamCode == Exam?.Code);
    public MockExam? UnderWay => History.FirstOrDefault(m => m.SubmittedAt is null && m.ExamCode == Exam?.Code && m.Deadline > Now);

    public async Task OnGetAsync(string? exam)
    {
        Exams = await exams.GetAsync(db);
        Exam = Exams.Find(exam) ?? await chooser.CurrentAsync(HttpContext);
        Now = time.GetUtcNow();
        if (Exam is not null) Available = (await bank.GetAsync(db)).OfExam(Exam.Code).Count();
        History = await sittings.HistoryAsync(User.ReaderId()!);
    }

    public async Task<IActionResult> OnPostStartAsync(string exam)
    {
        var chosen = (await exams.GetAsync(db)).Find(exam);
        if (chosen is null) return NotFound();
        var mock = await sittings.StartAsync(User.ReaderId()!, chosen);
        return mock is null ? RedirectToPage(new { exam }) : Redirect($"/mock/{mock.Id}");
    }
}
