using MlsPrep.Web.Database;
using Microsoft.EntityFrameworkCore;

namespace MlsPrep.Web.Questions;

public static class ReaderRecords
{
    /// <summary>The reader's last answer to each question and their ticks: one query each, only their own rows.</summary>
    public static async Task<ReaderRecord> LoadAsync(MlsPrepDb db, string? userId)
    {
        if (userId is null) return ReaderRecord.None;
        var answers = await db.QuestionAnswers.AsNoTracking().Where(a => a.UserId == userId)
            .Select(a => new { a.Id, a.QuestionKey, a.Correct }).ToListAsync();
        var wrong = answers.GroupBy(a => a.QuestionKey).Where(g => !g.MaxBy(a => a.Id)!.Correct).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var ticked = (await db.ItemTicks.AsNoTracking().Where(t => t.UserId == userId).Select(t => new { t.TopicKey, t.ItemKey }).ToListAsync())
            .Select(t => (t.TopicKey, t.ItemKey)).ToHashSet();
        return new(wrong, ticked);
    }
}
