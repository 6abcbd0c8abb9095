using System.Data.Common;
using MlsPrep.Web.Database;
using MlsPrep.Web.Progress;
using Microsoft.EntityFrameworkCore;

namespace MlsPrep.Web.Review;

/// <summary>
/// A reader's ticks (with what the scheduler knows of each), exam dates and answers, read once for a page that
/// shows progress, exam plans, the coming days and question results together: the home page used to read the
/// ticks four times, and its queries through EF Core were half of its time.
/// </summary>
public sealed record StudyRecords(IReadOnlyList<ItemTick> Ticks, IReadOnlyList<ExamDate> Dates, IReadOnlyList<StudyRecords.Answer> Answers)
{
    public sealed record Answer(long Id, string QuestionKey, bool Correct);

    // Three statements in one command: one round trip, and no query pipeline between the page and its rows.
    private const string Sql = """
        SELECT "TopicKey", "ItemKey", "TextHash", "TickedAt", "Stability", "Difficulty", "ReviewedAt" FROM "ItemTicks" WHERE "UserId" = @user;
        SELECT "ExamCode", "Day", "SetOn", "CoveredWhenSet" FROM "ExamDates" WHERE "UserId" = @user;
        SELECT "Id", "QuestionKey", "Correct" FROM "QuestionAnswers" WHERE "UserId" = @user
        """;

    public static async Task<StudyRecords> LoadAsync(MlsPrepDb db, string userId)
    {
        List<ItemTick> ticks = [];
        List<ExamDate> dates = [];
        List<Answer> answers = [];
        await db.ReadAsync(Sql, async reader =>
        {
            while (await reader.ReadAsync())
                ticks.Add(new ItemTick
                {
                    UserId = userId, TopicKey = reader.GetString(0), ItemKey = reader.GetString(1), TextHash = reader.GetString(2),
                    TickedAt = reader.GetFieldValue<DateTimeOffset>(3), Stability = NullOr<double>(reader, 4), Difficulty = NullOr<double>(reader, 5),
                    ReviewedAt = NullOr<DateTimeOffset>(reader, 6),
                });
            await reader.NextResultAsync();
            while (await reader.ReadAsync())
                dates.Add(new ExamDate
                {
                    UserId = userId, ExamCode = reader.GetString(0), Day = reader.GetFieldValue<DateOnly>(1), SetOn = reader.GetFieldValue<DateOnly>(2),
                    CoveredWhenSet = reader.GetInt32(3),
                });
            await reader.NextResultAsync();
            while (await reader.ReadAsync()) answers.Add(new(reader.GetInt64(0), reader.GetString(1), reader.GetBoolean(2)));
        }, ("@user", userId));
        return new(ticks, dates, answers);
    }

    /// <summary>Each covered item's wording hash when it was ticked: what progress counts.</summary>
    public IReadOnlyDictionary<(string Topic, string Item), string> Hashes { get; } =
        Ticks.ToDictionary(t => (t.TopicKey, t.ItemKey), t => t.TextHash);

    private static T? NullOr<T>(DbDataReader reader, int column) where T : struct =>
        reader.IsDBNull(column) ? null : reader.GetFieldValue<T>(column);
}
