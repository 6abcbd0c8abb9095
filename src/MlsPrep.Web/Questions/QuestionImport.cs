using MlsPrep.Web.Content;
using MlsPrep.Web.Database;
using Microsoft.EntityFrameworkCore;

namespace MlsPrep.Web.Questions;

/// <summary>
/// Replaces the imported questions with what content/ says today, inside the importer's transaction. Questions are
/// few and point into notes, so all of them are linked again against the notes as stored after this import.
/// Readers' answers are kept by question key and are never touched.
/// </summary>
public static class QuestionImport
{
    public static async Task<IReadOnlyList<ContentProblem>> ReplaceAllAsync(MlsPrepDb db, ContentScan scan, CancellationToken cancellation)
    {
        var examCodes = await db.Exams.AsNoTracking().ToDictionaryAsync(e => e.Id, e => e.Code, cancellation);
        // Split: one query per collection, rather than every note's items times its sections times its exams in one.
        var topics = await db.Topics.AsNoTracking().AsSplitQuery()
            .Select(t => new
            {
                t.Key,
                Items = t.Items.Select(i => new { i.Key, i.Text }).ToList(),
                Sections = t.Sections.Select(s => new { s.Heading, s.Anchor }).ToList(),
                Exams = t.Placements.Select(p => p.ExamId).ToList(),
            })
            .ToListAsync(cancellation);
        var notes = topics.ToDictionary(
            t => t.Key,
            t => new NoteFacts(t.Key, [.. t.Items.Select(i => (i.Key, i.Text))], [.. t.Sections.Select(s => (s.Heading, s.Anchor))], [.. t.Exams.Select(id => examCodes.GetValueOrDefault(id, ""))]),
            StringComparer.Ordinal);

        var problems = new List<ContentProblem>();
        var linked = QuestionLinks.Link(scan.QuestionFiles, [.. scan.Exams.Select(e => e.Exam)], notes, problems);
        await db.Questions.ExecuteDeleteAsync(cancellation);
        await BulkInsert.RowsAsync(db, [.. linked.Select((q, order) => ToRow(q, order))], cancellation);
        return problems;
    }

    private static Question ToRow(LinkedQuestion linked, int order)
    {
        var q = linked.Question;
        return new Question
        {
            Key = q.Key, TopicKey = q.NoteKey, Type = q.Type, CaseKey = q.CaseKey ?? "", CaseHtml = linked.CaseHtml,
            StemHtml = q.StemHtml, StemText = q.StemText, Prompts = [.. q.Prompts],
            Options = q.Options.Select(o => new QuestionOption { Letter = o.Letter, Html = o.Html, ExplanationHtml = o.ExplanationHtml }).ToList(),
            Answer = q.Answer, ExplanationHtml = q.ExplanationHtml,
            Docs = q.Docs.Select(d => new QuestionDoc { Title = d.Title, Url = d.Url }).ToList(),
            Exams = linked.Placements.Select(p => new QuestionExam { ExamCode = p.ExamCode, DomainKey = p.DomainKey ?? "", TaskKey = p.TaskKey ?? "" }).ToList(),
            ItemKeys = [.. linked.ItemKeys], SectionAnchor = linked.SectionAnchor, SourcePath = linked.Path, Line = q.Line, Order = order,
        };
    }
}
