using Microsoft.Playwright;

namespace MlsPrep.Tests.Browser;

/// <summary>Creating an account the way a person does, through the form.</summary>
public static class BrowserAccounts
{
    public const string Password = "a long enough passphrase";

    public static async Task RegisterAsync(this IPage page, string email)
    {
        await page.GotoAsync("/account/register");
        await page.GetByLabel("Email").FillAsync(email);
        await page.Locator("#Input_Password").FillAsync(Password);
        await page.GetByLabel("Password again").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
    }
}
