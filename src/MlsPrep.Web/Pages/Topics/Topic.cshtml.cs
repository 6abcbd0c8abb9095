using MlsPrep.Web.Catalog;
using MlsPrep.Web.Database;
using MlsPrep.Web.Progress;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MlsPrep.Web.Pages.Topics;

[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = MlsPrep.Web.Catalog.CatalogCaching.Policy)]
public class TopicModel(MlsPrepDb db, TopicDirectory directory, ProgressCatalog catalog, UserManager<IdentityUser> users, TimeProvider time) : PageModel
{
    public Topic Topic { get; private set; } = null!;
    public TopicLink? Previous { get; private set; }
    public TopicLink? Next { get; private set; }
    public ProgressSnapshot Progress { get; private set; } = ProgressSnapshot.Empty;
    public IReadOnlySet<string> ReadResources { get; private set; } = new HashSet<string>();
    public bool SignedIn => User.Identity?.IsAuthenticated == true;

    /// <summary>"not-yet" hides what the reader has covered.</summary>
    [BindProperty(SupportsGet = true)] public string? Show { get; set; }
    public bool NotYetOnly => Show == "not-yet";

    /// <summary>Headings for the table of contents; the checklist and resources are always listed after them.</summary>
    public IEnumerable<Section> Contents => Topic.Sections.Where(s => s.Level is 2 or 3 && s.Anchor.Length > 0);

    public async Task<IActionResult> OnGetAsync(string key)
    {
        await using var snapshot = await db.BeginSnapshotAsync();
        var topic = await db.Topics.AsNoTracking().AsSplitQuery()
            .Include(t => t.Domain)
            .Include(t => t.Sections.OrderBy(s => s.Order))
            .Include(t => t.Items.OrderBy(i => i.Order))
            .Include(t => t.Resources.OrderBy(r => r.Order))
            .FirstOrDefaultAsync(t => t.Key == key);
        if (topic is null) return NotFound();
        Topic = topic;

        // Neighbours in reading order, so a candidate can work through a domain without going back to the list.
        (Previous, Next) = await directory.NeighboursAsync(db, topic.ExamId, topic.DomainId, topic.Key);

        if (users.GetUserId(User) is { } userId)
        {
            Progress = await ProgressSnapshot.LoadAsync(db, catalog, userId, topic.ExamId);
            ReadResources = (await db.ResourceReads.Where(r => r.UserId == userId && r.TopicKey == key).Select(r => r.Url).ToListAsync()).ToHashSet();
        }
        return Page();
    }

    public Task<IActionResult> OnPostItemAsync(string key, string item, bool covered) =>
        ChangeAsync(key, $"item-{item}", userId => db.SetItemAsync(userId, key, item, covered, time.GetUtcNow()));

    public Task<IActionResult> OnPostTopicAsync(string key, bool covered) =>
        ChangeAsync(key, "checklist", userId => db.SetTopicAsync(userId, key, covered, time.GetUtcNow()));

    public Task<IActionResult> OnPostResourceAsync(string key, string url, bool read) =>
        ChangeAsync(key, "resources", userId => db.SetResourceReadAsync(userId, key, url, read, time.GetUtcNow()));

    /// <summary>
    /// Applies a change for the signed-in user (never for an id taken from the form), then answers the way
    /// the request asked: JSON for the in-place script, or a redirect back to the same spot for a plain form.
    /// </summary>
    private async Task<IActionResult> ChangeAsync(string key, string anchor, Func<string, Task<bool>> change)
    {
        // Visitors see sign-in links, not forms, and a stale form's token fails antiforgery first: this guard is
        // for completeness, and sends anyone unknown to the sign-in page.
        if (users.GetUserId(User) is not { } userId) return Challenge();
        var back = $"/topics/{Uri.EscapeDataString(key)}{(NotYetOnly ? "?show=not-yet" : "")}#{anchor}";
        if (!await change(userId)) return NotFound();
        if (!Request.Headers.Accept.ToString().Contains("application/json", StringComparison.Ordinal)) return Redirect(back);

        var topic = await db.Topics.AsNoTracking().Where(t => t.Key == key).Select(t => new { t.ExamId, t.DomainId }).FirstAsync();
        var progress = await ProgressSnapshot.LoadAsync(db, catalog, userId, topic.ExamId);
        var domain = topic.DomainId is { } domainId ? progress.Domain(domainId) : (Tally?)null;
        return new JsonResult(new
        {
            topic = Describe(progress.Topic(key)),
            domain = domain is { } d ? Describe(d) : null,
            readiness = progress.Readiness,
        });

        static object Describe(Tally tally) => new { covered = tally.Covered, total = tally.Total, percent = tally.Percent };
    }
}
