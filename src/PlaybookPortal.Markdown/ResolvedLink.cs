namespace PlaybookPortal.Markdown;

/// <summary>What an internal link becomes for one reader: a portal URL, or a broken-link mark.</summary>
public sealed record ResolvedLink(string? Href)
{
    /// <summary>The target is missing or not readable: both render the same.</summary>
    public static ResolvedLink Broken { get; } = new((string?)null);

    public static ResolvedLink To(string href) => new(href);

    public bool IsBroken => Href is null;
}
