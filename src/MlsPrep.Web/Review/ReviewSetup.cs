namespace MlsPrep.Web.Review;

public static class ReviewSetup
{
    public static void AddReview(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(new Fsrs());
        builder.Services.AddScoped<Reviews>();
        builder.Services.AddScoped<ExamPlans>();
    }
}
