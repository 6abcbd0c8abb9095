namespace MlsPrep.Web.Catalog;

/// <summary>A certification exam, as described by its exam.yml.</summary>
public class Exam
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Title { get; set; }
    public string Summary { get; set; } = "";
    public ExamStatus Status { get; set; }
    public DateOnly? RetiredOn { get; set; }
    public ExamFacts Facts { get; set; } = new();
    public List<Successor> Successors { get; set; } = [];
    public List<Domain> Domains { get; set; } = [];

    /// <summary>What URLs and cookies call the exam: its code in lower case ("mla-c01").</summary>
    public string Slug => SlugOf(Code);

    public static string SlugOf(string code) => code.ToLowerInvariant();
}

public enum ExamStatus { Active, Retired }

/// <summary>The exam guide's numbers: what a candidate books.</summary>
public class ExamFacts
{
    public int Questions { get; set; }
    public int ScoredQuestions { get; set; }
    public int Minutes { get; set; }
    public int PassMark { get; set; }
    public int ScoreMin { get; set; }
    public int ScoreMax { get; set; }
    public List<string> QuestionTypes { get; set; } = [];
    public DateOnly? AvailableSince { get; set; }
}

public class Successor
{
    public required string Code { get; set; }
    public required string Title { get; set; }
}

public class Domain
{
    public int Id { get; set; }
    public int ExamId { get; set; }
    public required string Key { get; set; }
    public required string Title { get; set; }
    public int Weight { get; set; }
    public int Order { get; set; }
    public string Summary { get; set; } = "";
    public List<TaskStatement> Tasks { get; set; } = [];

    /// <summary>The domain's number in the exam guide (1-based): task 2.3 belongs to domain 2.</summary>
    public int Number => Order + 1;
}

/// <summary>One task statement of the exam guide, such as "1.3 Ensure data integrity…". Its Key ("1.3") is stable.</summary>
public class TaskStatement
{
    public required string Key { get; set; }
    public required string Title { get; set; }
}
