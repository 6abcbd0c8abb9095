using MlsPrep.Web.Catalog;
using MlsPrep.Web.Database;
using MlsPrep.Web.Progress;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MlsPrep.Web.Pages;

[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = MlsPrep.Web.Catalog.CatalogCaching.Policy)]
public class IndexModel(MlsPrepDb db, TopicDirectory directory, ProgressCatalog catalog, UserManager<IdentityUser> users) : PageModel
{
    /// <summary>Beyond this, a domain's card links to its page instead of listing everything.</summary>
    public const int TopicsPerDomain = 30;

    public ProgressSnapshot Progress { get; private set; } = ProgressSnapshot.Empty;
    public bool SignedIn => User.Identity?.IsAuthenticated == true;

    /// <summary>"not-yet" hides topics the reader has fully covered.</summary>
    [BindProperty(SupportsGet = true)] public string? Show { get; set; }
    public bool NotYetOnly => Show == "not-yet" && SignedIn;

    public Exam? Exam { get; private set; }
    public IReadOnlyList<TopicLink> ExamWide { get; private set; } = [];
    public IReadOnlyList<DomainTopics> Domains { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Exam = await db.Exams.AsNoTracking().Include(e => e.Domains).OrderBy(e => e.Code).FirstOrDefaultAsync();
        if (Exam is null) return;

        if (users.GetUserId(User) is { } userId) Progress = await ProgressSnapshot.LoadAsync(db, catalog, userId, Exam.Id);
        var topics = (await directory.TopicsAsync(db, Exam.Id)).ToList();
        if (NotYetOnly) topics.RemoveAll(t => Progress.Topic(t.Key).IsComplete);
        ExamWide = topics.Where(t => t.DomainId is null).ToList();
        Domains = Exam.Domains.OrderBy(d => d.Order)
            .Select(d => new DomainTopics(d, topics.Where(t => t.DomainId == d.Id).ToList()))
            .ToList();
    }
}

public sealed record DomainTopics(Domain Domain, IReadOnlyList<TopicLink> Topics);
