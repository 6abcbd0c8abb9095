namespace MlsPrep.Tests.Questions;

/// <summary>Questions files as authors write them, for the test exam TST-C01 (tasks 1.1, 1.2, 2.1).</summary>
public static class QuestionFiles
{
    public static string File(string note, params string[] questions) =>
        $"---\nnote: {note}\n---\n\n# Practice questions: {note}\n\n" + string.Join("\n", questions);

    public static string OneAnswer(string id, string answer = "B", string task = "1.1", string items = "[i-can-explain-the-first-thing]", string extraYaml = "", string stem = "A team streams clicks into a pipeline. Which option fits BEST?") =>
        $$"""
        ## {{id}}

        ```yaml
        exams: { TST-C01: {{task}} }
        items: {{items}}
        section: Key facts
        {{extraYaml}}
        ```

        {{stem}}

        - A. Option alpha
        - B. Option bravo
        - C. Option charlie
        - D. Option delta

        <details>
        <summary>Answer</summary>

        **Answer: {{answer}}**

        - **A** — {{Verdict("A", answer)}} Alpha explained.
        - **B** — {{Verdict("B", answer)}} Bravo explained.
        - **C** — {{Verdict("C", answer)}} Charlie explained.
        - **D** — {{Verdict("D", answer)}} Delta explained.

        Docs: [Guide](https://docs.aws.amazon.com/guide.html)

        </details>

        """;

    public static string SelectMany(string id, string answer = "A, C", string select = "TWO", string task = "2.1") =>
        $$"""
        ## {{id}}

        ```yaml
        exams: { TST-C01: {{task}} }
        type: multiple
        ```

        Which steps reduce overfitting? (Select {{select}}.)

        - A. Add dropout
        - B. Train longer
        - C. Add L2 regularisation
        - D. Remove the validation set
        - E. Add more layers

        <details>
        <summary>Answer</summary>

        **Answer: {{answer}}**

        - **A** — {{Verdict("A", answer)}} Dropout regularises.
        - **B** — {{Verdict("B", answer)}} Longer training overfits more.
        - **C** — {{Verdict("C", answer)}} L2 shrinks weights.
        - **D** — {{Verdict("D", answer)}} Without it you cannot see overfitting.
        - **E** — {{Verdict("E", answer)}} More capacity overfits more.

        Docs: [Guide](https://docs.aws.amazon.com/guide.html)

        </details>

        """;

    public const string Ordering = """
        ## ordering-steps

        ```yaml
        exams: { TST-C01: 2.1 }
        type: ordering
        ```

        Put the steps in order.

        - A. Train the model
        - B. Split the data
        - C. Deploy the model

        <details>
        <summary>Answer</summary>

        **Answer: B, A, C**

        - **A** — Second: train on the training split.
        - **B** — First: split before anything learns from the data.
        - **C** — Last: deploy what you evaluated.

        Docs: [Guide](https://docs.aws.amazon.com/guide.html)

        </details>

        """;

    public const string Matching = """
        ## matching-services

        ```yaml
        exams: { TST-C01: 1.2 }
        type: matching
        ```

        Match each need with a service.

        1. Speech to text
        2. Text to speech

        - A. Amazon Polly
        - B. Amazon Transcribe
        - C. Amazon Translate

        <details>
        <summary>Answer</summary>

        **Answer: 1-B, 2-A**

        - **A** — Polly speaks text aloud: need 2.
        - **B** — Transcribe turns speech into text: need 1.
        - **C** — Translate is not needed here.

        Docs: [Guide](https://docs.aws.amazon.com/guide.html)

        </details>

        """;

    private static string Verdict(string letter, string answer) =>
        answer.Split(',', StringSplitOptions.TrimEntries).Contains(letter) ? "Right." : "Wrong.";
}
