using MlsPrep.Web.Database;

namespace MlsPrep.Web.Progress;

/// <summary>
/// Everything a topic page needs of one reader, in one statement: their ticks, what they read of this note, their
/// note on it and their chosen exam. The note itself comes from memory (TopicPages), so this is the page's only query.
/// </summary>
public sealed record TopicReaderState(
    IReadOnlyDictionary<(string Topic, string Item), string> Ticks, IReadOnlySet<string> ReadUrls, string? NoteMarkdown, string? ChosenExam)
{
    private const string Sql = """
        SELECT 0, "TopicKey", "ItemKey", "TextHash" FROM "ItemTicks" WHERE "UserId" = @user
        UNION ALL SELECT 1, "TopicKey", "Url", NULL FROM "ResourceReads" WHERE "UserId" = @user AND "TopicKey" = @topic
        UNION ALL SELECT 2, "TopicKey", "Markdown", NULL FROM "PersonalNotes" WHERE "UserId" = @user AND "TopicKey" = @topic
        UNION ALL SELECT 3, "ExamCode", NULL, NULL FROM "ExamChoices" WHERE "UserId" = @user
        """;

    public static async Task<TopicReaderState> LoadAsync(MlsPrepDb db, string userId, string topicKey)
    {
        var ticks = new Dictionary<(string, string), string>();
        var reads = new HashSet<string>(StringComparer.Ordinal);
        string? note = null, exam = null;
        await db.ReadAsync(Sql, async reader =>
        {
            while (await reader.ReadAsync())
            {
                switch (reader.GetInt32(0))
                {
                    case 0: ticks[(reader.GetString(1), reader.GetString(2))] = reader.GetString(3); break;
                    case 1: reads.Add(reader.GetString(2)); break;
                    case 2: note = reader.GetString(2); break;
                    case 3: exam = reader.GetString(1); break;
                }
            }
        }, ("@user", userId), ("@topic", topicKey));
        return new(ticks, reads, note, exam);
    }
}
