using MlsPrep.Web.Database;
using Microsoft.EntityFrameworkCore;

namespace MlsPrep.Web.Progress;

/// <summary>
/// Every change to progress: single short statements with the signed-in user's id in them, so one user can
/// never touch another's rows, and parallel ticks never wait on a long transaction.
/// </summary>
public static class ProgressWrites
{
    /// <returns>False when the topic has no such item.</returns>
    public static async Task<bool> SetItemAsync(this MlsPrepDb db, string userId, string topicKey, string itemKey, bool covered, DateTimeOffset now)
    {
        var hash = await db.ChecklistItems.Where(i => i.Key == itemKey)
            .Join(db.Topics.Where(t => t.Key == topicKey), i => i.TopicId, t => t.Id, (i, t) => i.TextHash)
            .FirstOrDefaultAsync();
        if (hash is null) return false;
        if (covered)
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO "ItemTicks" ("UserId", "TopicKey", "ItemKey", "TextHash", "TickedAt") VALUES ({userId}, {topicKey}, {itemKey}, {hash}, {now})
                ON CONFLICT ("UserId", "TopicKey", "ItemKey") DO UPDATE SET "TextHash" = excluded."TextHash", "TickedAt" = excluded."TickedAt"
                """);
        }
        else
        {
            await db.ItemTicks.Where(t => t.UserId == userId && t.TopicKey == topicKey && t.ItemKey == itemKey).ExecuteDeleteAsync();
        }
        return true;
    }

    /// <summary>Marks every item of a topic covered (or clears them all) in one statement.</summary>
    /// <returns>False when there is no such topic.</returns>
    public static async Task<bool> SetTopicAsync(this MlsPrepDb db, string userId, string topicKey, bool covered, DateTimeOffset now)
    {
        if (!await db.Topics.AnyAsync(t => t.Key == topicKey)) return false;
        if (covered)
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO "ItemTicks" ("UserId", "TopicKey", "ItemKey", "TextHash", "TickedAt")
                SELECT {userId}, t."Key", i."Key", i."TextHash", {now} FROM "ChecklistItems" i JOIN "Topics" t ON t."Id" = i."TopicId" WHERE t."Key" = {topicKey}
                ON CONFLICT ("UserId", "TopicKey", "ItemKey") DO UPDATE SET "TextHash" = excluded."TextHash", "TickedAt" = excluded."TickedAt"
                """);
        }
        else
        {
            // Only the topic's current items: ticks of items that left the note are kept in case they return.
            var keys = db.ChecklistItems.Where(i => db.Topics.Any(t => t.Id == i.TopicId && t.Key == topicKey)).Select(i => i.Key);
            await db.ItemTicks.Where(t => t.UserId == userId && t.TopicKey == topicKey && keys.Contains(t.ItemKey)).ExecuteDeleteAsync();
        }
        return true;
    }

    /// <returns>False when the topic has no such resource.</returns>
    public static async Task<bool> SetResourceReadAsync(this MlsPrepDb db, string userId, string topicKey, string url, bool read, DateTimeOffset now)
    {
        var exists = await db.Resources.AnyAsync(r => r.Url == url && db.Topics.Any(t => t.Id == r.TopicId && t.Key == topicKey));
        if (!exists) return false;
        if (read)
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO "ResourceReads" ("UserId", "TopicKey", "Url", "ReadAt") VALUES ({userId}, {topicKey}, {url}, {now})
                ON CONFLICT ("UserId", "TopicKey", "Url") DO NOTHING
                """);
        }
        else
        {
            await db.ResourceReads.Where(r => r.UserId == userId && r.TopicKey == topicKey && r.Url == url).ExecuteDeleteAsync();
        }
        return true;
    }
}
