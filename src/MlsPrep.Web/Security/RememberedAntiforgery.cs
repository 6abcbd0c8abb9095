using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace MlsPrep.Web.Security;

/// <summary>
/// ASP.NET Core's antiforgery, with each form token remembered for the cookie token and reader it was made for.
/// Making one decrypts the cookie token and encrypts a new form token: a tenth of a signed-in page's time, and the
/// answer is the same on every page the reader opens with that cookie (a form token carries no time, only the
/// cookie's secret and the reader), so it is worked out once. Validating a post is untouched: every POST is still
/// checked in full. Only a cookie the framework has read and accepted is ever remembered, keyed by its whole value.
/// </summary>
public sealed class RememberedAntiforgery(IAntiforgery framework, IOptions<AntiforgeryOptions> options) : IAntiforgery, IDisposable
{
    private const int MaxTokens = 20_000;
    private static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(30);
    private static readonly object PageTokens = new();

    private readonly AntiforgeryOptions settings = options.Value;
    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = MaxTokens });

    public AntiforgeryTokenSet GetAndStoreTokens(HttpContext httpContext)
    {
        // Several forms on one page ask in turn: the first answer serves them all.
        if (httpContext.Items[PageTokens] is AntiforgeryTokenSet made) return made;
        var key = KeyOf(httpContext);
        AntiforgeryTokenSet tokens;
        if (key is not null && cache.TryGetValue(key, out string? formToken))
        {
            tokens = new AntiforgeryTokenSet(formToken, cookieToken: null, settings.FormFieldName, settings.HeaderName);
            // What the framework does for every response that carries a form token: never stored by a cache.
            if (!httpContext.Response.HasStarted)
            {
                httpContext.Response.Headers.CacheControl = "no-cache, no-store";
                httpContext.Response.Headers.Pragma = "no-cache";
            }
        }
        else
        {
            tokens = framework.GetAndStoreTokens(httpContext);
            // A new cookie token means the request's cookie was missing or refused: nothing to remember under it.
            if (key is not null && tokens.CookieToken is null && tokens.RequestToken is not null)
                cache.Set(key, tokens.RequestToken, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = KeptFor });
        }
        httpContext.Items[PageTokens] = tokens;
        return tokens;
    }

    public AntiforgeryTokenSet GetTokens(HttpContext httpContext) => framework.GetTokens(httpContext);
    public Task<bool> IsRequestValidAsync(HttpContext httpContext) => framework.IsRequestValidAsync(httpContext);
    public Task ValidateRequestAsync(HttpContext httpContext) => framework.ValidateRequestAsync(httpContext);
    public void SetCookieTokenAndHeader(HttpContext httpContext) => framework.SetCookieTokenAndHeader(httpContext);

    /// <summary>The form token binds the cookie's secret to the signed-in account (or to nobody): both are in the key.</summary>
    private string? KeyOf(HttpContext context)
    {
        if (settings.Cookie.Name is not { } name || context.Request.Cookies[name] is not { Length: > 0 } cookie) return null;
        var account = context.User.Identity?.IsAuthenticated == true ? context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "" : "";
        return string.Concat(account, "\n", context.User.Identity?.Name ?? "", "\n", cookie);
    }

    public void Dispose() => cache.Dispose();
}
