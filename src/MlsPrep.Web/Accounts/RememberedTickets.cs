using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Caching.Memory;

namespace MlsPrep.Web.Accounts;

/// <summary>
/// The sign-in cookie's format, with each cookie's decrypted ticket remembered by the cookie's whole value.
/// Decrypting it (key derivation, HMAC, AES) was a tenth of every signed-in page, for the same answer each time.
/// Everything the cookie handler decides after reading a ticket still happens on every request: its expiry,
/// sliding renewal and the security-stamp check (a password change still signs other browsers out). A ticket is
/// never kept past its own expiry, and each request gets its own copy of the ticket (identities and properties) to change.
/// </summary>
public sealed class RememberedTickets(ISecureDataFormat<AuthenticationTicket> format) : ISecureDataFormat<AuthenticationTicket>, IDisposable
{
    private const int MaxTickets = 20_000;
    private static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(30);

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = MaxTickets });

    public string Protect(AuthenticationTicket data) => format.Protect(data);
    public string Protect(AuthenticationTicket data, string? purpose) => format.Protect(data, purpose);
    public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

    public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
    {
        // A purpose (TLS token binding) changes what the cookie decrypts to: those are not remembered.
        if (protectedText is null || purpose is not null) return format.Unprotect(protectedText, purpose);
        if (!cache.TryGetValue(protectedText, out AuthenticationTicket? ticket))
        {
            ticket = format.Unprotect(protectedText);
            if (ticket is null) return null;   // a forged or stale cookie costs its decryption every time
            var entry = new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = KeptFor };
            if (ticket.Properties.ExpiresUtc is { } expires) entry.AbsoluteExpiration = expires;
            cache.Set(protectedText, ticket, entry);
        }
        return ticket!.Clone();
    }

    /// <summary>The sign-in options hold it for as long as the app runs.</summary>
    public void Dispose() => cache.Dispose();
}
