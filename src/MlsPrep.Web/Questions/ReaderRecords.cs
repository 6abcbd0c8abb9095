using MlsPrep.Web.Database;
using MlsPrep.Web.Review;

namespace MlsPrep.Web.Questions;

public static class ReaderRecords
{
    /// <summary>The questions the reader got wrong last time and the items they ticked: one read, only their own rows.</summary>
    public static async Task<ReaderRecord> LoadAsync(MlsPrepDb db, string? userId)
    {
        if (userId is null) return ReaderRecord.None;
        var records = await StudyRecords.LoadAsync(db, userId);
        var wrong = records.Answers.GroupBy(a => a.QuestionKey).Where(g => !g.MaxBy(a => a.Id)!.Correct).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        return new(wrong, records.Hashes.Keys.ToHashSet());
    }
}
