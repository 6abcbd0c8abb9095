using MlsPrep.Web.Catalog;
using MlsPrep.Web.Progress;

namespace MlsPrep.Web.Pages;

/// <summary>A topic card, with the reader's tally when signed in; its link keeps the exam the reader is browsing.</summary>
public sealed record TopicCard(TopicLink Topic, Tally? Tally, Exam Exam)
{
    public string Url => TopicLinks.Url(Topic.Key, Exam);
}

public static class TopicLinks
{
    public static string Url(string topicKey, Exam exam) => $"/topics/{Uri.EscapeDataString(topicKey)}?exam={exam.Slug}";
}
