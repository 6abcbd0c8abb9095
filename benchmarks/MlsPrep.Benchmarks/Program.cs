using BenchmarkDotNet.Running;
using MlsPrep.Benchmarks;

// `generate DIR [TOPICS]` writes a corpus for load tests; anything else runs the benchmarks.
if (args is ["generate", var target, ..])
{
    var topics = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : BenchmarkSite.Topics;
    CorpusGenerator.Generate(Path.GetFullPath(target), topics);
    Console.WriteLine($"Wrote {topics} topics to {Path.GetFullPath(target)}");
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(SearchBenchmarks).Assembly).Run(args);
