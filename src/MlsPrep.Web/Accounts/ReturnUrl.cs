namespace MlsPrep.Web.Accounts;

/// <summary>Where to send a user after signing in: only ever a path on this site.</summary>
public static class ReturnUrl
{
    public static string Safe(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && !url.Any(char.IsControl)
            ? url
            : "/";
}
