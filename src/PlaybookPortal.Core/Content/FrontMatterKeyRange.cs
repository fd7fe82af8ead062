namespace PlaybookPortal.Core.Content;

/// <summary>Where one top-level front matter key and its value sit in the YAML text.</summary>
/// <param name="Key">The key as written (any case).</param>
/// <param name="Start">Index of the first character of the key's line.</param>
/// <param name="End">Index just after the line ending of the value's last line.</param>
/// <param name="Indent">The spaces before the key on its line.</param>
/// <param name="TrailingComment">
/// A comment after a value that fits on the key's line, with the spaces before it; empty when
/// there is none or the value spans several lines.
/// </param>
internal sealed record FrontMatterKeyRange(
    string Key,
    int Start,
    int End,
    string Indent,
    string TrailingComment);
