using MlsPrep.Web.Accounts;
using System.ComponentModel.DataAnnotations;
using System.Text;
using MlsPrep.Web.Database;
using MlsPrep.Web.Progress;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MlsPrep.Web.Pages.Account;

/// <summary>The signed-in user's own account: progress export and import, password, deletion.</summary>
public class ManageModel(UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn, MlsPrepDb db, MlsPrep.Web.Exams.ExamChooser chooser) : PageModel
{
    private const int MaxUploadBytes = 5 * 1024 * 1024;

    [BindProperty] public PasswordChange Password { get; set; } = new();
    [TempData] public string? Message { get; set; }
    public string Email { get; private set; } = "";
    public int TickCount { get; private set; }

    public async Task OnGetAsync()
    {
        var userId = User.ReaderId()!;
        Email = User.Identity?.Name ?? "";
        TickCount = await db.ItemTicks.CountAsync(t => t.UserId == userId);
    }

    public async Task<IActionResult> OnGetExportAsync(string format)
    {
        var file = await db.ExportAsync(User.ReaderId()!);
        var stamp = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return format == "csv"
            ? File(Encoding.UTF8.GetBytes(file.ToCsv()), "text/csv", $"mlsprep-progress-{stamp}.csv")
            : File(Encoding.UTF8.GetBytes(file.ToJson()), "application/json", $"mlsprep-progress-{stamp}.json");
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? upload)
    {
        if (upload is null || upload.Length == 0) return Fail("Choose an exported progress file (.json or .csv) first.");
        if (upload.Length > MaxUploadBytes) return Fail("That file is larger than 5 MB; it is not a progress export.");
        using var reader = new StreamReader(upload.OpenReadStream(), new UTF8Encoding(false, throwOnInvalidBytes: true));
        string text;
        try
        {
            text = await reader.ReadToEndAsync();
        }
        catch (DecoderFallbackException)
        {
            return Fail("That file is not text in UTF-8; upload the .json or .csv you exported.");
        }
        var (file, error) = ProgressFile.Parse(text);
        if (file is null) return Fail($"Nothing was imported. {error}");

        var added = await db.ImportAsync(User.ReaderId()!, file);
        if (file.Exam is not null) await chooser.ForgetAsync(User.ReaderId()!);
        Message = added == 0 ? "Imported: everything in that file was already in your progress." : added == 1 ? "Imported: 1 entry added to your progress." : $"Imported: {added} entries added to your progress.";
        return RedirectToPage();

        IActionResult Fail(string message)
        {
            Message = message;
            return RedirectToPage();
        }
    }

    public async Task<IActionResult> OnPostPasswordAsync()
    {
        if (!ModelState.IsValid) return await PageWithErrorsAsync();
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        var result = await users.ChangePasswordAsync(user, Password.Current, Password.New);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors) ModelState.AddModelError(string.Empty, error.Description);
            return await PageWithErrorsAsync();
        }
        await signIn.RefreshSignInAsync(user);
        Message = "Your password has been changed.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDeleteAsync(string? confirmPassword)
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (confirmPassword is null || !await users.CheckPasswordAsync(user, confirmPassword))
        {
            Message = "Your account was not deleted: the password did not match.";
            return RedirectToPage();
        }
        // Progress rows go with the account (cascade on the user's id).
        await users.DeleteAsync(user);
        await signIn.SignOutAsync();
        return Redirect("/?deleted=1");
    }

    private async Task<IActionResult> PageWithErrorsAsync()
    {
        await OnGetAsync();
        return Page();
    }

    public sealed class PasswordChange
    {
        [Required, DataType(DataType.Password), Display(Name = "Current password")]
        public string Current { get; set; } = "";

        [Required, StringLength(200, MinimumLength = 8, ErrorMessage = "Use at least 8 characters."), DataType(DataType.Password), Display(Name = "New password")]
        public string New { get; set; } = "";
    }
}
