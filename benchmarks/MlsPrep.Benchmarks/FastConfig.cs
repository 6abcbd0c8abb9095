using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace MlsPrep.Benchmarks;

/// <summary>In-process (no rebuild per run) with the percentiles the targets are stated in.</summary>
public sealed class FastConfig : ManualConfig
{
    public FastConfig()
    {
        AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(15).WithId("query"));
        AddColumn(StatisticColumn.P95, StatisticColumn.Median);
        AddDiagnoser(MemoryDiagnoser.Default);
        WithOption(ConfigOptions.DisableOptimizationsValidator, true);
    }
}

/// <summary>For operations of seconds: a few measured runs, each on fresh state.</summary>
public sealed class BuildConfig : ManualConfig
{
    public BuildConfig()
    {
        AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithStrategy(RunStrategy.Monitoring)
            .WithWarmupCount(1).WithIterationCount(5).WithId("build"));
        AddColumn(StatisticColumn.P95, StatisticColumn.Median);
        WithOption(ConfigOptions.DisableOptimizationsValidator, true);
    }
}
