using MlsPrep.Web.Catalog;
using MlsPrep.Web.Database;
using MlsPrep.Web.Progress;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MlsPrep.Web.Pages.Domains;

[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = MlsPrep.Web.Catalog.CatalogCaching.Policy)]
public class DomainModel(MlsPrepDb db, TopicDirectory directory, ProgressCatalog catalog, UserManager<IdentityUser> users) : PageModel
{
    public Domain Domain { get; private set; } = null!;
    public IReadOnlyList<TopicLink> Topics { get; private set; } = [];
    public ProgressSnapshot Progress { get; private set; } = ProgressSnapshot.Empty;
    public bool SignedIn => User.Identity?.IsAuthenticated == true;

    /// <summary>"not-yet" hides topics the reader has fully covered.</summary>
    [BindProperty(SupportsGet = true)] public string? Show { get; set; }
    public bool NotYetOnly => Show == "not-yet" && SignedIn;

    public async Task<IActionResult> OnGetAsync(string key)
    {
        var domain = await db.Domains.AsNoTracking().FirstOrDefaultAsync(d => d.Key == key);
        if (domain is null) return NotFound();
        Domain = domain;
        if (users.GetUserId(User) is { } userId) Progress = await ProgressSnapshot.LoadAsync(db, catalog, userId, domain.ExamId);
        var topics = (await directory.TopicsAsync(db, domain.ExamId)).Where(t => t.DomainId == domain.Id).ToList();
        if (NotYetOnly) topics.RemoveAll(t => Progress.Topic(t.Key).IsComplete);
        Topics = topics;
        return Page();
    }
}
