namespace MlsPrep.Web.Questions;

public static class QuestionText
{
    /// <summary>The opening of a stem, to name a question in a list without showing all of it.</summary>
    public static string Teaser(string stem, int length = 110)
    {
        var end = stem.IndexOf(". ", StringComparison.Ordinal);
        var opening = end > 0 && end < length ? stem[..(end + 1)] : stem;
        if (opening.Length <= length) return opening;
        var cut = opening.LastIndexOf(' ', length);
        return opening[..(cut > 0 ? cut : length)].TrimEnd(',', ';', ':') + "…";
    }
}
