namespace MlsPrep.Web.Review;

/// <summary>How well the reader remembered an item when it came up for review.</summary>
public enum Grade { Forgot = 1, Hard = 2, Good = 3, Easy = 4 }

/// <summary>What the scheduler knows of one item after a review: how long memory of it lasts, how hard it is, and when.</summary>
/// <param name="Stability">Days until recall falls to 90 %.</param>
/// <param name="Difficulty">From 1 (easy) to 10 (hard).</param>
public readonly record struct Memory(double Stability, double Difficulty, DateTimeOffset ReviewedAt);

/// <summary>
/// FSRS-6, the Free Spaced Repetition Scheduler, from its published formulas with the default parameters. Pure: no
/// clock, no storage; the caller passes the times. Fuzz is left out, so the same reviews always give the same dates.
/// </summary>
public sealed class Fsrs(IReadOnlyList<double>? parameters = null, double desiredRetention = 0.9)
{
    public static readonly IReadOnlyList<double> DefaultParameters =
    [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835,
        0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ];

    private const double MinStability = 0.001;
    private const int MaxIntervalDays = 36500;

    private readonly IReadOnlyList<double> w = parameters is { Count: 21 } ? parameters
        : parameters is null ? DefaultParameters : throw new ArgumentException("FSRS-6 takes 21 parameters.", nameof(parameters));

    private double Decay => -w[20];
    private double Factor => Math.Pow(0.9, 1 / Decay) - 1;

    /// <summary>The chance of recalling an item <paramref name="days"/> after its last review.</summary>
    public double Retrievability(double days, double stability) => Math.Pow(1 + Factor * Math.Max(0, days) / stability, Decay);

    /// <summary>Whole days until recall falls to the desired retention, from 1 to 36,500.</summary>
    public int IntervalDays(double stability, double? retention = null)
    {
        var interval = stability / Factor * (Math.Pow(retention ?? desiredRetention, 1 / Decay) - 1);
        return (int)Math.Clamp(Math.Round(interval, MidpointRounding.AwayFromZero), 1, MaxIntervalDays);
    }

    /// <summary>The first review: nothing is known of the item yet.</summary>
    public Memory First(Grade grade, DateTimeOffset at) =>
        new(Math.Max(MinStability, w[(int)grade - 1]), InitialDifficulty(grade), at);

    /// <summary>A later review: the new stability comes from the old difficulty, then the difficulty moves.</summary>
    public Memory Next(Memory memory, Grade grade, DateTimeOffset at)
    {
        var days = (at - memory.ReviewedAt).TotalDays;
        var stability = days < 1 ? SameDayStability(memory.Stability, grade)
            : grade == Grade.Forgot ? LapseStability(memory, Retrievability(days, memory.Stability))
            : RecallStability(memory, grade, Retrievability(days, memory.Stability));
        return new(Math.Max(MinStability, stability), NextDifficulty(memory.Difficulty, grade), at);
    }

    /// <summary>When the item is next due, at the desired retention.</summary>
    public DateTimeOffset Due(Memory memory) => memory.ReviewedAt.AddDays(IntervalDays(memory.Stability));

    private double InitialDifficulty(Grade grade) => ClampDifficulty(RawInitialDifficulty(grade));

    private double RawInitialDifficulty(Grade grade) => w[4] - Math.Exp(w[5] * ((int)grade - 1)) + 1;

    private double NextDifficulty(double difficulty, Grade grade)
    {
        var delta = -w[6] * ((int)grade - 3);
        // Linear damping: a change shrinks as difficulty nears 10; then a pull towards the difficulty of "Easy".
        var damped = difficulty + delta * (10 - difficulty) / 9;
        return ClampDifficulty(w[7] * RawInitialDifficulty(Grade.Easy) + (1 - w[7]) * damped);
    }

    private double RecallStability(Memory memory, Grade grade, double retrievability)
    {
        var hard = grade == Grade.Hard ? w[15] : 1;
        var easy = grade == Grade.Easy ? w[16] : 1;
        return memory.Stability * (1 + Math.Exp(w[8]) * (11 - memory.Difficulty) * Math.Pow(memory.Stability, -w[9])
            * (Math.Exp(w[10] * (1 - retrievability)) - 1) * hard * easy);
    }

    private double LapseStability(Memory memory, double retrievability)
    {
        var forgotten = w[11] * Math.Pow(memory.Difficulty, -w[12]) * (Math.Pow(memory.Stability + 1, w[13]) - 1) * Math.Exp(w[14] * (1 - retrievability));
        return Math.Min(forgotten, memory.Stability / Math.Exp(w[17] * w[18]));
    }

    private double SameDayStability(double stability, Grade grade)
    {
        var multiplier = Math.Exp(w[17] * ((int)grade - 3 + w[18])) * Math.Pow(stability, -w[19]);
        return stability * (grade >= Grade.Good ? Math.Max(1, multiplier) : multiplier);
    }

    private static double ClampDifficulty(double difficulty) => Math.Clamp(difficulty, 1, 10);
}
