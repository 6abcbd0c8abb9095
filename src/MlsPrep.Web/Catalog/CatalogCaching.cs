using Microsoft.AspNetCore.OutputCaching;

namespace MlsPrep.Web.Catalog;

/// <summary>
/// Anonymous catalog pages are the same for every visitor until the next import, so they are served from
/// memory. Signed-in requests and responses that set cookies are never cached (the framework's default rules);
/// an import evicts everything tagged "catalog". Pages follow the visitor's chosen exam, so they vary by its cookie.
/// </summary>
public static class CatalogCaching
{
    public const string Policy = "catalog";
    public const string Tag = "catalog";

    public static void AddCatalogCaching(this WebApplicationBuilder builder) =>
        builder.Services.AddOutputCache(options =>
            options.AddPolicy(Policy, policy => policy.Expire(TimeSpan.FromHours(1)).Tag(Tag).SetVaryByQuery("*")
                .VaryByValue(context => new KeyValuePair<string, string>("exam", Exams.ExamChooser.CookieValue(context)))));
}
