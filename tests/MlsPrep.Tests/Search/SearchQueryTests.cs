using MlsPrep.Web.Search;

namespace MlsPrep.Tests.Search;

public class SearchQueryTests
{
    [Theory]
    [InlineData("Firehose", "\"firehose\"*")]
    [InlineData("Firehose ", "\"firehose\"")]
    [InlineData("k means", "\"k means\"* OR \"kmeans\"* OR (\"k\" AND \"means\"*)")]
    [InlineData("what was the Firehose buffer limit again?", "\"firehose buffer limit\" OR \"firehosebufferlimit\" OR (\"firehose\" AND \"buffer\" AND \"limit\")")]
    [InlineData("a", "\"a\"")]
    public void Words_become_quoted_terms_with_the_last_one_a_prefix_while_typing(string input, string expected)
    {
        Assert.Equal(expected, SearchQuery.Parse(input).ToMatch());
    }

    [Theory]
    [InlineData("NEAR(kinesis firehose, 3)")]
    [InlineData("title:glue OR body:batch AND NOT x")]
    [InlineData("\"unbalanced quote")]
    [InlineData("^kinesis* -s3 +lambda")]
    [InlineData("'; DROP TABLE Topics; --")]
    [InlineData("{title body} : glue")]
    public void Query_syntax_in_user_text_is_reduced_to_plain_quoted_words(string input)
    {
        var match = SearchQuery.Parse(input).ToMatch();

        var outsideQuotes = string.Concat(match.Split('"').Where((_, i) => i % 2 == 0));
        Assert.Matches(@"^[ ()*ORAND]*$", outsideQuotes);
        Assert.DoesNotContain(":", match);
        Assert.DoesNotContain("^", match);
        Assert.DoesNotContain(";", match);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!! ??? ---")]
    [InlineData("\u0000\u0001\u001f")]
    public void Input_without_words_is_an_empty_query(string input)
    {
        Assert.True(SearchQuery.Parse(input).IsEmpty);
    }

    [Fact]
    public void Long_input_is_capped_in_length_and_terms()
    {
        var query = SearchQuery.Parse(string.Join(' ', Enumerable.Range(0, 5000).Select(i => $"word{i}")));

        Assert.Equal(SearchQuery.MaxTerms, query.Terms.Count);
    }

    [Fact]
    public void Emoji_and_accents_are_handled_as_text()
    {
        var query = SearchQuery.Parse("🔥 Fírehose ｋｉｎｅｓｉｓ");

        Assert.Equal(["fírehose", "kinesis"], query.Terms);
    }

    [Fact]
    public void Corrections_are_offered_beside_the_word_typed()
    {
        var match = SearchQuery.Parse("cloudwath ").ToMatch(new Dictionary<string, string> { ["cloudwath"] = "cloudwatch" });

        Assert.Equal("(\"cloudwath\" OR \"cloudwatch\")", match);
    }

    [Theory]
    [InlineData("cloudwath", "cloudwatch", 1)]
    [InlineData("sagemkaer", "sagemaker", 1)]
    [InlineData("kinesis", "kinesis", 0)]
    [InlineData("glue", "blue", 1)]
    public void Edit_distance_counts_insertions_and_transpositions(string typed, string known, int distance)
    {
        Assert.Equal(distance, Spelling.Distance(typed, known, 2));
    }

    [Fact]
    public void Short_words_are_never_corrected()
    {
        Assert.Equal(0, Spelling.Tolerance("glue"));
        Assert.Equal(1, Spelling.Tolerance("athena"));
        Assert.Equal(2, Spelling.Tolerance("cloudwath"));
    }

    [Fact]
    public void Snippets_are_encoded_before_matches_are_marked()
    {
        var html = CatalogSearch.Highlight("<script>alert(1)</script> and \u0002Firehose\u0003 & more");

        Assert.Equal("&lt;script&gt;alert(1)&lt;/script&gt; and <mark>Firehose</mark> &amp; more", html);
    }

    [Theory]
    [InlineData("how do I handle class imbalance", true, "handle class imbalance")]
    [InlineData("what is the best way to get my data labelled", true, "data labelled")]
    [InlineData("Kinesis Data Firehose", false, "kinesis data firehose")]
    [InlineData("the", false, "the")]
    public void A_sentence_is_told_from_a_name_and_keeps_only_the_words_that_matter(string input, bool isQuestion, string terms)
    {
        var query = SearchQuery.Parse(input);

        Assert.Equal(isQuestion, query.IsQuestion);
        Assert.Equal(terms, string.Join(' ', query.Terms));
    }

    [Fact]
    public void Each_term_matches_on_its_own_quoted_with_its_correction()
    {
        var query = SearchQuery.Parse("how do I fix cloudwath alarms");

        Assert.Equal(["\"fix\"", "(\"cloudwath\" OR \"cloudwatch\")", "\"alarms\"*"], query.TermMatches(new Dictionary<string, string> { ["cloudwath"] = "cloudwatch" }));
    }
}
