using MlsPrep.Web.Database;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MlsPrep.Web.Pages;

[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = MlsPrep.Web.Catalog.CatalogCaching.Policy)]
public class ResourcesModel(MlsPrepDb db) : PageModel
{
    public IReadOnlyList<ResourceGroup> Groups { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var rows = await db.Resources.AsNoTracking()
            .Join(db.Topics, r => r.TopicId, t => t.Id, (r, t) => new
            {
                Domain = t.Domain == null ? null : t.Domain.Title,
                DomainOrder = t.Domain == null ? -1 : t.Domain.Order,
                TopicKey = t.Key, TopicTitle = t.Title, TopicOrder = t.Order,
                r.Title, r.Url, r.Description, r.Order,
            })
            .ToListAsync();

        Groups = rows
            .GroupBy(r => (r.DomainOrder, r.Domain))
            .OrderBy(g => g.Key.DomainOrder)
            .Select(domain => new ResourceGroup(
                domain.Key.Domain ?? "About the exam",
                domain.GroupBy(r => (r.TopicOrder, r.TopicKey, r.TopicTitle))
                    .OrderBy(t => t.Key.TopicOrder).ThenBy(t => t.Key.TopicTitle, StringComparer.Ordinal)
                    .Select(topic => new TopicResources(topic.Key.TopicKey, topic.Key.TopicTitle,
                        topic.OrderBy(r => r.Order).Select(r => new ResourceLink(r.Title, r.Url, r.Description)).ToList()))
                    .ToList()))
            .ToList();
    }
}

public sealed record ResourceGroup(string Domain, IReadOnlyList<TopicResources> Topics);
public sealed record TopicResources(string Key, string Title, IReadOnlyList<ResourceLink> Links);
public sealed record ResourceLink(string Title, string Url, string Description);
