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
            foreach (var error in result.Errors) ModelState.AddModelError(string.Empty, error.Description);
            return Page();
        }
        await signIn.SignInAsync(user, isPersistent: true);
        return LocalRedirect(Accounts.ReturnUrl.Safe(ReturnUrl));
    }

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
