using MlsPrep.Tests.Support;
using MlsPrep.Web.Content;
using MlsPrep.Web.Questions;
using static MlsPrep.Tests.Questions.QuestionFiles;

namespace MlsPrep.Tests.Questions;

/// <summary>Questions files as authors write them: what loads, and what `check` says about what is wrong, with its line.</summary>
public sealed class QuestionParserTests
{
    private const string Path = "tst-c01/data/questions/streams.md";

    private static readonly NoteFacts Streams = ContentCheck.NoteFactsOf(
        TopicParser.Parse("tst-c01/data/streams.md", ContentFolder.Note("Streams", body: ContentFolder.DefaultBody.Replace(
            "- [ ] I can explain the second thing.",
            "- [ ] I can explain the second thing.\n- [ ] I can explain a very long checklist item whose wording goes on well past sixty-four characters.",
            StringComparison.Ordinal)), ContentFolder.Exams).Topic!);

    private static (List<LinkedQuestion> Questions, List<ContentProblem> Problems) Load(params (string Path, string Text)[] files)
    {
        var problems = new List<ContentProblem>();
        var parsed = files.Select(f => QuestionParser.Parse(f.Path, f.Text, problems)).ToList();
        var linked = QuestionLinks.Link(parsed, ContentFolder.Exams, new Dictionary<string, NoteFacts> { ["streams"] = Streams }, problems);
        return (linked, problems);
    }

    private static (List<LinkedQuestion> Questions, List<ContentProblem> Problems) Load(string text) => Load((Path, text));

    private static int LineOf(string text, string fragment) => text.Split('\n').ToList().FindIndex(l => l.Contains(fragment, StringComparison.Ordinal)) + 1;

    [Fact]
    public void A_single_answer_question_loads_with_its_task_domain_item_section_and_docs()
    {
        var (questions, problems) = Load(File("streams", OneAnswer("streams-pick-one", answer: "C")));

        Assert.Empty(problems);
        var question = Assert.Single(questions);
        Assert.Equal("streams-pick-one", question.Question.Key);
        Assert.Equal(QuestionType.SingleAnswer, question.Question.Type);
        Assert.Equal("C", question.Question.Answer);
        Assert.Equal([new QuestionPlacement("TST-C01", "data", "1.1")], question.Placements);
        Assert.Equal(["i-can-explain-the-first-thing"], question.ItemKeys);
        Assert.Equal("key-facts", question.SectionAnchor);
        Assert.Equal(["A", "B", "C", "D"], question.Question.Options.Select(o => o.Letter));
        Assert.Contains("Charlie explained.", question.Question.Options[2].ExplanationHtml);
        Assert.Equal("https://docs.aws.amazon.com/guide.html", Assert.Single(question.Question.Docs).Url);
        Assert.DoesNotContain("Answer", question.Question.StemHtml);
    }

    [Fact]
    public void Multiple_response_ordering_and_matching_keep_their_answers_in_one_written_form()
    {
        var (questions, problems) = Load(File("streams", SelectMany("streams-two", answer: "C, A"), Ordering, Matching));

        Assert.Empty(problems);
        Assert.Equal(["A,C", "B,A,C", "1-B,2-A"], questions.Select(q => q.Question.Answer));
        Assert.Equal(2, questions[2].Question.Prompts.Count);
        Assert.DoesNotContain("Speech to text", questions[2].Question.StemHtml);
    }

    [Fact]
    public void A_long_item_is_named_by_the_beginning_of_its_words_although_its_id_ends_in_a_hash()
    {
        var (questions, problems) = Load(File("streams", OneAnswer("streams-long", items: "[i-can-explain-a-very-long-checklist-item-whose-wording]")));

        Assert.Empty(problems);
        var key = Assert.Single(Assert.Single(questions).ItemKeys);
        Assert.Equal(Streams.Items[2].Key, key);
        Assert.Matches("-[0-9a-f]{6}$", key);
    }

    [Theory]
    [InlineData("**Answer: E**", "names E, which is not an option")]
    [InlineData("**Answer: A, B**", "names one option")]
    public void An_answer_that_names_no_option_or_too_many_is_reported_at_its_line(string answerLine, string message)
    {
        var text = File("streams", OneAnswer("streams-bad").Replace("**Answer: B**", answerLine, StringComparison.Ordinal));

        var (questions, problems) = Load(text);

        Assert.Empty(questions);
        var problem = Assert.Single(problems, p => p.Message.Contains(message, StringComparison.Ordinal));
        Assert.Equal((Path, LineOf(text, answerLine)), (problem.Path, problem.Line));
    }

    [Fact]
    public void Select_two_with_three_answers_is_a_wrong_count()
    {
        var (questions, problems) = Load(File("streams", SelectMany("streams-count", answer: "A, B, C")));

        Assert.Empty(questions);
        Assert.Contains(problems, p => p.Message.Contains("says Select 2 but the answer names 3", StringComparison.Ordinal));
    }

