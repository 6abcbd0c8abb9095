using System.ComponentModel.DataAnnotations;
using MlsPrep.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MlsPrep.Web.Pages.Account;

[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(MlsPrep.Web.Security.SecuritySetup.SignInPolicy)]
public class RegisterModel(UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn) : PageModel
{
    [BindProperty] public RegisterInput Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = new IdentityUser { UserName = Input.Email.Trim(), Email = Input.Email.Trim() };
        var result = await users.CreateAsync(user, Input.Password);
        if (!result.Succeeded)
        {
            // The password's own rules are checked above; what is left (an address already registered, a name the store
            // refuses) gets one neutral answer, so the form does not tell who has an account.
            ModelState.AddModelError(string.Empty, RefusedMessage);
            return Page();
        }
        await signIn.SignInAsync(user, isPersistent: true);
        return LocalRedirect(Accounts.ReturnUrl.Safe(ReturnUrl));
    }

    public const string RefusedMessage =
        "An account could not be created with these details. If you have registered before, sign in instead.";

    public sealed class RegisterInput
    {
        [Required, EmailAddress, StringLength(256), Display(Name = "Email")]
        public string Email { get; set; } = "";

        [Required, StringLength(200, MinimumLength = 8, ErrorMessage = "Use at least 8 characters; a short sentence works well."), DataType(DataType.Password)]
        public string Password { get; set; } = "";

        [Required, Compare(nameof(Password), ErrorMessage = "The two passwords differ."), DataType(DataType.Password), Display(Name = "Password again")]
        public string ConfirmPassword { get; set; } = "";
    }
}
