using BenchmarkDotNet.Running;
using MlsPrep.Benchmarks;

// `generate DIR [TOPICS]` writes a corpus; `load-seed` and `load-writes` drive the load test; anything else benchmarks.
if (args is ["generate", var target, ..])
{
    var topics = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : BenchmarkSite.Topics;
    CorpusGenerator.Generate(Path.GetFullPath(target), topics);
    Console.WriteLine($"Wrote {topics} topics to {Path.GetFullPath(target)}");
    return;
}
if (args is ["load-seed", var baseUrl, var users, var folder, ..])
{
    await LoadSeed.RunAsync(new Uri(baseUrl), int.Parse(users, System.Globalization.CultureInfo.InvariantCulture), folder);
    return;
}
if (args is ["load-writes", var target2, var postsFile, var rate, var seconds, ..])
{
    await LoadWrites.RunAsync(new Uri(target2), postsFile, double.Parse(rate, System.Globalization.CultureInfo.InvariantCulture), int.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture));
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(SearchBenchmarks).Assembly).Run(args);
