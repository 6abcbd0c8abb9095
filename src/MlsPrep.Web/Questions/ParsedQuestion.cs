namespace MlsPrep.Web.Questions;

public enum QuestionType { SingleAnswer, MultipleResponse, Ordering, Matching }

/// <summary>A practice question as its file states it, before its note, items and tasks are checked.</summary>
public sealed record ParsedQuestion(
    string Key, int Line, string NoteKey, QuestionType Type, IReadOnlyList<ParsedQuestionExam> Exams,
    IReadOnlyList<string> ItemRefs, string? Section, string? CaseKey, string StemHtml, string StemText,
    IReadOnlyList<string> Prompts, IReadOnlyList<ParsedOption> Options, string Answer, string ExplanationHtml,
    IReadOnlyList<DocLink> Docs);

/// <summary>The exam a question belongs to and its task statement there (null for an exam-wide question).</summary>
public sealed record ParsedQuestionExam(string ExamCode, string? TaskKey);

public sealed record ParsedOption(string Letter, string Html, string ExplanationHtml);

public sealed record ParsedCase(string Key, int Line, string Html);

public sealed record DocLink(string Title, string Url);

public sealed record ParsedQuestionFile(string Path, string? NoteKey, IReadOnlyList<ParsedCase> Cases, IReadOnlyList<ParsedQuestion> Questions);
