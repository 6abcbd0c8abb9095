using MlsPrep.Web.Accounts;
using MlsPrep.Web.Catalog;
using MlsPrep.Web.Database;
using MlsPrep.Web.Exams;
using MlsPrep.Web.Progress;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MlsPrep.Web.Pages;

[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = CatalogCaching.Policy)]
public class IndexModel(MlsPrepDb db, ExamCatalog exams, ExamChooser chooser, TopicDirectory directory, ProgressCatalog catalog, MlsPrep.Web.Questions.QuestionBank questionBank, MlsPrep.Web.Review.ExamPlans plans, MlsPrep.Web.Review.Reviews reviews, TimeProvider time) : PageModel
{
    /// <summary>Beyond this, a domain's card links to its page instead of listing everything.</summary>
    public const int TopicsPerDomain = 30;

    public bool SignedIn => User.Identity?.IsAuthenticated == true;
    /// <summary>The reader's latest answers per domain, shown beside coverage.</summary>
    public MlsPrep.Web.Questions.QuestionScores Scores { get; private set; } = MlsPrep.Web.Questions.QuestionScores.None;

    /// <summary>"not-yet" hides topics the reader has fully covered.</summary>
    [BindProperty(SupportsGet = true)] public string? Show { get; set; }
    public bool NotYetOnly => Show == "not-yet" && SignedIn;

    public ExamList Exams { get; private set; } = null!;
    /// <summary>The exam the reader studies for: its lists fill the rest of the page.</summary>
    public Exam? Exam { get; private set; }
    public IReadOnlyDictionary<int, ProgressSnapshot> ProgressByExam { get; private set; } = new Dictionary<int, ProgressSnapshot>();
    public ProgressSnapshot Progress => Exam is null ? ProgressSnapshot.Empty : ProgressByExam.GetValueOrDefault(Exam.Id, ProgressSnapshot.Empty);
    /// <summary>The reader's reviews over the coming week, today first.</summary>
    public IReadOnlyList<MlsPrep.Web.Review.Reviews.DayLoad> Coming { get; private set; } = [];
    /// <summary>The reader's exam plans, by exam code: only exams they have set a date for.</summary>
    public IReadOnlyDictionary<string, MlsPrep.Web.Review.ExamPlan> Plans { get; private set; } = new Dictionary<string, MlsPrep.Web.Review.ExamPlan>();
    public IReadOnlyList<TopicLink> ExamWide { get; private set; } = [];
    public IReadOnlyList<DomainTopics> Domains { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Exams = await exams.GetAsync(db);
        Exam = await chooser.CurrentAsync(HttpContext);
        if (Exam is null) return;

        if (User.ReaderId() is { } userId)
        {
            // One read of the reader's ticks, exam dates and answers serves every exam's bars, plans, the coming week and question results.
            var records = await MlsPrep.Web.Review.StudyRecords.LoadAsync(db, userId);
            var progress = new Dictionary<int, ProgressSnapshot>();
            foreach (var exam in Exams.Exams) progress[exam.Id] = ProgressSnapshot.From(records.Hashes, await catalog.GetAsync(db, exam.Id));
            ProgressByExam = progress;
            var (now, zone) = (time.GetUtcNow(), MlsPrep.Web.Review.ReaderDay.TimeZoneOf(HttpContext));
            var found = new Dictionary<string, MlsPrep.Web.Review.ExamPlan>();
            foreach (var exam in Exams.Exams)
                if (await plans.PlanAsync(records, exam, now, zone) is { } plan) found[exam.Code] = plan;
            Plans = found;
            Coming = await reviews.ComingDaysAsync(records, now, zone, days: 7);
            Scores = MlsPrep.Web.Questions.QuestionScores.From(records.Answers, await questionBank.GetAsync(db), Exam.Code);
        }
        var topics = (await directory.TopicsAsync(db, Exam.Id)).ToList();
        if (NotYetOnly) topics.RemoveAll(t => Progress.Topic(t.Key).IsComplete);
        ExamWide = topics.Where(t => t.DomainId is null).ToList();
        Domains = Exam.Domains.Select(d => new DomainTopics(d, topics.Where(t => t.DomainId == d.Id).ToList())).ToList();
    }
}

public sealed record DomainTopics(Domain Domain, IReadOnlyList<TopicLink> Topics);
