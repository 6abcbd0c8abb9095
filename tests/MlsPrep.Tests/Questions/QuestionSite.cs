using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using MlsPrep.Tests.Support;
using static MlsPrep.Tests.Questions.QuestionFiles;

namespace MlsPrep.Tests.Questions;

/// <summary>
/// TST-C01 with exam facts (4 questions in 20 minutes, pass 700; Data Work 40 %, Model Work 60 %), the notes
/// Streams (data) and Tuning (models), and five questions: streams-one (B) and streams-two (C) in Data Work;
/// tuning-one (B), tuning-multi (A, C) and ordering-steps (B, A, C) in Model Work.
/// </summary>
public sealed class QuestionSite : IDisposable
{
    public const string ExamYaml = ContentFolder.ExamYaml + """

        facts:
          questions: 4
          scored_questions: 4
          minutes: 20
          pass_mark: 700
          scale: 100-1000
          question_types: [Multiple choice]
        """;

    public static readonly Dictionary<string, string[]> Key = new()
    {
        ["streams-one"] = ["B"], ["streams-two"] = ["C"], ["tuning-one"] = ["B"], ["tuning-multi"] = ["A", "C"], ["ordering-steps"] = ["B", "A", "C"],
    };

    public ContentFolder Content { get; } = new();
    public MlsPrepApp App { get; private set; }
    private readonly string dataFolder = Directory.CreateTempSubdirectory("mlsprep-data-").FullName;

    public QuestionSite()
    {
        Content.Write("tst-c01/exam.yml", ExamYaml);
        Content.Write("tst-c01/data/streams.md", ContentFolder.Note("Streams", domain: "1.1"));
        Content.Write("tst-c01/models/tuning.md", ContentFolder.Note("Tuning", domain: "2.1"));
        Content.Write("tst-c01/data/questions/streams.md", StreamsQuestions);
        Content.Write("tst-c01/models/questions/tuning.md", File("tuning",
            OneAnswer("tuning-one", task: "2.1"), SelectMany("tuning-multi"), Ordering));
        App = new MlsPrepApp(Content.Root, dataFolder: dataFolder);
    }

    public static readonly string StreamsQuestions = File("streams",
        OneAnswer("streams-one"),
        OneAnswer("streams-two", answer: "C", task: "1.2", items: "[i-can-explain-the-second-thing]"));

    /// <summary>Stops the server and starts another on the same database, as a restart would.</summary>
    public void Restart()
    {
        App.Dispose();
        App = new MlsPrepApp(Content.Root, dataFolder: dataFolder);
    }

    public void Dispose()
    {
        App.Dispose();
        Content.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(dataFolder, recursive: true); } catch (IOException) { }
    }
}

public static class QuestionForms
{
    /// <summary>Posts a question form with the reader's picks (repeated "pick" fields, in order) and its hidden fields.</summary>
    public static Task<HttpResponseMessage> AnswerAsync(this HttpClient client, IDocument page, string url, IEnumerable<string> picks, params (string Name, string Value)[] extra)
    {
        // Any form of the page carries the reader's antiforgery token; a question form also carries its own fields.
        var form = (IHtmlFormElement)(page.QuerySelector("form[data-question], form[data-mock-form]") ?? page.QuerySelector("form[method=post]") ?? throw new InvalidOperationException("No form on " + url));
        var fields = form.QuerySelectorAll("input[type=hidden][name]").OfType<IHtmlInputElement>().Select(i => new KeyValuePair<string, string>(i.Name!, i.Value))
            .Concat(picks.Select(p => new KeyValuePair<string, string>("pick", p)))
            .Concat(extra.Select(e => new KeyValuePair<string, string>(e.Name, e.Value)));
        return client.PostAsync(url, new FormUrlEncodedContent(fields));
    }
}
