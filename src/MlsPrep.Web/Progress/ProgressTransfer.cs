using MlsPrep.Web.Database;
using Microsoft.EntityFrameworkCore;

namespace MlsPrep.Web.Progress;

/// <summary>A user's progress out as an export file, and an export merged back in.</summary>
public static class ProgressTransfer
{
    public static async Task<ProgressFile> ExportAsync(this MlsPrepDb db, string userId)
    {
        var items = await db.ItemTicks.AsNoTracking().Where(t => t.UserId == userId).OrderBy(t => t.TopicKey).ThenBy(t => t.ItemKey)
            .Select(t => new ProgressFile.Item(t.TopicKey, t.ItemKey, t.TextHash, t.TickedAt, t.Stability, t.Difficulty, t.ReviewedAt)).ToListAsync();
        var reads = await db.ResourceReads.AsNoTracking().Where(r => r.UserId == userId).OrderBy(r => r.TopicKey).ThenBy(r => r.Url)
            .Select(r => new ProgressFile.Read(r.TopicKey, r.Url, r.ReadAt)).ToListAsync();
        var exam = await db.ExamChoices.AsNoTracking().Where(c => c.UserId == userId).Select(c => new ProgressFile.ExamChoice(c.ExamCode, c.ChosenAt)).FirstOrDefaultAsync();
        return new ProgressFile(ProgressFile.FormatName, ProgressFile.CurrentVersion, items, reads, exam);
    }

    /// <summary>Merges an export into the user's progress: what is there stays, what is missing is added. Running it twice changes nothing more.</summary>
    /// <returns>How many ticks and reads were added.</returns>
    public static async Task<int> ImportAsync(this MlsPrepDb db, string userId, ProgressFile file)
    {
        var added = 0;
        await using var transaction = await db.Database.BeginTransactionAsync();
        foreach (var item in file.Items)
        {
            added += await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO ItemTicks (UserId, TopicKey, ItemKey, TextHash, TickedAt, Stability, Difficulty, ReviewedAt)
                VALUES ({userId}, {item.Topic}, {item.ItemKey}, {item.TextHash}, {item.TickedAt}, {item.Stability}, {item.Difficulty}, {item.ReviewedAt})
                ON CONFLICT (UserId, TopicKey, ItemKey) DO NOTHING
                """);
        }
        foreach (var read in file.Resources)
        {
            added += await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO ResourceReads (UserId, TopicKey, Url, ReadAt) VALUES ({userId}, {read.Topic}, {read.Url}, {read.ReadAt})
                ON CONFLICT (UserId, TopicKey, Url) DO NOTHING
                """);
        }
        if (file.Exam is { } exam)
        {
            // A choice already made here stays: the file only fills in a missing one.
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO ExamChoices (UserId, ExamCode, ChosenAt) VALUES ({userId}, {exam.Code}, {exam.ChosenAt})
                ON CONFLICT (UserId) DO NOTHING
                """);
        }
        await transaction.CommitAsync();
        return added;
    }
}
