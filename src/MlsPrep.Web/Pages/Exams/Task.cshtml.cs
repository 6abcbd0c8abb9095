using MlsPrep.Web.Accounts;
using MlsPrep.Web.Catalog;
using MlsPrep.Web.Database;
using MlsPrep.Web.Progress;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MlsPrep.Web.Pages.Exams;

/// <summary>One task statement of an exam guide and every note that serves it, with the reader's coverage.</summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = CatalogCaching.Policy)]
public class TaskModel(MlsPrepDb db, ExamCatalog exams, TopicDirectory directory, ProgressCatalog catalog) : PageModel
{
    public Exam Exam { get; private set; } = null!;
    public Domain Domain { get; private set; } = null!;
    public TaskStatement Task { get; private set; } = null!;
    public IReadOnlyList<TopicLink> Topics { get; private set; } = [];
    public ProgressSnapshot Progress { get; private set; } = ProgressSnapshot.Empty;
    public bool SignedIn => User.Identity?.IsAuthenticated == true;

    public async Task<IActionResult> OnGetAsync(string exam, string task)
    {
        if ((await exams.GetAsync(db)).Find(exam) is not { } found) return NotFound();
        if (found.Domains.FirstOrDefault(d => d.Tasks.Any(t => t.Key == task)) is not { } domain) return NotFound();
        (Exam, Domain, Task) = (found, domain, domain.Tasks.First(t => t.Key == task));
        Topics = [.. (await directory.ServingAsync(db, found.Id))[task]];
        if (User.ReaderId() is { } userId) Progress = await ProgressSnapshot.LoadAsync(db, catalog, userId, found.Id);
        return Page();
    }
}
