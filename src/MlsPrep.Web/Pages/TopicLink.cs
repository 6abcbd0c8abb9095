using MlsPrep.Web.Catalog;

namespace MlsPrep.Web.Pages;

/// <summary>A topic as lists show it: home, domain pages and neighbours.</summary>
public sealed record TopicLink(string Key, string Title, string Summary, int? DomainId, int ItemCount)
{
    public static IQueryable<TopicLink> Query(IQueryable<Topic> topics) => topics
        .OrderBy(t => t.Order).ThenBy(t => t.Title)
        .Select(t => new TopicLink(t.Key, t.Title, t.Summary, t.DomainId, t.Items.Count));
}

/// <summary>A topic card, with the reader's tally when signed in.</summary>
public sealed record TopicCard(TopicLink Topic, MlsPrep.Web.Progress.Tally? Tally);
