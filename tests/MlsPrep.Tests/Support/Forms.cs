using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MlsPrep.Tests.Support;

/// <summary>Fills in and submits the forms a page shows, antiforgery token included, as a browser would.</summary>
public static class Forms
{
    public const string Password = "a long enough passphrase";

    public static HttpClient CreateBrowserLikeClient(this MlsPrepApp app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<HttpClient> RegisterAsync(this MlsPrepApp app, string email)
    {
        var client = app.CreateBrowserLikeClient();
        await client.RegisterAsync(email);
        return client;
    }

    /// <summary>Registers through the form with a client that keeps cookies (so it is then signed in).</summary>
    public static async Task RegisterAsync(this HttpClient client, string email)
    {
        using var response = await client.SubmitAsync("/account/register", "main form", new()
        {
            ["Input.Email"] = email, ["Input.Password"] = Password, ["Input.ConfirmPassword"] = Password,
        });
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect) throw new InvalidOperationException($"Registering {email} failed: {response.StatusCode}");
    }

    /// <summary>GETs <paramref name="pageUrl"/>, takes the first form matching <paramref name="formSelector"/>, and posts it.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string pageUrl, string formSelector, Dictionary<string, string>? values = null)
    {
        var page = await client.GetDocumentAsync(pageUrl);
        var form = page.QuerySelector(formSelector) as IHtmlFormElement ?? throw new InvalidOperationException($"No form '{formSelector}' on {pageUrl}");
        return await client.PostFormAsync(form, values, pageUrl);
    }

    public static Task<HttpResponseMessage> PostFormAsync(this HttpClient client, IHtmlFormElement form, Dictionary<string, string>? values = null, string? pageUrl = null)
    {
        var fields = form.QuerySelectorAll("input[name]").OfType<IHtmlInputElement>()
            .Where(i => i.Type is not "checkbox" || i.IsChecked)
            .GroupBy(i => i.Name!)
            .ToDictionary(g => g.Key, g => g.First().Value);
        foreach (var (name, value) in values ?? []) fields[name] = value;
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : pageUrl ?? throw new InvalidOperationException("The form has no action.");
        return client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    /// <summary>Ticks a checklist item through its form on the topic page, as a reader does.</summary>
    public static async Task TickAsync(this HttpClient client, string topic, string item)
    {
        var page = await client.GetDocumentAsync($"/topics/{topic}");
        using var response = await client.PostFormAsync(page.ItemForm(item), new() { ["covered"] = "true" });
        Xunit.Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
    }

    public static IHtmlFormElement ItemForm(this IDocument page, string itemKey) =>
        (IHtmlFormElement)page.QuerySelector($"#item-{itemKey} form")!;
}
