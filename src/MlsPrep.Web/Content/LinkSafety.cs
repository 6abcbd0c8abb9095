namespace MlsPrep.Web.Content;

/// <summary>Which link targets a note may use: http(s), mailto and relative links, nothing else.</summary>
public static class LinkSafety
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    public static bool IsSafe(string url)
    {
        // Browsers ignore whitespace and control characters inside a scheme ("java\tscript:"), so must we.
        var compact = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0) return true;
        var firstSeparator = compact.IndexOfAny(['/', '?', '#']);
        if (firstSeparator >= 0 && firstSeparator < colon) return true;
        var scheme = compact[..colon];
        return AllowedSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase);
    }

    public static bool IsExternal(string url) =>
        url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ||
        url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ||
        url.StartsWith("//", StringComparison.Ordinal);
}
