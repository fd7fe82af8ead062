namespace PlaybookPortal.Core.Content;

/// <summary>
/// The content limits of PRODUCT.md, enforced at import and save and shown in the editor.
/// They keep one pathological page from exhausting a renderer or a reader's browser.
/// </summary>
public static class ContentLimits
{
    /// <summary>Largest playbook source, in UTF-8 bytes.</summary>
    public const int MaxBytes = 2 * 1024 * 1024;

    /// <summary>Longest run of bytes without a line break.</summary>
    public const int MaxLineBytes = 200 * 1024;

    /// <summary>Deepest nesting of lists, quotes and other containers.</summary>
    public const int MaxNestingDepth = 32;

    /// <summary>
    /// Checks size and line length of raw bytes. Returns null when within limits, else the
    /// 1-based line (null for the size check) and a message that names the number and the limit.
    /// </summary>
    public static (int? Line, string Message)? CheckBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > MaxBytes)
        {
            return (null, $"File is {bytes.Length:N0} bytes; the limit is {MaxBytes:N0}.");
        }

        var line = 1;
        var lineStart = 0;
        for (var i = 0; i <= bytes.Length; i++)
        {
            if (i < bytes.Length && bytes[i] != (byte)'\n')
            {
                continue;
            }

            if (i - lineStart > MaxLineBytes)
            {
                return (line, $"Line is {i - lineStart:N0} bytes without a line break; " +
                    $"the limit is {MaxLineBytes:N0}.");
            }

            line++;
            lineStart = i + 1;
        }

        return null;
    }

    /// <summary>A message for a nesting depth over the limit, or null when within it.</summary>
    public static string? CheckNesting(int depth) => depth > MaxNestingDepth
        ? $"Nesting depth {depth} exceeds the limit of {MaxNestingDepth}."
        : null;
}
