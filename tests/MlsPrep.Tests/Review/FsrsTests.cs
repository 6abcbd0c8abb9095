using MlsPrep.Web.Review;

namespace MlsPrep.Tests.Review;

/// <summary>FSRS-6 against the published reference values (default parameters, retention 0.9, no fuzz).</summary>
public class FsrsTests
{
    private static readonly Fsrs Scheduler = new();
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Six_reviews_each_on_its_due_day_follow_the_reference_run()
    {
        (Grade Grade, double Stability, double Difficulty, int Interval)[] expected =
        [
            (Grade.Good, 2.3065, 2.1181, 2),
            (Grade.Good, 10.9643, 2.1112, 11),
            (Grade.Forgot, 1.5383, 7.3922, 2),
            (Grade.Good, 4.8763, 7.3801, 5),
            (Grade.Hard, 9.3479, 8.2460, 9),
            (Grade.Easy, 26.7679, 7.6451, 27),
        ];

        Memory? memory = null;
        var at = Start;
        foreach (var (grade, stability, difficulty, interval) in expected)
        {
            memory = memory is { } last ? Scheduler.Next(last, grade, at) : Scheduler.First(grade, at);
            Assert.Equal(stability, memory.Value.Stability, 4);
            Assert.Equal(difficulty, memory.Value.Difficulty, 4);
            Assert.Equal(interval, Scheduler.IntervalDays(memory.Value.Stability));
            Assert.Equal(at.AddDays(interval), Scheduler.Due(memory.Value));
            at = Scheduler.Due(memory.Value);
        }
    }

    [Theory]
    [InlineData(10, 10, 0.9000)]
    [InlineData(40, 10, 0.7821)]
    public void Retrievability_matches_the_reference(double days, double stability, double expected)
    {
        Assert.Equal(expected, Scheduler.Retrievability(days, stability), 4);
    }

    [Theory]
    [InlineData(0.80, 33)]
    [InlineData(0.85, 19)]
    [InlineData(0.90, 10)]
    [InlineData(0.95, 4)]
    public void The_interval_for_a_stability_of_ten_days_follows_the_desired_retention(double retention, int days)
    {
        Assert.Equal(days, Scheduler.IntervalDays(10, retention));
    }

    [Fact]
    public void The_decay_factor_is_the_published_one()
    {
        // FACTOR = 0.9^(1/DECAY) − 1 ≈ 0.980346: recall is exactly 90 % after one stability's worth of days.
        Assert.Equal(0.9, Scheduler.Retrievability(1, 1), 10);
    }

    [Fact]
    public void Difficulty_stays_between_1_and_10_and_intervals_between_1_day_and_100_years()
    {
        var easy = Scheduler.First(Grade.Easy, Start);
        for (var i = 0; i < 30; i++) easy = Scheduler.Next(easy, Grade.Easy, Scheduler.Due(easy));
        var hard = Scheduler.First(Grade.Forgot, Start);
        for (var i = 0; i < 30; i++) hard = Scheduler.Next(hard, Grade.Forgot, Scheduler.Due(hard));

        Assert.InRange(easy.Difficulty, 1, 10);
        Assert.InRange(hard.Difficulty, 1, 10);
        Assert.InRange(Scheduler.IntervalDays(easy.Stability), 1, 36500);
        Assert.Equal(1, Scheduler.IntervalDays(hard.Stability));
    }

    [Fact]
    public void A_second_look_on_the_same_day_never_shortens_memory_after_a_good_answer()
    {
        var first = Scheduler.First(Grade.Good, Start);

        var good = Scheduler.Next(first, Grade.Good, Start.AddHours(2));
        var forgot = Scheduler.Next(first, Grade.Forgot, Start.AddHours(2));

        Assert.True(good.Stability >= first.Stability);
        Assert.True(forgot.Stability < first.Stability);
    }

    [Fact]
    public void Parameters_must_be_the_twenty_one_of_fsrs_6()
    {
        Assert.Throws<ArgumentException>(() => new Fsrs([1, 2, 3]));
    }
}
