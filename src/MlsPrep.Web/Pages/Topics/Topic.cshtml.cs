using MlsPrep.Web.Accounts;
using MlsPrep.Web.Catalog;
using MlsPrep.Web.Database;
using MlsPrep.Web.Exams;
using MlsPrep.Web.PersonalNotes;
using MlsPrep.Web.Progress;
using MlsPrep.Web.Questions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MlsPrep.Web.Pages.Topics;

[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = MlsPrep.Web.Catalog.CatalogCaching.Policy)]
public class TopicModel(MlsPrepDb db, ExamCatalog exams, ExamChooser chooser, TopicDirectory directory, TopicPages pages, ProgressCatalog catalog, QuestionBank questionBank, Microsoft.AspNetCore.Antiforgery.IAntiforgery antiforgery, TimeProvider time) : PageModel
{
    public Topic Topic { get; private set; } = null!;
    public ExamList Exams { get; private set; } = null!;
    /// <summary>The exam the reader is reading in: breadcrumbs, neighbours and bars follow it.</summary>
    public Exam? Exam { get; private set; }
    public Domain? Domain { get; private set; }
    public TopicLink? Previous { get; private set; }
    public TopicLink? Next { get; private set; }
    public ProgressSnapshot Progress { get; private set; } = ProgressSnapshot.Empty;
    public IReadOnlySet<string> ReadResources { get; private set; } = new HashSet<string>();
    /// <summary>The signed-in reader's own note on this topic (never in a cached page: signed-in pages are not cached).</summary>
    public string? NoteMarkdown { get; private set; }
    /// <summary>One antiforgery token for every form of the page, instead of a tag helper working it out per form.</summary>
    public string? Token { get; private set; }

    /// <summary>Where a form of this page posts: the handler, with the reader's exam and filter kept.</summary>
    public string Action(string handler) =>
        $"/topics/{Uri.EscapeDataString(Topic.Key)}?handler={handler}{(Exam is null ? "" : $"&exam={Exam.Slug}")}{(Show is null ? "" : $"&show={Uri.EscapeDataString(Show)}")}";
    public bool SignedIn => User.Identity?.IsAuthenticated == true;
    /// <summary>The note's practice questions, for "Test yourself" at its end.</summary>
    public IReadOnlyList<MlsPrep.Web.Questions.Question> Questions { get; private set; } = [];

    /// <summary>"not-yet" hides what the reader has covered.</summary>
    [BindProperty(SupportsGet = true)] public string? Show { get; set; }
    public bool NotYetOnly => Show == "not-yet";

    /// <summary>The exam the reader came from (links from exam pages name it); otherwise the one they study for.</summary>
    [BindProperty(SupportsGet = true, Name = "exam")] public string? ExamSlug { get; set; }

    /// <summary>This page's address in the reader's exam, with the given query and fragment.</summary>
    public string Self(bool notYet = false, string fragment = "") =>
        $"/topics/{Uri.EscapeDataString(Topic.Key)}?{(Exam is null ? "" : $"exam={Exam.Slug}")}{(notYet ? "&show=not-yet" : "")}{(fragment.Length > 0 ? "#" + fragment : "")}";

    /// <summary>Headings for the table of contents; the checklist and resources are always listed after them.</summary>
    public IEnumerable<Section> Contents => Topic.Sections.Where(s => s.Level is 2 or 3 && s.Anchor.Length > 0);

    public async Task<IActionResult> OnGetAsync(string key)
    {
        // The note itself comes whole from memory (one import's version, never a mix); the database gives only the reader's state.
        var topic = await pages.GetAsync(db, key);
        if (topic is null) return NotFound();
        Topic = topic;
        Questions = [.. (await questionBank.GetAsync(db)).OfTopic(key)];

        var reader = User.ReaderId() is { } userId ? await TopicReaderState.LoadAsync(db, userId, key) : null;
        Exams = await exams.GetAsync(db);
        var placement = Place(Exams, key, ExamChooser.Current(Exams, reader?.ChosenExam, HttpContext));
        if (placement is not null)
        {
            (Exam, Domain) = (Exams.ById(placement.ExamId), Exams.DomainOf(placement));
            // Neighbours in reading order, so a candidate can work through a domain without going back to the list.
            (Previous, Next) = await directory.NeighboursAsync(db, placement.ExamId, topic.Key);
        }
        if (reader is not null)
        {
            if (Exam is not null) Progress = ProgressSnapshot.From(reader.Ticks, await catalog.GetAsync(db, Exam.Id));
            ReadResources = reader.ReadUrls;
            NoteMarkdown = reader.NoteMarkdown;
            // Visitors get no forms, and no token: a cookie set here would keep their page out of the cache.
            Token = antiforgery.GetAndStoreTokens(HttpContext).RequestToken;
        }
        return Page();
    }

