using MlsPrep.Web.Catalog;
using MlsPrep.Web.Database;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MlsPrep.Web.Pages.Topics;

public class TopicModel(MlsPrepDb db) : PageModel
{
    public Topic Topic { get; private set; } = null!;
    public TopicLink? Previous { get; private set; }
    public TopicLink? Next { get; private set; }

    /// <summary>Headings for the table of contents; the checklist and resources are always listed after them.</summary>
    public IEnumerable<Section> Contents => Topic.Sections.Where(s => s.Level is 2 or 3 && s.Anchor.Length > 0);

    public async Task<IActionResult> OnGetAsync(string key)
    {
        var topic = await db.Topics.AsNoTracking().AsSplitQuery()
            .Include(t => t.Domain)
            .Include(t => t.Sections.OrderBy(s => s.Order))
            .Include(t => t.Items.OrderBy(i => i.Order))
            .Include(t => t.Resources.OrderBy(r => r.Order))
            .FirstOrDefaultAsync(t => t.Key == key);
        if (topic is null) return NotFound();
        Topic = topic;

        // Neighbours in reading order, so a candidate can work through a domain without going back to the list.
        var siblings = await TopicLink.Query(db.Topics.Where(t => t.ExamId == topic.ExamId && t.DomainId == topic.DomainId)).ToListAsync();
        var index = siblings.FindIndex(t => t.Key == topic.Key);
        Previous = index > 0 ? siblings[index - 1] : null;
        Next = index >= 0 && index < siblings.Count - 1 ? siblings[index + 1] : null;
        return Page();
    }
}
