namespace PlaybookPortal.Core.Content;

/// <summary>
/// The top-level keys of a front matter block in text order, or why they cannot be found.
/// </summary>
/// <param name="Ranges">Every top-level key with a text name, duplicates included.</param>
/// <param name="Problem">A sentence for the editor when the YAML cannot be edited; else null.</param>
internal sealed record FrontMatterKeyMap(IReadOnlyList<FrontMatterKeyRange> Ranges, string? Problem)
{
    public static FrontMatterKeyMap Failed(string problem) => new([], problem);

    /// <summary>The ranges of <paramref name="key"/>, compared without regard to case.</summary>
    public IReadOnlyList<FrontMatterKeyRange> Of(string key) =>
        Ranges.Where(r => string.Equals(r.Key, key, StringComparison.OrdinalIgnoreCase)).ToList();
}