    public Task<IActionResult> OnPostItemAsync(string key, string item, bool covered) =>
        ChangeAsync(key, $"item-{item}", userId => db.SetItemAsync(userId, key, item, covered, time.GetUtcNow()));

    public Task<IActionResult> OnPostTopicAsync(string key, bool covered) =>
        ChangeAsync(key, "checklist", userId => db.SetTopicAsync(userId, key, covered, time.GetUtcNow()));

    public Task<IActionResult> OnPostResourceAsync(string key, string url, bool read) =>
        ChangeAsync(key, "resources", userId => db.SetResourceReadAsync(userId, key, url, read, time.GetUtcNow()));

    public async Task<IActionResult> OnPostNoteAsync(string key, string? note)
    {
        if (User.ReaderId() is not { } userId) return Challenge();
        if (!await db.Topics.AnyAsync(t => t.Key == key)) return NotFound();
        await db.SaveNoteAsync(userId, key, note ?? "", time.GetUtcNow());
        var (examList, placement) = await PlaceAsync(key);
        var exam = placement is null ? null : examList.ById(placement.ExamId);
        return Redirect($"/topics/{Uri.EscapeDataString(key)}{(exam is null ? "" : $"?exam={exam.Slug}")}#your-note");
    }

    private async Task<(ExamList Exams, Placement? Placement)> PlaceAsync(string key)
    {
        var list = await exams.GetAsync(db);
        return (list, Place(list, key, await chooser.CurrentAsync(HttpContext)));
    }

    /// <summary>Where the reader is reading the note: in the exam the URL names, else the one they study for, else its first.</summary>
    private Placement? Place(ExamList list, string key, Exam? chosen)
    {
        var placements = list.PlacementsOf(key);
        var placement = placements.FirstOrDefault(p => list.ById(p.ExamId)?.Slug == ExamSlug);
        if (placement is null && chosen is not null) placement = placements.FirstOrDefault(p => p.ExamId == chosen.Id);
        return placement ?? (placements.Count > 0 ? placements[0] : null);
    }

    /// <summary>
    /// Applies a change for the signed-in user (never for an id taken from the form), then answers the way
    /// the request asked: JSON for the in-place script, or a redirect back to the same spot for a plain form.
    /// </summary>
    private async Task<IActionResult> ChangeAsync(string key, string anchor, Func<string, Task<bool>> change)
    {
        // Visitors see sign-in links, not forms, and a stale form's token fails antiforgery first: this guard is
        // for completeness, and sends anyone unknown to the sign-in page.
        if (User.ReaderId() is not { } userId) return Challenge();
        var (examList, placement) = await PlaceAsync(key);
        var exam = placement is null ? null : examList.ById(placement.ExamId);
        var back = $"/topics/{Uri.EscapeDataString(key)}?{(exam is null ? "" : $"exam={exam.Slug}")}{(NotYetOnly ? "&show=not-yet" : "")}#{anchor}";
        if (!await change(userId)) return NotFound();
        if (!Request.Headers.Accept.ToString().Contains("application/json", StringComparison.Ordinal)) return Redirect(back);

        // Every exam the note serves moves: the page shows the reader's exam, and says the others moved too.
        var progress = await ProgressSnapshot.LoadAllAsync(db, catalog, userId, examList.PlacementsOf(key).Select(p => p.ExamId));
        var here = exam is null ? ProgressSnapshot.Empty : progress[exam.Id];
        var domain = placement?.DomainId is { } domainId ? here.Domain(domainId) : (Tally?)null;
        return new JsonResult(new
        {
            topic = Describe(here.Topic(key)),
            domain = domain is { } d ? Describe(d) : null,
            readiness = here.Readiness,
            exams = progress.ToDictionary(p => examList.ById(p.Key)!.Slug, p => p.Value.Readiness),
        });

        static object Describe(Tally tally) => new { covered = tally.Covered, total = tally.Total, percent = tally.Percent };
    }
}
