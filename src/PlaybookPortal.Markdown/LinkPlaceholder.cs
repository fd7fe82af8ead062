namespace PlaybookPortal.Markdown;

/// <summary>An internal link left for per-reader resolution: its index and original target.</summary>
public sealed record LinkPlaceholder(int Index, string Href);
