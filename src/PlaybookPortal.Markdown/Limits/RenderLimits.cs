namespace PlaybookPortal.Markdown.Limits;

/// <summary>
/// Limits past which the renderer shows a body as escaped text instead of rendering it. They
/// sit above the import limits (nesting 32), so only content stored before a limit existed, or
/// raw HTML nested absurdly deep, ever trips them.
/// </summary>
public static class RenderLimits
{
    /// <summary>Deepest Markdown container nesting rendered.</summary>
    public const int MaxMarkdownNesting = 64;

    /// <summary>Deepest HTML element nesting rendered.</summary>
    public const int MaxHtmlNesting = 256;

    /// <summary>Largest body rendered, in characters.</summary>
    public const int MaxCharacters = 4 * 1024 * 1024;
}
