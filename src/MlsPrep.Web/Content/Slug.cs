using System.Security.Cryptography;
using System.Text;

namespace MlsPrep.Web.Content;

/// <summary>Stable, readable identifiers made from text.</summary>
public static partial class Slug
{
    private const int MaxLength = 64;

    /// <summary>Every word of the text, hyphenated, however long: what an author writes to name an item.</summary>
    public static string Words(string text)
    {
        // By hand: a regex replace per checklist item was a tenth of reading the notes on a first import.
        var slug = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var lower = char.ToLowerInvariant(c);
            if (lower is >= 'a' and <= 'z' or >= '0' and <= '9') slug.Append(lower);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        if (slug.Length > 0 && slug[^1] == '-') slug.Length--;
        return slug.ToString();
    }

    public static string From(string text)
    {
        var slug = Words(text);
        if (slug.Length <= MaxLength) return slug;
        // Long items keep a readable prefix plus a short hash of the whole, so two long items never collide.
        return slug[..MaxLength].TrimEnd('-') + "-" + Hash(slug)[..6];
    }

    public static bool IsValid(string id) => ValidId().IsMatch(id);

    public static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    [System.Text.RegularExpressions.GeneratedRegex("^[a-z0-9][a-z0-9-]{0,99}$")]
    private static partial System.Text.RegularExpressions.Regex ValidId();
}
