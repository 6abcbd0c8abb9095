using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MlsPrep.Web.Pages;

/// <summary>
/// Error pages for any status. A failed POST is re-executed here as a POST, so this page answers every method
/// and needs no antiforgery token of its own (a stale token is often why the user is here).
/// </summary>
[IgnoreAntiforgeryToken]
public class StatusModel : PageModel
{
    public void OnGet() { }

    public void OnPost() { }
}
