using System.Security.Claims;

namespace MlsPrep.Web.Accounts;

public static class ReaderIdentity
{
    /// <summary>
    /// The signed-in reader's id, straight from the cookie's claims: what UserManager.GetUserId returns, without
    /// building Identity's services on every request.
    /// </summary>
    public static string? ReaderId(this ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;
}
