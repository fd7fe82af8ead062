namespace PlaybookPortal.Markdown.Limits;

/// <summary>
/// The content limits of PRODUCT.md, enforced at import and save and shown in the editor.
/// Sizes count UTF-8 bytes; "MB" and "KB" are binary (1 MB = 1024 × 1024 bytes).
/// </summary>
public static class ContentLimits
{
    /// <summary>Largest playbook body, in UTF-8 bytes (2 MB).</summary>
    public const int MaxPlaybookBytes = 2 * 1024 * 1024;

    /// <summary>Deepest nesting of lists, block quotes and HTML containers.</summary>
    public const int MaxNestingDepth = 32;

    /// <summary>Longest run of text without a line break, in UTF-8 bytes (200 KB).</summary>
    public const int MaxLineBytes = 200 * 1024;
}
