using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MlsPrep.Web.Database;
using MlsPrep.Web.Search;

namespace MlsPrep.Benchmarks;

/// <summary>
/// Query latency over 5,000 generated topics. Each operation is one request's worth of work: a fresh scope and
/// DbContext, then the search. The baseline is the cheapest page query there is, a topic looked up by its key.
/// </summary>
[Config(typeof(FastConfig))]
public class SearchBenchmarks
{
    private BenchmarkSite site = null!;

    [GlobalSetup]
    public void Setup()
    {
        site = new BenchmarkSite();
        site.ResetDatabaseAsync().GetAwaiter().GetResult();
        site.ImportAsync().GetAwaiter().GetResult();
        Search("warm up").GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => site.Dispose();

    [Benchmark(Baseline = true, Description = "baseline: topic by key")]
    public async Task<string> TopicByKey()
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MlsPrepDb>();
        return await db.Topics.AsNoTracking().Where(t => t.Key == "topic-02500").Select(t => t.Title).FirstAsync();
    }

    [Benchmark(Description = "one word: kinesis")]
    public Task<int> OneWord() => Search("kinesis");

    [Benchmark(Description = "two words: firehose buffer")]
    public Task<int> TwoWords() => Search("firehose buffer");

    [Benchmark(Description = "prefix: kines")]
    public Task<int> Prefix() => Search("kines");

    [Benchmark(Description = "misspelling: cloudwath")]
    public Task<int> Misspelling() => Search("cloudwath");

    [Benchmark(Description = "question: how do I stop my model overfitting")]
    public Task<int> Question() => Search("how do I stop my model overfitting");

    [Benchmark(Description = "one letter: s")]
    public Task<int> OneLetter() => Search("s");

    private async Task<int> Search(string query)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var results = await scope.ServiceProvider.GetRequiredService<CatalogSearch>().SearchAsync(query, new SearchFilter(), 0, 20);
        return results.Total;
    }
}
