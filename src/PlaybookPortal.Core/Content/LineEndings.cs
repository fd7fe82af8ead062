namespace PlaybookPortal.Core.Content;

/// <summary>
/// Browsers submit a textarea's text with CRLF line ends whatever the file used. Matching the
/// stored file's style keeps an edit of one line a one-line change in git, not a rewrite of
/// every line.
/// </summary>
public static class LineEndings
{
    /// <summary>
    /// <paramref name="typed"/> with CRLF as line ends when <paramref name="original"/> uses them,
    /// else LF. New playbooks (an empty original) get LF, as repositories expect.
    /// </summary>
    public static string Match(string typed, string original)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(original);
        var lf = typed.Replace("\r\n", "\n", StringComparison.Ordinal);
        return original.Contains("\r\n", StringComparison.Ordinal)
            ? lf.Replace("\n", "\r\n", StringComparison.Ordinal)
            : lf;
    }
}
