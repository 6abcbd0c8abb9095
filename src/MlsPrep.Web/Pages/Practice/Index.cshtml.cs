using MlsPrep.Web.Accounts;
using MlsPrep.Web.Catalog;
using MlsPrep.Web.Database;
using MlsPrep.Web.Exams;
using MlsPrep.Web.Questions;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MlsPrep.Web.Pages.Practice;

/// <summary>Choose a practice set: the whole exam, a domain, a task statement, what went wrong, or what is still "not yet".</summary>
public class IndexModel(MlsPrepDb db, QuestionBank bank, ExamCatalog exams, ExamChooser chooser) : PageModel
{
    public Exam? Exam { get; private set; }
    public ExamList Exams { get; private set; } = null!;
    public QuestionSet Questions { get; private set; } = null!;
    public ReaderRecord Reader { get; private set; } = ReaderRecord.None;
    public bool SignedIn => User.Identity?.IsAuthenticated == true;

    /// <summary>A set on offer: its size, and where it starts (picked once, used for both).</summary>
    public sealed record Choice(string Name, PracticeSet Set, int Count, string Start);

    public async Task OnGetAsync(string? exam)
    {
        Exams = await exams.GetAsync(db);
        Exam = Exams.Find(exam) ?? await chooser.CurrentAsync(HttpContext);
        Questions = await bank.GetAsync(db);
        Reader = await ReaderRecords.LoadAsync(db, User.ReaderId());
    }

    public Choice Of(string name, PracticeSet set)
    {
        var picked = set.Pick(Questions, Reader);
        return new(name, set, picked.Count, picked is [var first, ..] ? $"/questions/{Uri.EscapeDataString(first.Key)}?{set.Query}" : "");
    }
}
