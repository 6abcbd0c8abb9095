using MlsPrep.Web.Accounts;
using MlsPrep.Web.Catalog;
using MlsPrep.Web.Database;
using MlsPrep.Web.Progress;
using MlsPrep.Web.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MlsPrep.Web.Pages;

[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = MlsPrep.Web.Catalog.CatalogCaching.Policy)]
public class SearchModel(CatalogSearch search, MlsPrepDb db, ExamCatalog exams, ProgressCatalog catalog, MlsPrep.Web.Questions.QuestionBank questionBank) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Domain { get; set; }
    /// <summary>An exam's slug: only notes that serve it.</summary>
    [BindProperty(SupportsGet = true)] public string? Exam { get; set; }
    /// <summary>"not-yet" or "covered", for a signed-in reader.</summary>
    [BindProperty(SupportsGet = true)] public string? Show { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public SearchResults Results { get; private set; } = SearchResults.None(SearchQuery.Parse(null));
    /// <summary>Practice questions whose scenario fits the search: stems only, the page shows no options or keys.</summary>
    public IReadOnlyList<MlsPrep.Web.Questions.Question> Questions { get; private set; } = [];
    /// <summary>The signed-in reader's own notes that match: theirs only, and this page is never cached for them.</summary>
    public IReadOnlyList<(MlsPrep.Web.PersonalNotes.PersonalNote Note, string Title)> YourNotes { get; private set; } = [];
    public IReadOnlyList<Exam> Exams { get; private set; } = [];
    public Exam? ExamFilter { get; private set; }
    public bool SignedIn => User.Identity?.IsAuthenticated == true;
    public int PageCount => (Results.Total + PageSize - 1) / PageSize;

    public async Task OnGetAsync(CancellationToken cancellation)
    {
        var list = await exams.GetAsync(db);
        Exams = list.Exams;
        ExamFilter = list.Find(Exam);
        Exam = ExamFilter?.Slug;
        if (!Exams.Where(e => ExamFilter is null || e == ExamFilter).SelectMany(e => e.Domains).Any(d => d.Key == Domain)) Domain = null;
        PageNumber = Math.Max(1, PageNumber);

        Func<string, bool>? keep = null;
        if (SignedIn && Show is "covered" or "not-yet")
        {
            // A note is covered when all of its items are ticked, whichever exam it is read in.
            var progress = await ProgressSnapshot.LoadAllAsync(db, catalog, User.ReaderId()!, Exams.Select(e => e.Id), cancellation);
            var wantCovered = Show == "covered";
            keep = topic => progress.Values.Select(p => p.Topic(topic)).FirstOrDefault(t => t.Total > 0).IsComplete == wantCovered;
        }
        Results = await search.SearchAsync(Q, new SearchFilter(Domain, keep, ExamFilter?.Code), (PageNumber - 1) * PageSize, PageSize, cancellation);
        if (PageNumber == 1 && User.ReaderId() is { } owner)
        {
            var notes = await MlsPrep.Web.PersonalNotes.PersonalNoteStore.SearchAsync(db, owner, Results.Query.Terms);
            var keys = notes.Select(n => n.TopicKey).ToList();
            var titles = await db.Topics.Where(t => keys.Contains(t.Key)).ToDictionaryAsync(t => t.Key, t => t.Title, cancellation);
            YourNotes = notes.Select(n => (n, titles.GetValueOrDefault(n.TopicKey, n.TopicKey))).ToList();
        }
        if (PageNumber == 1)
            Questions = MlsPrep.Web.Questions.QuestionSearch.Find(await questionBank.GetAsync(db), Results.Query, Results.Corrections.Values, ExamFilter?.Code);
    }

    public string PageUrl(int page) =>
        $"/search?q={Uri.EscapeDataString(Q ?? "")}{(Exam is null ? "" : "&exam=" + Exam)}{(Domain is null ? "" : "&domain=" + Domain)}{(Show is null ? "" : "&show=" + Uri.EscapeDataString(Show))}&p={page}";
}
