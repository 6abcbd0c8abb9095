using MlsPrep.Web.Catalog;
using MlsPrep.Web.Progress;

namespace MlsPrep.Web.Pages;

/// <summary>A topic card, with the reader's tally when signed in.</summary>
public sealed record TopicCard(TopicLink Topic, Tally? Tally);
