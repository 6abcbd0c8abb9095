namespace MlsPrep.Web.MockExams;

public static class MockSetup
{
    public static void AddMockExams(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<MockSittings>();
        // A mock exam is kept with the account: signing in comes first.
        builder.Services.AddRazorPages(options => options.Conventions.AuthorizeFolder("/Mock"));
    }
}
