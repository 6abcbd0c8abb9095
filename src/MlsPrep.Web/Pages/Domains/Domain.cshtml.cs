using MlsPrep.Web.Accounts;
using MlsPrep.Web.Catalog;
using MlsPrep.Web.Database;
using MlsPrep.Web.Progress;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MlsPrep.Web.Pages.Domains;

/// <summary>One domain of one exam: /exams/{exam}/domains/{key}, and /domains/{key} for links from before there were two exams.</summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = CatalogCaching.Policy)]
public class DomainModel(MlsPrepDb db, ExamCatalog exams, TopicDirectory directory, ProgressCatalog catalog) : PageModel
{
    public Exam Exam { get; private set; } = null!;
    public Domain Domain { get; private set; } = null!;
    public IReadOnlyList<TopicLink> Topics { get; private set; } = [];
    public ProgressSnapshot Progress { get; private set; } = ProgressSnapshot.Empty;
    public bool SignedIn => User.Identity?.IsAuthenticated == true;

    /// <summary>"not-yet" hides topics the reader has fully covered.</summary>
    [BindProperty(SupportsGet = true)] public string? Show { get; set; }
    public bool NotYetOnly => Show == "not-yet" && SignedIn;

    public string Address => $"/exams/{Exam.Slug}/domains/{Domain.Key}";

    public async Task<IActionResult> OnGetAsync(string key, string? exam)
    {
        var list = await exams.GetAsync(db);
        var candidates = exam is null ? list.Exams : list.Find(exam) is { } named ? [named] : [];
        var found = candidates.Select(e => (Exam: e, Domain: e.Domains.Find(d => d.Key == key))).FirstOrDefault(x => x.Domain is not null);
        if (found.Domain is null) return NotFound();
        (Exam, Domain) = (found.Exam, found.Domain);
        if (User.ReaderId() is { } userId) Progress = await ProgressSnapshot.LoadAsync(db, catalog, userId, Exam.Id);
        var topics = (await directory.TopicsAsync(db, Exam.Id)).Where(t => t.DomainId == Domain.Id).ToList();
        if (NotYetOnly) topics.RemoveAll(t => Progress.Topic(t.Key).IsComplete);
        Topics = topics;
        return Page();
    }
}
