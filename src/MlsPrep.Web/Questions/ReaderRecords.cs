using MlsPrep.Web.Database;
using MlsPrep.Web.Review;

namespace MlsPrep.Web.Questions;

public static class ReaderRecords
{
    /// <summary>The questions the reader got wrong last time and the items they ticked: one read, only their own rows.</summary>
    public static async Task<ReaderRecord> LoadAsync(MlsPrepDb db, string? userId) =>
        userId is null ? ReaderRecord.None : From(await StudyRecords.LoadAsync(db, userId));

    public static ReaderRecord From(StudyRecords records) =>
        new(records.Answers.GroupBy(a => a.QuestionKey).Where(g => !g.MaxBy(a => a.Id)!.Correct).Select(g => g.Key).ToHashSet(StringComparer.Ordinal),
            records.Hashes.Keys.ToHashSet());
}
