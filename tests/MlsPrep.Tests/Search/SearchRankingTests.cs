using Microsoft.Extensions.DependencyInjection;
using MlsPrep.Tests.Support;
using MlsPrep.Web.Search;

namespace MlsPrep.Tests.Search;

/// <summary>One app over the real notes, shared by the ranking tests.</summary>
public sealed class RealSite : IDisposable
{
    public MlsPrepApp App { get; } = new();

    public RealSite() => App.CreateClient().Dispose();

    public async Task<SearchResults> SearchAsync(string query, SearchFilter? filter = null)
    {
        using var scope = App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<CatalogSearch>().SearchAsync(query, filter ?? new SearchFilter(), 0, 10);
    }

    public void Dispose() => App.Dispose();
}

/// <summary>Ranking on the real notes: the note a candidate means comes first.</summary>
public class SearchRankingTests(RealSite site) : IClassFixture<RealSite>
{
    [Theory]
    [InlineData("Firehose", "data-firehose")]
    [InlineData("KDF", "data-firehose")]
    [InlineData("Amazon Data Firehose", "data-firehose")]
    [InlineData("Kinesis Data Firehose", "data-firehose")]
    [InlineData("BlazingText", "blazingtext")]
    [InlineData("BlazeText", "blazingtext")]
    [InlineData("CloudWatch", "monitoring-cloudwatch-and-model-monitor")]
    [InlineData("cloudwath", "monitoring-cloudwatch-and-model-monitor")]
    [InlineData("k means", "k-means")]
    [InlineData("K-Means", "k-means")]
    [InlineData("kmeans", "k-means")]
    [InlineData("KDA", "managed-service-for-apache-flink")]
    [InlineData("Kinesis Data Analytics", "managed-service-for-apache-flink")]
    [InlineData("DeepAR", "deepar")]
    [InlineData("what was the Firehose buffer limit again?", "data-firehose")]
    [InlineData("production variants", "hosting-and-production-variants")]
    [InlineData("SQS", "amazon-sqs")]
    [InlineData("Comprehend", "ai-services-language-and-speech")]
    public async Task The_note_about_the_query_comes_first(string query, string expectedTopic)
    {
        var results = await site.SearchAsync(query);

        Assert.NotEmpty(results.Hits);
        Assert.Equal(expectedTopic, results.Hits[0].TopicKey);
    }

    [Fact]
    public async Task Typing_a_prefix_finds_the_whole_word()
    {
        var results = await site.SearchAsync("kines");

        Assert.Equal("kinesis-data-streams", results.Hits[0].TopicKey);
        // Four notes are named Kinesis (Data Streams, Firehose's old name, Flink's old name, Video Streams).
        Assert.Contains(results.Hits.Take(4), h => h.TopicKey == "data-firehose");
    }

    [Fact]
    public async Task A_query_naming_a_service_lands_on_the_note_itself_and_offers_matching_places()
    {
        var hit = (await site.SearchAsync("Firehose")).Hits[0];

        Assert.Equal("/topics/data-firehose", hit.Url);
        Assert.NotEmpty(hit.More);
        Assert.All(hit.More, place => Assert.StartsWith("/topics/data-firehose#", place.Url, StringComparison.Ordinal));
    }

    [Fact]
    public async Task One_word_lands_on_the_note_whose_title_names_it_and_on_the_section_of_a_note_that_only_mentions_it()
    {
        var hits = (await site.SearchAsync("overfitting")).Hits;

        Assert.Equal("/topics/overfitting-and-neural-network-training", hits[0].Url);
        Assert.StartsWith("/topics/sagemaker-debugger#", Assert.Single(hits, h => h.TopicKey == "sagemaker-debugger").Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_query_about_a_detail_lands_on_the_section_and_highlights_the_words()
    {
        var hit = (await site.SearchAsync("Pipe mode RecordIO")).Hits[0];

        Assert.Contains('#', hit.Url);
        Assert.Contains("<mark>", hit.SnippetHtml);
    }

    [Fact]
    public async Task The_domain_filter_keeps_only_that_domains_notes()
    {
        var results = await site.SearchAsync("Kinesis", new SearchFilter("modeling"));

        Assert.All(results.Hits, h => Assert.Equal("modeling", h.DomainKey));
    }

    [Fact]
    public async Task A_one_letter_query_still_answers()
    {
        var results = await site.SearchAsync("s");

        // "s" is a word of its own (the s in "1 MB/s"); a single letter is matched whole, never as a prefix.
        Assert.False(results.Query.LastIsPrefix);
        Assert.InRange(results.Hits.Count, 1, 10);
    }
}
