using MlsPrep.Web.Accounts;
using MlsPrep.Web.Catalog;
using MlsPrep.Web.Database;
using MlsPrep.Web.Exams;
using MlsPrep.Web.Progress;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MlsPrep.Web.Pages.Exams;

/// <summary>One exam by the exam guide: domains with weights, each domain's task statements and the notes that serve them.</summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = CatalogCaching.Policy)]
public class ExamModel(MlsPrepDb db, ExamCatalog exams, ExamChooser chooser, TopicDirectory directory, ProgressCatalog catalog, MlsPrep.Web.Questions.QuestionBank questionBank) : PageModel
{
    /// <summary>Beyond this, a task statement links to its own page instead of listing every note.</summary>
    public const int NotesPerTask = 30;

    public ExamList Exams { get; private set; } = null!;
    public Exam Exam { get; private set; } = null!;
    public bool IsChosen { get; private set; }
    public IReadOnlyList<TopicLink> Topics { get; private set; } = [];
    public ProgressSnapshot Progress { get; private set; } = ProgressSnapshot.Empty;
    public bool SignedIn => User.Identity?.IsAuthenticated == true;
    /// <summary>The reader's latest answers per domain, shown beside coverage.</summary>
    public MlsPrep.Web.Questions.QuestionScores Scores { get; private set; } = MlsPrep.Web.Questions.QuestionScores.None;

    private ILookup<string, TopicLink> serving = Enumerable.Empty<TopicLink>().ToLookup(t => t.Key);
    public IReadOnlyList<TopicLink> Serving(string taskKey) => [.. serving[taskKey]];

    public async Task<IActionResult> OnGetAsync(string exam)
    {
        Exams = await exams.GetAsync(db);
        if (Exams.Find(exam) is not { } found) return NotFound();
        Exam = found;
        IsChosen = (await chooser.CurrentAsync(HttpContext))?.Id == found.Id;
        Topics = await directory.TopicsAsync(db, found.Id);
        serving = await directory.ServingAsync(db, found.Id);
        if (User.ReaderId() is { } userId)
        {
            var records = await MlsPrep.Web.Review.StudyRecords.LoadAsync(db, userId);
            Progress = ProgressSnapshot.From(records.Hashes, await catalog.GetAsync(db, found.Id));
            Scores = MlsPrep.Web.Questions.QuestionScores.From(records.Answers, await questionBank.GetAsync(db), found.Code);
        }
        return Page();
    }
}
