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
    public List<Successor> Successors { get; set; } = [];
    public List<Domain> Domains { get; set; } = [];
}

public enum ExamStatus { Active, Retired }

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
}
