using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MlsPrep.Web.Pages.Account;

[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(MlsPrep.Web.Security.SecuritySetup.SignInPolicy)]
public class LoginModel(Accounts.UniformSignIn signIn) : PageModel
{
    [BindProperty] public LoginInput Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var result = await signIn.PasswordSignInAsync(Input.Email.Trim(), Input.Password, Input.RememberMe);
        if (result.Succeeded) return LocalRedirect(Accounts.ReturnUrl.Safe(ReturnUrl));
        // One answer for every failure: saying "locked" or "no such account" would tell who has an account.
        ModelState.AddModelError(string.Empty, FailedMessage);
        return Page();
    }

    public const string FailedMessage =
        "That email and password do not match an account. After several failed attempts an account waits a few minutes before it can sign in again.";

    public sealed class LoginInput
    {
        [Required, EmailAddress, StringLength(256)]
        public string Email { get; set; } = "";

        [Required, StringLength(200), DataType(DataType.Password)]
        public string Password { get; set; } = "";

        [Display(Name = "Keep me signed in")]
        public bool RememberMe { get; set; } = true;
    }
}
