using MlsPrep.Web.Accounts;
using System.Text.RegularExpressions;
using MlsPrep.Web.Catalog;
using MlsPrep.Web.Database;
using Microsoft.EntityFrameworkCore;

namespace MlsPrep.Web.Exams;

/// <summary>
/// Which exam a reader studies for: a signed-in reader's saved choice, else a visitor's cookie, else the first
/// active exam. Pages that show one exam's lists follow it unless the URL names an exam.
/// </summary>
public sealed partial class ExamChooser(ExamCatalog catalog, MlsPrepDb db, AccountChoices accountChoices, Cluster.ClusterNotices notices, TimeProvider time)
{
    public const string CookieName = "mlsprep-exam";

    public async Task<Exam?> CurrentAsync(HttpContext context)
    {
        var exams = await catalog.GetAsync(db);
        string? chosen = null;
        if (context.User.ReaderId() is { } userId && !accountChoices.TryGet(userId, out chosen))
        {
            chosen = await db.ExamChoices.AsNoTracking().Where(c => c.UserId == userId).Select(c => c.ExamCode).FirstOrDefaultAsync();
            accountChoices.Remember(userId, chosen);
        }
        chosen ??= CookieValue(context);
        return exams.Find(chosen) ?? exams.Default;
    }

    /// <summary>The same choice when the caller already read the reader's account choice (null: none, or a visitor).</summary>
    public static Exam? Current(ExamList exams, string? accountChoice, HttpContext context) =>
        exams.Find(accountChoice ?? CookieValue(context)) ?? exams.Default;

    /// <summary>Remembers the choice: in the database for a signed-in reader, and in a cookie for this browser either way.</summary>
    public async Task ChooseAsync(HttpContext context, Exam exam)
    {
        if (context.User.ReaderId() is { } userId)
        {
            var now = time.GetUtcNow();
            var updated = await db.ExamChoices.Where(c => c.UserId == userId)
                .ExecuteUpdateAsync(c => c.SetProperty(x => x.ExamCode, exam.Code).SetProperty(x => x.ChosenAt, now));
            if (updated == 0)
            {
                db.ExamChoices.Add(new ExamChoice { UserId = userId, ExamCode = exam.Code, ChosenAt = now });
                await db.SaveChangesAsync();
            }
            await ForgetAsync(userId);
        }
        context.Response.Cookies.Append(CookieName, exam.Slug, new CookieOptions
        {
            HttpOnly = true, IsEssential = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps, MaxAge = TimeSpan.FromDays(365),
        });
    }

    /// <summary>After anything wrote the reader's account choice (choosing, importing a file): every instance reads it again.</summary>
    public async Task ForgetAsync(string userId)
    {
        accountChoices.Forget(userId);
        await notices.AnnounceChoiceAsync(db, userId);
    }

    /// <summary>The cookie as cached pages vary by it: a well-formed exam slug or nothing, so junk values cannot multiply cache entries.</summary>
    public static string CookieValue(HttpContext context) =>
        context.Request.Cookies[CookieName] is { } value && WellFormed().IsMatch(value) ? value : "";

    [GeneratedRegex("^[a-z0-9-]{1,16}$")]
    private static partial Regex WellFormed();
}
