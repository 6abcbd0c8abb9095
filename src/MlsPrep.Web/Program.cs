using MlsPrep.Web.Accounts;
using MlsPrep.Web.Catalog;
using MlsPrep.Web.Cluster;
using MlsPrep.Web.Content;
using MlsPrep.Web.Database;
using MlsPrep.Web.Exams;
using MlsPrep.Web.MockExams;
using MlsPrep.Web.Questions;
using MlsPrep.Web.Review;
using MlsPrep.Web.Search;
using MlsPrep.Web.Security;
using Serilog;

Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateBootstrapLogger();
try
{
    var builder = WebApplication.CreateBuilder(args);

    // Commands that do one job and exit, without starting the site.
    var connectionString = builder.Configuration.ConnectionString();
    switch (args)
    {
        case ["check", ..]:
            return ContentCheck.Run((builder.Configuration.GetSection(ContentOptions.SectionName).Get<ContentOptions>() ?? new()).FullPath, Console.Out);
        case ["backup" or "restore", ..] when builder.Configuration.Provider() == DatabaseProvider.PostgreSQL:
            Console.WriteLine("On PostgreSQL, back up with pg_dump and restore with pg_restore (docs/deploy.md).");
            return 1;
        case ["backup", var target, ..]:
            return DatabaseBackup.Backup(connectionString, target, Console.Out);
        case ["restore", var backup, ..]:
            return DatabaseBackup.Restore(connectionString, backup, Console.Out);
    }

    // The app's own logger, separate from the bootstrap one, so several hosts in one process (tests) never share it.
    builder.Services.AddSerilog((services, logger) => logger.ReadFrom.Configuration(builder.Configuration).ReadFrom.Services(services), preserveStaticLogger: true);
    builder.AddDatabase();                 // SQLite (default) or PostgreSQL through EF Core: catalog, progress, accounts
    builder.AddCluster();                  // several instances on one PostgreSQL database: locks, one watcher, import notices
    builder.AddContent();                  // content/ → catalog, at start-up and on every change
    builder.AddExams();                    // several exams over one set of notes; the reader's chosen exam
    builder.AddCatalogCaching();           // anonymous catalog pages from memory until the next import
    builder.AddSearch();                   // full-text search (FTS5 or tsvector), kept in step by the importer
    builder.AddReview();                   // spaced review of covered items (FSRS-6), on the reader's own day
    builder.AddQuestions();                // practice questions tied to notes: feedback at once, wrong answers reopen items
    builder.AddMockExams();                // timed mock exams that survive a closed tab and a restart
    builder.AddAccounts();                 // Identity on the same database; keys kept with the data
    builder.AddSecurity();                 // request limits, antiforgery cookie, sign-in throttling
    builder.Services.AddRazorPages(options => options.Conventions.AuthorizePage("/Account/Manage").AuthorizeFolder("/Review").AuthorizePage("/Exams/Plan"));

    var app = builder.Build();
    await using (await app.StartupLockAsync())
    {
        await app.MigrateDatabaseAsync();
        await app.ImportContentAsync();
    }

    app.UseSecurityHeaders();
    app.UseExceptionHandler("/status/500");
    app.UseStatusCodePagesWithReExecute("/status/{0}");
    app.UseStaticFiles(new StaticFileOptions
    {
        // Pages link assets with a content hash (?v=…), so a versioned asset never changes: browsers may keep it a year.
        OnPrepareResponse = asset => asset.Context.Response.Headers.CacheControl =
            asset.Context.Request.Query.ContainsKey("v") ? "public, max-age=31536000, immutable" : "public, max-age=3600",
    });
    // One line per request, through the configured logger (its level, its background sink), not the start-up one.
    app.UseSerilogRequestLogging(options => options.Logger = app.Services.GetRequiredService<Serilog.ILogger>());
    app.UseRouting();
    app.UseAuthentication();
    app.UseAuthorization();
    app.UseRateLimiter();
    app.UseOutputCache();
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
