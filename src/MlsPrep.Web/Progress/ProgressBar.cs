using MlsPrep.Web.Progress;

namespace MlsPrep.Web.Progress;

/// <summary>A labelled progress bar; Kind lets the in-place script find and update it.</summary>
public sealed record ProgressBar(string Label, Tally Tally, string Kind = "");
