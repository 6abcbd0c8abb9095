using MlsPrep.Web.Search;

namespace MlsPrep.Tests.Search;

/// <summary>The tsquery PostgreSQL is given: the same shape as the FTS5 expression, built only from plain words.</summary>
public class PostgresQueryTests
{
    private static readonly Dictionary<string, string> NoCorrections = [];

    [Theory]
    [InlineData("Firehose", "firehose:*")]
    [InlineData("Firehose ", "firehose")]
    [InlineData("k means", "(k <-> means:*) | kmeans:* | (k & means:*)")]
    [InlineData("what was the Firehose buffer limit again?", "(firehose <-> buffer <-> limit) | firehosebufferlimit | (firehose & buffer & limit)")]
    public void Words_become_a_phrase_a_run_together_word_and_each_word_with_the_last_a_prefix_while_typing(string input, string expected)
    {
        Assert.Equal(expected, PostgresSearchEngine.Match(SearchQuery.Parse(input), NoCorrections, anyTerm: false, weights: ""));
    }

    [Fact]
    public void Any_word_is_or_and_a_correction_is_an_alternative_never_a_replacement()
    {
        var query = SearchQuery.Parse("cloudwath alarms ");

        var match = PostgresSearchEngine.Match(query, new Dictionary<string, string> { ["cloudwath"] = "cloudwatch" }, anyTerm: true, weights: "");

        Assert.Equal("(cloudwath <-> alarms) | cloudwathalarms | ((cloudwath | cloudwatch) | alarms)", match);
    }

    [Fact]
    public void Weights_limit_every_word_to_where_it_may_be_found()
    {
        var match = PostgresSearchEngine.Match(SearchQuery.Parse("sage"), NoCorrections, anyTerm: false, weights: "AB");

        Assert.Equal("sage:*AB", match);
    }

    [Theory]
    [InlineData("a & b | !c <-> d")]
    [InlineData("'quoted':* & x")]
    [InlineData("title:A (nested (groups))")]
    [InlineData("'; DROP TABLE search_topics; --")]
    public void Tsquery_syntax_in_user_text_is_reduced_to_plain_words(string input)
    {
        var match = PostgresSearchEngine.Match(SearchQuery.Parse(input), NoCorrections, anyTerm: true, weights: "");

        // What the engine adds: grouping, OR, AND, followed-by and the prefix mark; nothing of the input's own.
        var words = System.Text.RegularExpressions.Regex.Replace(match, @"[\p{L}\p{N}]+", "w");
        Assert.Matches(@"^[w ()|&<\->:*]*$", words);
        Assert.DoesNotContain("!", match);
        Assert.DoesNotContain("'", match);
        Assert.DoesNotContain(";", match);
    }
}
