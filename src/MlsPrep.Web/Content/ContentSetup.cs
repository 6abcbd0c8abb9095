using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MlsPrep.Web.Content;

public static class ContentSetup
{
    public static void AddContent(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<ContentOptions>(builder.Configuration.GetSection(ContentOptions.SectionName));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ContentImporter>();
        builder.Services.AddSingleton<MlsPrep.Web.Catalog.ExamCatalog>();
        builder.Services.AddSingleton<MlsPrep.Web.Catalog.TopicDirectory>();
        builder.Services.AddSingleton<MlsPrep.Web.Catalog.TopicPages>();
        builder.Services.AddSingleton<MlsPrep.Web.Progress.ProgressCatalog>();
        builder.Services.AddSingleton<MlsPrep.Web.Catalog.CatalogMemory>();
        builder.Services.AddSingleton<ContentWatcher>();
        builder.Services.AddHostedService(services => services.GetRequiredService<ContentWatcher>());
        builder.Services.AddHealthChecks().AddCheck<CatalogHealthCheck>("catalog", tags: ["ready"]);
    }

    /// <summary>Imports before the first request is served, so nobody ever sees an empty catalog.</summary>
    public static Task ImportContentAsync(this WebApplication app) =>
        app.Services.GetRequiredService<ContentImporter>().ImportAsync();
}
