namespace MlsPrep.Web.Progress;

/// <summary>Covered items out of all items, for a topic, a domain or the exam.</summary>
public readonly record struct Tally(int Covered, int Total)
{
    public int NotYet => Total - Covered;
    public bool IsComplete => Total > 0 && Covered == Total;
    public double Fraction => Total == 0 ? 0 : (double)Covered / Total;
    public int Percent => (int)Math.Floor(100 * Fraction);

    public static Tally operator +(Tally a, Tally b) => new(a.Covered + b.Covered, a.Total + b.Total);
}

public enum ItemState { NotYet, Covered, ChangedSinceCovered }
