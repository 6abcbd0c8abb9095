using Microsoft.AspNetCore.Identity;

namespace MlsPrep.Web.Accounts;

/// <summary>
/// Password sign-in that does the same work whether or not the account exists: an unknown address, or an account
/// that is locked out, still pays for one password hash check, so the response time does not tell who has an account.
/// </summary>
public sealed class UniformSignIn(UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn, IPasswordHasher<IdentityUser> hasher)
{
    // A hash made with the same hasher and settings as real ones, of a password nobody has.
    private readonly Lazy<string> standIn = new(() => hasher.HashPassword(new IdentityUser(), Guid.NewGuid().ToString()));

    public async Task<SignInResult> PasswordSignInAsync(string email, string password, bool remember)
    {
        var user = await users.FindByNameAsync(email);
        if (user is null)
        {
            hasher.VerifyHashedPassword(new IdentityUser(), standIn.Value, password);
            return SignInResult.Failed;
        }
        var result = await signIn.PasswordSignInAsync(user, password, remember, lockoutOnFailure: true);
        // A locked-out account is refused before its password is checked: check one anyway.
        if (result.IsLockedOut) hasher.VerifyHashedPassword(user, standIn.Value, password);
        return result;
    }
}
