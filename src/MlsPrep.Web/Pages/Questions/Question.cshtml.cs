using MlsPrep.Web.Accounts;
using MlsPrep.Web.Catalog;
using MlsPrep.Web.Database;
using MlsPrep.Web.Questions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MlsPrep.Web.Pages.Questions;

/// <summary>
/// One practice question with feedback at once. The key and the explanations are rendered only in the answer to
/// the POST, so they never reach the browser before the reader has answered.
/// </summary>
public class QuestionModel(MlsPrepDb db, QuestionBank bank, ExamCatalog exams, AnswerRecorder recorder, TimeProvider time) : PageModel
{
    public Question Question { get; private set; } = null!;
    public string TopicTitle { get; private set; } = "";
    public PracticeSet Set { get; private set; } = null!;
    public string SetName { get; private set; } = "";
    public int Position { get; private set; }
    public int Count { get; private set; }
    public Question? NextQuestion { get; private set; }
    public string? Given { get; private set; }
    public AnswerOutcome? Outcome { get; private set; }
    public string? Incomplete { get; private set; }
    public IReadOnlyList<string> Picked { get; private set; } = [];
    public bool SignedIn => User.Identity?.IsAuthenticated == true;
    public ExamList Exams { get; private set; } = null!;

    public string Link(Question question) => $"/questions/{Uri.EscapeDataString(question.Key)}{(Set.Query.Length > 0 ? "?" + Set.Query : "")}";

    public async Task<IActionResult> OnGetAsync(string key) => await LoadAsync(key) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string key)
    {
        if (!await LoadAsync(key)) return NotFound();
        Picked = Request.Form["pick"].Select(p => p ?? "").ToList();
        var response = Answers.FromForm(Question.Type, Question.Options.Count, Question.Prompts.Count, Picked);
        if (response is null)
        {
            Incomplete = Question.Type switch
            {
                QuestionType.Ordering => "Place every step once, then check.",
                QuestionType.Matching => "Choose a match for every item, then check.",
                _ => "Choose an answer, then check.",
            };
            return Page();
        }
        Given = response;
        Outcome = User.ReaderId() is { } userId
            ? await recorder.RecordAsync(userId, Question, response, time.GetUtcNow())
            : new AnswerOutcome(Question.IsRight(response), [], []);
        return Page();
    }

    private async Task<bool> LoadAsync(string key)
    {
        var questions = await bank.GetAsync(db);
        if (questions.Find(key) is not { } question) return false;
        Question = question;
        Exams = await exams.GetAsync(db);
        TopicTitle = questions.TopicTitle(question.TopicKey) ?? question.TopicKey;
        Set = PracticeSet.From(Request.Query);
        SetName = Set.Describe(Exams, k => k == question.TopicKey ? TopicTitle : null);
        var set = Set.Pick(questions, await ReaderRecords.LoadAsync(db, User.ReaderId()));
        Count = set.Count;
        Position = set.ToList().FindIndex(q => q.Key == key) + 1;
        // The next question follows this one in content order, even when answering it took this one out of the set.
        NextQuestion = set.FirstOrDefault(q => q.Order > question.Order);
        return true;
    }
}
