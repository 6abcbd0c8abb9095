using MlsPrep.Web.Content;

namespace MlsPrep.Tests.Content;

/// <summary>Checklist ids made from an item's words: stable, because ticks are kept under them.</summary>
public class SlugTests
{
    [Theory]
    [InlineData("I can state the PutRecord limits of a shard.", "i-can-state-the-putrecord-limits-of-a-shard")]
    [InlineData("  --Use `k-means` (unsupervised)!  ", "use-k-means-unsupervised")]
    [InlineData("Café & crème: 100 %", "caf-cr-me-100")]
    [InlineData("—", "")]
    public void Words_are_lower_case_letters_and_digits_joined_by_single_hyphens(string text, string slug) =>
        Assert.Equal(slug, Slug.Words(text));

    [Fact]
    public void A_long_item_keeps_a_readable_prefix_and_a_hash_of_the_whole()
    {
        var words = string.Join(' ', Enumerable.Repeat("kinesis shard limits", 8));
        var other = words + " again";

        var slug = Slug.From(words);

        Assert.True(slug.Length <= 71, slug);
        Assert.StartsWith("kinesis-shard-limits-kinesis", slug);
        Assert.NotEqual(slug, Slug.From(other));
        Assert.Equal(slug, Slug.From(words));
    }
}
