namespace PlaybookPortal.Markdown.Tests.Support;

/// <summary>One example of a golden spec file: Markdown in, expected HTML out.</summary>
/// <param name="File">The spec file's name, e.g. <c>Callouts.md</c>.</param>
/// <param name="Number">1-based position of the example in its file.</param>
/// <param name="Section">The nearest <c>##</c> heading above the example.</param>
/// <param name="Markdown">The input.</param>
/// <param name="Html">The expected sanitized HTML (placeholders unresolved).</param>
/// <param name="DropTitle">Whether the example renders with the title heading dropped.</param>
public sealed record SpecExample(
    string File, int Number, string Section, string Markdown, string Html, bool DropTitle);
