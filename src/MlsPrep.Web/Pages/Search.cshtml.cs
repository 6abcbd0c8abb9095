using MlsPrep.Web.Catalog;
using MlsPrep.Web.Database;
using MlsPrep.Web.Progress;
using MlsPrep.Web.Search;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MlsPrep.Web.Pages;

[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = MlsPrep.Web.Catalog.CatalogCaching.Policy)]
public class SearchModel(CatalogSearch search, MlsPrepDb db, ProgressCatalog catalog, UserManager<IdentityUser> users) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Domain { get; set; }
    /// <summary>"not-yet" or "covered", for a signed-in reader.</summary>
    [BindProperty(SupportsGet = true)] public string? Show { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public SearchResults Results { get; private set; } = SearchResults.None(SearchQuery.Parse(null));
    public IReadOnlyList<Domain> Domains { get; private set; } = [];
    public bool SignedIn => User.Identity?.IsAuthenticated == true;
    public int PageCount => (Results.Total + PageSize - 1) / PageSize;

    public async Task OnGetAsync(CancellationToken cancellation)
    {
        Domains = await db.Domains.AsNoTracking().OrderBy(d => d.Order).ToListAsync(cancellation);
        if (!Domains.Any(d => d.Key == Domain)) Domain = null;
        PageNumber = Math.Max(1, PageNumber);

        Func<string, bool>? keep = null;
        if (SignedIn && Show is "covered" or "not-yet" && Domains.Count > 0)
        {
            var progress = await ProgressSnapshot.LoadAsync(db, catalog, users.GetUserId(User)!, Domains[0].ExamId, cancellation);
            var wantCovered = Show == "covered";
            keep = topic => progress.Topic(topic).IsComplete == wantCovered;
        }
        Results = await search.SearchAsync(Q, new SearchFilter(Domain, keep), (PageNumber - 1) * PageSize, PageSize, cancellation);
    }

    public string PageUrl(int page) =>
        $"/search?q={Uri.EscapeDataString(Q ?? "")}{(Domain is null ? "" : "&domain=" + Domain)}{(Show is null ? "" : "&show=" + Uri.EscapeDataString(Show))}&p={page}";
}
