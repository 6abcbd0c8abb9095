using MlsPrep.Web.Catalog;
using MlsPrep.Web.Database;
using MlsPrep.Web.Questions;
using Microsoft.EntityFrameworkCore;

namespace MlsPrep.Web.Review;

/// <summary>
/// What a reader should look at again before one exam: items still "not yet" (or changed since covered), items last
/// graded Hard, and questions last answered wrong, grouped by domain, task statement and note.
/// </summary>
public sealed record CheatSheet(Exam Exam, IReadOnlyList<CheatSheet.DomainPart> Domains)
{
    public sealed record DomainPart(Domain Domain, IReadOnlyList<TaskPart> Tasks);
    public sealed record TaskPart(TaskStatement? Task, IReadOnlyList<NotePart> Notes);
    public sealed record NotePart(string TopicKey, string Title, string Summary, IReadOnlyList<Line> Items, IReadOnlyList<WrongAnswer> Wrong)
    {
        /// <summary>Nothing of it covered and no question missed: the sheet names it in one line with the others like it.</summary>
        public bool NotStarted => Wrong.Count == 0 && Items.Count == 1 && Items[0].Why == NotStartedWhy;
    }

    public const string NotStartedWhy = "not started";
    public sealed record Line(string Html, string Why);
    public sealed record WrongAnswer(string Question, string RightAnswerHtml);

    public bool IsEmpty => Domains.Count == 0;

    public static async Task<CheatSheet> BuildAsync(MlsPrepDb db, Exam exam, QuestionSet questions, string userId)
    {
        var placements = await db.Placements.AsNoTracking().Where(p => p.ExamId == exam.Id)
            .Join(db.Topics, p => p.TopicId, t => t.Id, (p, t) => new { p.DomainId, p.Tasks, p.Order, t.Key, t.Title, t.Summary, Items = t.Items.OrderBy(i => i.Order).Select(i => new { i.Key, i.Html, i.TextHash }).ToList() })
            .ToListAsync();
        var records = await StudyRecords.LoadAsync(db, userId);
        var ticks = records.Hashes;
        var grades = (await db.ReviewLog.AsNoTracking().Where(r => r.UserId == userId).Select(r => new { r.Id, r.TopicKey, r.ItemKey, r.Grade }).ToListAsync())
            .GroupBy(r => (r.TopicKey, r.ItemKey)).ToDictionary(g => g.Key, g => g.MaxBy(r => r.Id)!.Grade);
        var wrong = ReaderRecords.From(records).AnsweredWrongLast;

        var notes = placements.Select(p =>
        {
            var items = p.Items.Select(i =>
            {
                var why = !ticks.TryGetValue((p.Key, i.Key), out var hash) ? "not yet"
                    : hash != i.TextHash ? "changed since covered"
                    : grades.GetValueOrDefault((p.Key, i.Key)) == Grade.Hard ? "hard last time" : null;
                return why is null ? null : new Line(i.Html, why);
            }).OfType<Line>().ToList();
            // A note not started at all is one line, not its whole checklist: the sheet stays short enough to print.
            if (items.Count == p.Items.Count && items.Count > 1 && items.All(i => i.Why == "not yet")) items = [new Line($"{items.Count} items", NotStartedWhy)];
            var missed = questions.OfTopic(p.Key).Where(q => wrong.Contains(q.Key) && q.Exams.Any(e => e.ExamCode == exam.Code))
                .Select(q => new WrongAnswer(QuestionText.Teaser(q.StemText, 90), string.Join(" · ", Answers.Picks(q.Answer).Select(l => q.Options.First(o => o.Letter == l).Html))))
                .ToList();
            return (p.DomainId, Task: p.Tasks.FirstOrDefault(), p.Order, Note: new NotePart(p.Key, p.Title, p.Summary, items, missed));
        }).Where(n => n.Note.Items.Count > 0 || n.Note.Wrong.Count > 0).ToList();

        var domains = exam.Domains.Select(d => new DomainPart(d, notes.Where(n => n.DomainId == d.Id)
                .GroupBy(n => n.Task).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new TaskPart(g.Key is null ? null : ExamList.Task(exam, g.Key), g.OrderBy(n => n.Order).Select(n => n.Note).ToList()))
                .ToList()))
            .Where(d => d.Tasks.Count > 0).ToList();
        return new(exam, domains);
    }
}
