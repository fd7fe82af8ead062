namespace PlaybookPortal.Core.Content;

/// <summary>
/// The outcome of <see cref="FrontMatterEditor.Apply"/>: the new source, or a sentence for the
/// editor saying why the form could not be applied (the source is then left as it was).
/// </summary>
/// <param name="Text">The full new source; null exactly when <paramref name="Problem"/> is set.</param>
/// <param name="Problem">Why nothing was written, e.g. front matter that is not valid YAML.</param>
public sealed record FrontMatterEditResult(string? Text, string? Problem)
{
    /// <summary>True when <see cref="Text"/> holds the new source.</summary>
    public bool Succeeded => Problem is null;

    internal static FrontMatterEditResult Success(string text) => new(text, null);

    internal static FrontMatterEditResult Failure(string problem) => new(null, problem);
}
