using System.Globalization;

namespace PlaybookPortal.Core.Content;

/// <summary>
/// One thing wrong with a file on disk, located well enough for an editor to fix it.
/// </summary>
/// <param name="RelativePath">
/// The file, with '/' separators, relative to the content or playbooks root; null when the
/// text was parsed without a path (the caller adds it with a <c>with</c> expression).
/// </param>
/// <param name="Line">1-based line in the file; null when it concerns the whole file.</param>
/// <param name="Severity">Whether the item can still be imported.</param>
/// <param name="Message">A sentence for an editor, never containing the page's body.</param>
/// <remarks>Immutable and therefore safe to share between threads.</remarks>
public sealed record ContentProblem(
    string? RelativePath,
    int? Line,
    ProblemSeverity Severity,
    string Message)
{
    /// <summary>Formats as <c>path:line: message</c>, leaving out unknown parts.</summary>
    public override string ToString()
    {
        var location = (RelativePath, Line) switch
        {
            (null, null) => "",
            (null, int line) => $"line {line.ToString(CultureInfo.InvariantCulture)}: ",
            (string path, null) => $"{path}: ",
            (string path, int line) => $"{path}:{line.ToString(CultureInfo.InvariantCulture)}: ",
        };

        return location + Message;
    }
}
