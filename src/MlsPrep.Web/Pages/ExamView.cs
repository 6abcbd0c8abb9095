using MlsPrep.Web.Catalog;

namespace MlsPrep.Web.Pages;

/// <summary>An exam beside the rest of the catalog: what a retired exam's notes carry over to its successors.</summary>
public sealed record ExamView(Exam Exam, ExamList Exams)
{
    public int NoteCount => NotesOf(Exam).Count();

    /// <summary>How many of this exam's notes also serve the other exam: ticks on them count in both.</summary>
    public int SharedWith(Exam other) => NotesOf(Exam).Intersect(NotesOf(other)).Count();

    private IEnumerable<string> NotesOf(Exam exam) => Exams.TopicKeysOf(exam.Id);
}
