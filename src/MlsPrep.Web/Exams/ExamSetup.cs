
namespace MlsPrep.Web.Exams;

public static class ExamSetup
{
    public static void AddExams(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ExamChooser>();
        // A domain page answers at its exam's address and, as before there were two exams, at /domains/{key}.
        builder.Services.AddRazorPages(options => options.Conventions.AddPageRoute("/Domains/Domain", "exams/{exam}/domains/{key}"));
    }
}
