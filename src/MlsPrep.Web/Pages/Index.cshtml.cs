using MlsPrep.Web.Catalog;
using MlsPrep.Web.Database;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MlsPrep.Web.Pages;

public class IndexModel(MlsPrepDb db) : PageModel
{
    public Exam? Exam { get; private set; }
    public IReadOnlyList<TopicLink> ExamWide { get; private set; } = [];
    public IReadOnlyList<DomainTopics> Domains { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Exam = await db.Exams.AsNoTracking().Include(e => e.Domains).OrderBy(e => e.Code).FirstOrDefaultAsync();
        if (Exam is null) return;

        var topics = await TopicLink.Query(db.Topics.Where(t => t.ExamId == Exam.Id)).ToListAsync();
        ExamWide = topics.Where(t => t.DomainId is null).ToList();
        Domains = Exam.Domains.OrderBy(d => d.Order)
            .Select(d => new DomainTopics(d, topics.Where(t => t.DomainId == d.Id).ToList()))
            .ToList();
    }
}

public sealed record DomainTopics(Domain Domain, IReadOnlyList<TopicLink> Topics);
