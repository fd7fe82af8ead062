namespace PlaybookPortal.Core.Content;

/// <summary>A file (or a folder not entered) that discovery did not take, and why.</summary>
/// <param name="RelativePath">'/'-separated path relative to <see cref="ContentTree.Root"/>.</param>
/// <param name="Reason">
/// One of the <see cref="SkipReasons"/>; equal reasons are equal strings, so they can be counted.
/// </param>
/// <remarks>Immutable; thread-safe.</remarks>
public sealed record SkippedFile(string RelativePath, string Reason);
