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
        var dates = await db.ExamDates.AsNoTracking().Where(d => d.UserId == userId).OrderBy(d => d.ExamCode)
            .Select(d => new ProgressFile.ExamDay(d.ExamCode, d.Day, d.SetOn, d.CoveredWhenSet)).ToListAsync();
        var reviews = await db.ReviewLog.AsNoTracking().Where(r => r.UserId == userId).OrderBy(r => r.Id)
            .Select(r => new ProgressFile.Review(r.TopicKey, r.ItemKey, (int)r.Grade, r.ReviewedAt)).ToListAsync();
        var notes = await db.PersonalNotes.AsNoTracking().Where(n => n.UserId == userId).OrderBy(n => n.TopicKey)
            .Select(n => new ProgressFile.Note(n.TopicKey, n.Markdown, n.UpdatedAt)).ToListAsync();
        var answers = await db.QuestionAnswers.AsNoTracking().Where(a => a.UserId == userId).OrderBy(a => a.Id)
            .Select(a => new ProgressFile.Answer(a.QuestionKey, a.Response, a.Correct, a.AnsweredAt)).ToListAsync();
        return new ProgressFile(ProgressFile.FormatName, ProgressFile.CurrentVersion, items, reads, exam, dates, reviews, notes, answers);
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
                INSERT INTO "ItemTicks" ("UserId", "TopicKey", "ItemKey", "TextHash", "TickedAt", "Stability", "Difficulty", "ReviewedAt")
                VALUES ({userId}, {item.Topic}, {item.ItemKey}, {item.TextHash}, {item.TickedAt}, {item.Stability}, {item.Difficulty}, {item.ReviewedAt})
                ON CONFLICT ("UserId", "TopicKey", "ItemKey") DO NOTHING
                """);
        }
        foreach (var read in file.Resources)
        {
            added += await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO "ResourceReads" ("UserId", "TopicKey", "Url", "ReadAt") VALUES ({userId}, {read.Topic}, {read.Url}, {read.ReadAt})
                ON CONFLICT ("UserId", "TopicKey", "Url") DO NOTHING
                """);
        }
        if (file.Exam is { } exam)
        {
            // A choice already made here stays: the file only fills in a missing one.
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO "ExamChoices" ("UserId", "ExamCode", "ChosenAt") VALUES ({userId}, {exam.Code}, {exam.ChosenAt})
                ON CONFLICT ("UserId") DO NOTHING
                """);
        }
        foreach (var date in file.AllExamDates)
        {
            // A date already set here stays, like the chosen exam.
            added += await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO "ExamDates" ("UserId", "ExamCode", "Day", "SetOn", "CoveredWhenSet") VALUES ({userId}, {date.Code}, {date.Day}, {date.SetOn}, {date.CoveredWhenSet})
                ON CONFLICT ("UserId", "ExamCode") DO NOTHING
                """);
        }
        foreach (var note in file.AllNotes)
        {
            added += await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO "PersonalNotes" ("UserId", "TopicKey", "Markdown", "UpdatedAt") VALUES ({userId}, {note.Topic}, {note.Markdown}, {note.UpdatedAt})
                ON CONFLICT ("UserId", "TopicKey") DO NOTHING
                """);
        }
        // Logs have no natural key: an entry is new unless the same one, at the same moment, is already here.
        var knownReviews = (await db.ReviewLog.Where(r => r.UserId == userId).Select(r => new { r.TopicKey, r.ItemKey, r.ReviewedAt }).ToListAsync())
            .Select(r => (r.TopicKey, r.ItemKey, r.ReviewedAt)).ToHashSet();
        foreach (var review in file.AllReviews.Where(r => knownReviews.Add((r.Topic, r.ItemKey, r.At))))
        {
            db.ReviewLog.Add(new Review.ReviewLogEntry { UserId = userId, TopicKey = review.Topic, ItemKey = review.ItemKey, Grade = (Review.Grade)review.Grade, ReviewedAt = review.At });
            added++;
        }
        var knownAnswers = (await db.QuestionAnswers.Where(a => a.UserId == userId).Select(a => new { a.QuestionKey, a.AnsweredAt }).ToListAsync())
            .Select(a => (a.QuestionKey, a.AnsweredAt)).ToHashSet();
        foreach (var answer in file.AllAnswers.Where(a => knownAnswers.Add((a.Question, a.At))))
        {
            db.QuestionAnswers.Add(new Questions.QuestionAnswer { UserId = userId, QuestionKey = answer.Question, Response = answer.Response, Correct = answer.Correct, AnsweredAt = answer.At });
            added++;
        }
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return added;
    }
}
