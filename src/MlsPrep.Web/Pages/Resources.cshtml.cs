using MlsPrep.Web.Catalog;
using MlsPrep.Web.Database;
using MlsPrep.Web.Exams;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MlsPrep.Web.Pages;

/// <summary>Every resource of every note, grouped by the domains of the reader's exam; notes of other exams come last.</summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = CatalogCaching.Policy)]
public class ResourcesModel(MlsPrepDb db, ExamCatalog exams, ExamChooser chooser, TopicDirectory directory) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "exam")] public string? ExamSlug { get; set; }

    public Exam? Exam { get; private set; }
    public IReadOnlyList<Exam> AllExams { get; private set; } = [];
    public IReadOnlyList<ResourceGroup> Groups { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var list = await exams.GetAsync(db);
        AllExams = list.Exams;
        Exam = list.Find(ExamSlug) ?? await chooser.CurrentAsync(HttpContext);
        var links = (await db.Resources.AsNoTracking()
                .Join(db.Topics, r => r.TopicId, t => t.Id, (r, t) => new { TopicKey = t.Key, TopicTitle = t.Title, r.Title, r.Url, r.Description, r.Order })
                .ToListAsync())
            .GroupBy(r => r.TopicKey, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new TopicResources(g.Key, g.First().TopicTitle, g.OrderBy(r => r.Order).Select(r => new ResourceLink(r.Title, r.Url, r.Description)).ToList()));

        var topics = Exam is null ? [] : await directory.TopicsAsync(db, Exam.Id);
        var groups = new List<ResourceGroup>();
        foreach (var (title, domainId) in new[] { ("About the exam", (int?)null) }.Concat(Exam?.Domains.Select(d => (d.Title, (int?)d.Id)) ?? []))
        {
            var inGroup = topics.Where(t => t.DomainId == domainId && links.ContainsKey(t.Key)).Select(t => links[t.Key]).ToList();
            if (inGroup.Count > 0) groups.Add(new(title, inGroup));
        }
        var others = links.Values.Where(l => topics.All(t => t.Key != l.Key)).OrderBy(l => l.Title, StringComparer.Ordinal).ToList();
        if (others.Count > 0) groups.Add(new(Exam is null ? "Notes" : $"Notes for other exams than {Exam.Code}", others));
        Groups = groups;
    }
}

public sealed record ResourceGroup(string Domain, IReadOnlyList<TopicResources> Topics);
public sealed record TopicResources(string Key, string Title, IReadOnlyList<ResourceLink> Links);
public sealed record ResourceLink(string Title, string Url, string Description);
