namespace MlsPrep.Web.Questions;

public static class QuestionSetup
{
    public static void AddQuestions(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<QuestionBank>();
        builder.Services.AddScoped<AnswerRecorder>();
    }
}
