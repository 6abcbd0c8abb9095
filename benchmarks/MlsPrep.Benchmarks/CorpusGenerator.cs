using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace MlsPrep.Benchmarks;

/// <summary>
/// Writes a large, realistic content/ tree: the real exam files, and topics whose words, service names and
/// shape are drawn from the real notes, so term frequencies look like the real thing. Deterministic per seed.
/// </summary>
public static partial class CorpusGenerator
{
    public static string RepositoryRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "MlsPrep.sln"))) directory = directory.Parent;
            return directory?.FullName ?? throw new InvalidOperationException("Run from inside the repository.");
        }
    }

    public static void Generate(string target, int topics, int seed = 42)
    {
        var source = Path.Combine(RepositoryRoot, "content", "mls-c01");
        // Notes only: practice questions would change the vocabulary the earlier figures were measured on.
        var notes = Directory.EnumerateFiles(source, "*.md", SearchOption.AllDirectories)
            .Where(path => Path.GetFileName(Path.GetDirectoryName(path)) != "questions").Select(File.ReadAllText).ToList();
        var words = notes.SelectMany(n => Word().Matches(n).Select(m => m.Value)).Where(w => w.Length > 1).ToArray();
        var services = notes.SelectMany(n => ServiceName().Matches(n).Select(m => m.Groups[1].Value.Trim())).Distinct().ToArray();
        string[] domains = ["data-engineering", "exploratory-data-analysis", "modeling", "ml-implementation-and-operations"];
        // Half the notes also serve MLA-C01, as most real notes do.
        string[] specialtyTasks = ["1.1", "2.1", "3.2", "4.1"];
        string[] associateTasks = ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3", "4.1", "4.2", "4.3"];

        var exam = Path.Combine(target, "mls-c01");
        if (Directory.Exists(target)) Directory.Delete(target, recursive: true);
        Directory.CreateDirectory(exam);
        File.Copy(Path.Combine(source, "exam.yml"), Path.Combine(exam, "exam.yml"));
        Directory.CreateDirectory(Path.Combine(target, "mla-c01"));
        File.Copy(Path.Combine(RepositoryRoot, "content", "mla-c01", "exam.yml"), Path.Combine(target, "mla-c01", "exam.yml"));

        var random = new Random(seed);
        string Words(int count) => string.Join(' ', Enumerable.Range(0, count).Select(_ => words[random.Next(words.Length)]));
        string Sentence(int count) => char.ToUpperInvariant(Words(count)[0]) + Words(count)[1..] + ".";

        for (var i = 0; i < topics; i++)
        {
            var domain = domains[i % domains.Length];
            var service = services[random.Next(services.Length)];
            var note = new StringBuilder();
            note.Append(CultureInfo.InvariantCulture, $"""
                ---
                id: topic-{i:D5}
                title: "{service}: {Words(3)}"
                summary: "{Sentence(18)}"
                exams:
                  MLS-C01: [{domain}]{(i % 2 == 0 ? $"\n  MLA-C01: [{associateTasks[i % associateTasks.Length]}]" : "")}
                order: {i}
                tags: [{Words(1)}, {Words(1)}]
                services:
                  - name: "{service}"
                    aliases: ["{Words(1)}", "{service.Split(' ')[^1]}"]
                ---

                {Sentence(30)}

                ## Key facts
                - {Sentence(14)}
                - {Sentence(16)}
                - {Sentence(12)}

                ## Comparison
                | Option | When | Limit |
                | --- | --- | --- |
                | {Words(2)} | {Words(5)} | {random.Next(1, 1000)} MB |
                | {Words(2)} | {Words(5)} | {random.Next(1, 365)} days |

                ## Exam traps
                {Sentence(35)} {Sentence(25)}

                ## Checklist
                - [ ] I can {Words(9)}.
                - [ ] I can {Words(8)}.
                - [ ] I can {Words(10)}.
                - [ ] I can {Words(7)}.
                - [ ] I can {Words(9)}.

                ## Resources
                - [{Words(4)}](https://docs.aws.amazon.com/example/{i}/a.html) — {Sentence(8)}
                - [{Words(3)}](https://docs.aws.amazon.com/example/{i}/b.html) — {Sentence(7)}

                """);
            File.WriteAllText(Path.Combine(exam, $"topic-{i:D5}.md"), note.ToString());
            if (i % 4 == 0) WriteQuestions(exam, i, $"MLS-C01: {specialtyTasks[i % domains.Length]}{(i % 2 == 0 ? $", MLA-C01: {associateTasks[i % associateTasks.Length]}" : "")}", Sentence);
        }
    }

    /// <summary>Two practice questions for every fourth note, so question pages and mock exams have a bank to load.</summary>
    private static void WriteQuestions(string exam, int i, string exams, Func<int, string> sentence)
    {
        var folder = Path.Combine(exam, "questions");
        Directory.CreateDirectory(folder);
        var text = new StringBuilder($"---\nnote: topic-{i:D5}\n---\n\n# Practice questions\n");
        foreach (var n in new[] { 1, 2 })
        {
            var key = "ABCD"[(i + n) % 4];
            text.Append(CultureInfo.InvariantCulture, $"\n## q-{i:D5}-{n}\n\n```yaml\nexams: {{ {exams} }}\nsection: Key facts\n```\n\n{sentence(40)} Which option fits BEST?\n\n");
            foreach (var letter in "ABCD") text.Append(CultureInfo.InvariantCulture, $"- {letter}. {sentence(9)}\n");
            text.Append(CultureInfo.InvariantCulture, $"\n<details>\n<summary>Answer</summary>\n\n**Answer: {key}**\n\n");
            foreach (var letter in "ABCD") text.Append(CultureInfo.InvariantCulture, $"- **{letter}** — {(letter == key ? "Right" : "Wrong")}. {sentence(14)}\n");
            text.Append("\nDocs: [Guide](https://docs.aws.amazon.com/example/guide.html)\n\n</details>\n");
        }
        File.WriteAllText(Path.Combine(folder, $"topic-{i:D5}.md"), text.ToString());
    }

    [GeneratedRegex(@"[A-Za-z][A-Za-z0-9\-]*")]
    private static partial Regex Word();

    [GeneratedRegex(@"- name: (.+)")]
    private static partial Regex ServiceName();
}
