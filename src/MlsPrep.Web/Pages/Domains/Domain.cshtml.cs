using MlsPrep.Web.Catalog;
using MlsPrep.Web.Database;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MlsPrep.Web.Pages.Domains;

public class DomainModel(MlsPrepDb db) : PageModel
{
    public Domain Domain { get; private set; } = null!;
    public IReadOnlyList<TopicLink> Topics { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string key)
    {
        var domain = await db.Domains.AsNoTracking().FirstOrDefaultAsync(d => d.Key == key);
        if (domain is null) return NotFound();
        Domain = domain;
        Topics = await TopicLink.Query(db.Topics.Where(t => t.DomainId == domain.Id)).ToListAsync();
        return Page();
    }
}
