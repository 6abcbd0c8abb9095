namespace MlsPrep.Web.Questions;

/// <summary>A practice question as imported. Answers are kept by its Key, so re-importing never loses them.</summary>
public class Question
{
    public int Id { get; set; }
    public required string Key { get; set; }
    public required string TopicKey { get; set; }
    public QuestionType Type { get; set; }
    public string CaseKey { get; set; } = "";
    public string CaseHtml { get; set; } = "";
    public string StemHtml { get; set; } = "";
    public string StemText { get; set; } = "";
    public List<string> Prompts { get; set; } = [];
    public List<QuestionOption> Options { get; set; } = [];
    /// <summary>The key in the written form of <see cref="Answers"/>; never rendered before the reader answers.</summary>
    public string Answer { get; set; } = "";
    public string ExplanationHtml { get; set; } = "";
    public List<QuestionDoc> Docs { get; set; } = [];
    public List<QuestionExam> Exams { get; set; } = [];
    public List<string> ItemKeys { get; set; } = [];
    public string SectionAnchor { get; set; } = "";
    public string SourcePath { get; set; } = "";
    public int Line { get; set; }
    /// <summary>Position in the content, so practice sets follow the notes' order.</summary>
    public int Order { get; set; }

    public bool IsRight(string? response) => response is not null && response == Answer;
}

public class QuestionOption
{
    public required string Letter { get; set; }
    public required string Html { get; set; }
    public string ExplanationHtml { get; set; } = "";
}

public class QuestionDoc
{
    public required string Title { get; set; }
    public required string Url { get; set; }
}

public class QuestionExam
{
    public required string ExamCode { get; set; }
    public string DomainKey { get; set; } = "";
    public string TaskKey { get; set; } = "";
}

/// <summary>A reader's answer to a question, outside a mock exam or from a submitted one.</summary>
public class QuestionAnswer
{
    public long Id { get; set; }
    public required string UserId { get; set; }
    public required string QuestionKey { get; set; }
    public required string Response { get; set; }
    public bool Correct { get; set; }
    public DateTimeOffset AnsweredAt { get; set; }
    public Guid? MockExamId { get; set; }
}
