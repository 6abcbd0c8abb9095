using MlsPrep.Web.Catalog;
using MlsPrep.Web.Progress;
using MlsPrep.Web.Review;

namespace MlsPrep.Tests.Review;

/// <summary>Reviews bent toward an exam date, the pace plan, and what the reader will still know on the day.</summary>
public class ExamDateTests
{
    private static readonly DateTimeOffset ExamStart = new(2027, 1, 20, 4, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Before_the_last_week_the_scheduler_decides()
    {
        var scheduled = ExamStart.AddDays(-20);

        Assert.Equal(scheduled, ExamDeadline.Due(scheduled, ExamStart.AddDays(-40), ExamStart, "a/b"));
    }

    [Fact]
    public void No_item_falls_due_after_the_exam_and_each_unreviewed_one_gets_a_last_pass_in_the_final_week()
    {
        var lastWeek = ExamStart.AddDays(-ExamDeadline.LastPassDays);
        var items = Enumerable.Range(0, 200).Select(i => $"note/item-{i}").ToList();

        var dues = items.Select(id => ExamDeadline.Due(ExamStart.AddDays(30), ExamStart.AddDays(-30), ExamStart, id)).ToList();

        Assert.All(dues, due => Assert.InRange(due, lastWeek, ExamStart.AddDays(-1)));
        // Spread over the week, not all on its first day.
        Assert.Equal(ExamDeadline.LastPassDays, dues.Distinct().Count());
        Assert.Equal(dues, items.Select(id => ExamDeadline.Due(ExamStart.AddDays(30), ExamStart.AddDays(-30), ExamStart, id)));
    }

    [Fact]
    public void An_item_already_reviewed_in_the_last_week_waits_for_no_later_than_the_exam_morning()
    {
        Assert.Equal(ExamStart, ExamDeadline.Due(ExamStart.AddDays(10), ExamStart.AddDays(-2), ExamStart, "a/b"));
        Assert.Equal(ExamStart.AddDays(-1), ExamDeadline.Due(ExamStart.AddDays(-1), ExamStart.AddDays(-3), ExamStart, "a/b"));
    }

    [Fact]
    public void An_earlier_scheduled_review_in_the_last_week_is_not_pushed_later()
    {
        var early = ExamStart.AddDays(-6).AddHours(-23);

        Assert.Equal(early, ExamDeadline.Due(early, ExamStart.AddDays(-30), ExamStart, "note/item-3"));
    }

    private static ExamDate Date(string day, string setOn, int coveredWhenSet) => new()
    {
        UserId = "u", ExamCode = "MLA-C01", Day = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture),
        SetOn = DateOnly.Parse(setOn, System.Globalization.CultureInfo.InvariantCulture), CoveredWhenSet = coveredWhenSet,
    };

    [Fact]
    public void The_pace_covers_what_is_left_before_the_last_week()
    {
        // 37 days left, 7 kept for review: 300 items over 30 days.
        var pace = PacePlan.For(new DateOnly(2026, 12, 1), Date("2027-01-07", "2026-12-01", 100), covered: 100, total: 400);

        Assert.Equal((37, 300, 10, 0), (pace.DaysLeft, pace.ItemsLeft, pace.ItemsPerDay, pace.Behind));
        Assert.True(pace.OnTrack);
    }

    [Fact]
    public void Ten_days_in_without_a_tick_is_behind_by_ten_days_of_pace()
    {
        var pace = PacePlan.For(new DateOnly(2026, 12, 11), Date("2027-01-07", "2026-12-01", 100), covered: 100, total: 400);

        Assert.Equal(100, pace.Behind);
        Assert.False(pace.OnTrack);
        // Catching up: 300 items over the 20 covering days left.
        Assert.Equal(15, pace.ItemsPerDay);
    }

    [Fact]
    public void Ahead_of_pace_is_on_track_and_a_passed_exam_says_so()
    {
        Assert.True(PacePlan.For(new DateOnly(2026, 12, 11), Date("2027-01-07", "2026-12-01", 100), covered: 250, total: 400).OnTrack);
        Assert.True(PacePlan.For(new DateOnly(2027, 1, 8), Date("2027-01-07", "2026-12-01", 100), covered: 250, total: 400).ExamPassed);
    }

    [Fact]
    public void Readiness_on_exam_day_is_the_weighted_recall_of_covered_items_then()
    {
        var fsrs = new Fsrs();
        var data = new Domain { Id = 1, Key = "data", Title = "Data", Weight = 40 };
        var models = new Domain { Id = 2, Key = "models", Title = "Models", Weight = 60 };
        var exam = new ProgressCatalog.ExamItems(
            new Exam { Code = "TST-C01", Title = "Test", Domains = [data, models] },
            new Dictionary<string, ProgressCatalog.TopicItems>
            {
                ["streams"] = new(1, ["1.1"], new Dictionary<string, string> { ["a"] = "h", ["b"] = "h" }),
                ["tuning"] = new(2, ["2.1"], new Dictionary<string, string> { ["c"] = "h", ["d"] = "h" }),
            },
            new Dictionary<int, int> { [1] = 2, [2] = 2 }, new Dictionary<string, int>());
        var memory = new Memory(10, 5, ExamStart.AddDays(-10));
        var recall = fsrs.Retrievability(10, 10);

        var onTheDay = ExamDayReadiness.At(exam, [new("streams", "a", "h", memory), new("streams", "b", "changed", memory), new("tuning", "c", "h", memory)], ExamStart, fsrs);

        // Data: one of two items counts (the other changed since it was covered); Models: one of two.
        var expected = 100 * (0.4 * recall / 2 + 0.6 * recall / 2);
        Assert.Equal(Math.Floor(expected * 10) / 10, onTheDay.Overall);
        Assert.Equal(Math.Floor(1000 * recall / 2) / 10, onTheDay.Domains[0].Percent);
        Assert.True(onTheDay.Overall < 50, "recall at the exam is below the covered share");
    }
}
