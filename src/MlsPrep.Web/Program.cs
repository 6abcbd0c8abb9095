using MlsPrep.Web.Accounts;
using MlsPrep.Web.Content;
using MlsPrep.Web.Database;
using MlsPrep.Web.Search;
using Serilog;

Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateBootstrapLogger();
try
{
    var builder = WebApplication.CreateBuilder(args);

    // `dotnet run -- check`: validate content/ and exit, without starting the site.
    if (args.FirstOrDefault() == "check")
    {
        var content = builder.Configuration.GetSection(ContentOptions.SectionName).Get<ContentOptions>() ?? new();
        return ContentCheck.Run(content.FullPath, Console.Out);
    }

    // The app's own logger, separate from the bootstrap one, so several hosts in one process (tests) never share it.
    builder.Services.AddSerilog((services, logger) => logger.ReadFrom.Configuration(builder.Configuration).ReadFrom.Services(services), preserveStaticLogger: true);
    builder.AddDatabase();                 // SQLite through EF Core: catalog, import bookkeeping, accounts
    builder.AddContent();                  // content/ → catalog, at start-up and on every change
    builder.AddSearch();                   // SQLite FTS5 over the catalog, kept in step by the importer
    builder.AddAccounts();                 // Identity on the same database; keys kept with the data
    builder.Services.AddRazorPages(options => options.Conventions.AuthorizePage("/Account/Manage"));

    var app = builder.Build();
    await app.MigrateDatabaseAsync();
    await app.ImportContentAsync();

    app.UseExceptionHandler("/error");
    app.UseStatusCodePagesWithReExecute("/not-found");
    app.UseStaticFiles();
    app.UseSerilogRequestLogging();
    app.UseRouting();
    app.UseAuthentication();
    app.UseAuthorization();
    app.MapRazorPages();
    app.MapSearchApi();
    app.MapHealthChecks("/healthz");

    await app.RunAsync();
    return 0;
}
catch (Exception error) when (error is not HostAbortedException)
{
    Log.Fatal(error, "MlsPrep stopped unexpectedly");
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>Visible to the test host.</summary>
public partial class Program;