    [Fact]
    public void An_option_without_an_explanation_or_explained_as_right_when_it_is_not_is_reported()
    {
        var text = File("streams", OneAnswer("streams-explained").Replace("- **D** — Wrong. Delta explained.\n", "", StringComparison.Ordinal)
            .Replace("- **A** — Wrong.", "- **A** — Right.", StringComparison.Ordinal));

        var (questions, problems) = Load(text);

        Assert.Empty(questions);
        Assert.Contains(problems, p => p.Message.Contains("option D has no explanation", StringComparison.Ordinal) && p.Line == LineOf(text, "- D. Option delta"));
        Assert.Contains(problems, p => p.Message.Contains("explanation of A says Right, but the answer is B", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_notes_items_sections_and_tasks_are_named_and_the_other_questions_still_load()
    {
        var text = File("streams",
            OneAnswer("streams-unknown-item", items: "[i-can-fly]"),
            OneAnswer("streams-unknown-task", task: "9.9"),
            OneAnswer("streams-unknown-section").Replace("section: Key facts", "section: Nowhere", StringComparison.Ordinal),
            OneAnswer("streams-fine"));

        var (questions, problems) = Load(text, ("tst-c01/data/questions/ghost.md", File("ghost", OneAnswer("ghost-one"))));

        Assert.Equal(["streams-fine"], questions.Select(q => q.Question.Key));
        Assert.Contains(problems, p => p.Line == LineOf(text, "## streams-unknown-item") && p.Message.Contains("no checklist item 'i-can-fly'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Line == LineOf(text, "## streams-unknown-task") && p.Message.Contains("no task statement 9.9", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Line == LineOf(text, "## streams-unknown-section") && p.Message.Contains("no section 'Nowhere'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Path.EndsWith("ghost.md", StringComparison.Ordinal) && p.Message.Contains("No note has the id 'ghost'", StringComparison.Ordinal));
    }

    private static (List<LinkedQuestion>, List<ContentProblem>) Load(string text, (string, string) other) => Load((Path, text), other);

    [Fact]
    public void A_duplicate_id_is_refused_where_it_appears_again()
    {
        var second = File("streams", OneAnswer("streams-twice"));
        var (questions, problems) = Load((Path, File("streams", OneAnswer("streams-twice"))), ("tst-c01/data/questions/more.md", second));

        Assert.Single(questions);
        var problem = Assert.Single(problems);
        Assert.Equal("tst-c01/data/questions/more.md", problem.Path);
        Assert.Contains($"already used in {Path}", problem.Message);
    }

    [Fact]
    public void A_case_study_gives_its_scenario_to_the_questions_that_name_it()
    {
        var text = File("streams",
            "## Case study: clickstream\n\nA retailer streams 5,000 clicks a second.\n\n",
            OneAnswer("streams-case-one", extraYaml: "case: clickstream"),
            OneAnswer("streams-case-missing", extraYaml: "case: elsewhere"));

        var (questions, problems) = Load(text);

        Assert.Contains("5,000 clicks", Assert.Single(questions).CaseHtml);
        Assert.Contains(problems, p => p.Message.Contains("no case study 'elsewhere'", StringComparison.Ordinal));
    }

    [Fact]
    public void Markdown_in_a_question_cannot_inject_script()
    {
        var text = File("streams", OneAnswer("streams-script", stem: "<script>alert(1)</script> Which [link](javascript:alert(2)) fits?"));

        var (questions, _) = Load(text);

        var stem = Assert.Single(questions).Question.StemHtml;
        Assert.DoesNotContain("<script", stem);
        Assert.DoesNotContain("javascript:", stem);
    }

    [Fact]
    public void A_code_block_in_a_stem_can_take_the_keyboard_focus_to_scroll()
    {
        var (questions, _) = Load(File("streams", OneAnswer("streams-code", stem: "The policy:\n\n```json\n{ \"Effect\": \"Deny\" }\n```\n\nWhich option fits?")));

        var stem = Assert.Single(questions).Question.StemHtml;
        Assert.Matches("<pre><code[^>]*tabindex=\"0\"", stem);
    }

    [Fact]
    public void Ordering_must_place_every_step_and_matching_every_prompt()
    {
        var (_, problems) = Load(File("streams",
            Ordering.Replace("**Answer: B, A, C**", "**Answer: B, A**", StringComparison.Ordinal),
            Matching.Replace("**Answer: 1-B, 2-A**", "**Answer: 1-B**", StringComparison.Ordinal)));

        Assert.Contains(problems, p => p.Message.Contains("place every step exactly once", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message.Contains("match every prompt once", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(QuestionType.SingleAnswer, new[] { "B" }, "B")]
    [InlineData(QuestionType.SingleAnswer, new[] { "B", "C" }, null)]
    [InlineData(QuestionType.SingleAnswer, new[] { "Z" }, null)]
    [InlineData(QuestionType.MultipleResponse, new[] { "D", "A" }, "A,D")]
    [InlineData(QuestionType.Ordering, new[] { "C", "A", "B", "D" }, "C,A,B,D")]
    [InlineData(QuestionType.Ordering, new[] { "C", "C", "B", "D" }, null)]
    [InlineData(QuestionType.Matching, new[] { "B", "A" }, "1-B,2-A")]
    [InlineData(QuestionType.Matching, new[] { "B", "" }, null)]
    public void A_readers_form_becomes_the_written_form_or_nothing_when_incomplete(QuestionType type, string[] picked, string? expected)
    {
        Assert.Equal(expected, Answers.FromForm(type, options: 4, prompts: 2, picked));
    }
}
