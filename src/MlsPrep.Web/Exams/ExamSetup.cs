
namespace MlsPrep.Web.Exams;

public static class ExamSetup
{
    public static void AddExams(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ExamChooser>();
        builder.Services.AddSingleton<AccountChoices>();
        // A domain page answers at its exam's address and, as before there were two exams, at /domains/{key}.
        builder.Services.AddRazorPages(options => options.Conventions.AddPageRoute("/Domains/Domain", "exams/{exam}/domains/{key}"));
    }
}
