namespace PlaybookPortal.Markdown.Kramdown;

/// <summary>Tracks whether a line opens or closes a fenced code block (``` or ~~~).</summary>
internal static class CodeFence
{
    /// <summary>
    /// Returns true when <paramref name="line"/> is a fence line; updates
    /// <paramref name="openFence"/> to the fence that is open after it (null when none).
    /// </summary>
    public static bool Toggle(string line, ref string? openFence)
    {
        var trimmed = line.TrimStart();
        if (line.Length - trimmed.Length > 3 || trimmed.Length < 3)
        {
            return false;
        }

        var marker = trimmed[0];
        if (marker is not ('`' or '~'))
        {
            return false;
        }

        var length = 0;
        while (length < trimmed.Length && trimmed[length] == marker)
        {
            length++;
        }

        if (length < 3)
        {
            return false;
        }

        var run = new string(marker, length);
        if (openFence is null)
        {
            openFence = run;
            return true;
        }

        // A closing fence is at least as long as the opening one and has nothing after it.
        if (trimmed[0] == openFence[0] && length >= openFence.Length && trimmed[length..].Trim().Length == 0)
        {
            openFence = null;
            return true;
        }

        return false;
    }
}
