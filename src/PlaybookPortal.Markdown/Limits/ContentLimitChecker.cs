using System.Globalization;
using System.Text;
using PlaybookPortal.Core.Content;

namespace PlaybookPortal.Markdown.Limits;

/// <summary>
/// Checks a playbook body against <see cref="ContentLimits"/>. Stateless and thread-safe; never
/// throws for any string. Import and save refuse content with violations; the renderer shows
/// stored content that still has them as escaped text.
/// </summary>
public static class ContentLimitChecker
{
    /// <summary>
    /// Returns every limit <paramref name="source"/> exceeds, at most one per
    /// <see cref="LimitKind"/>, in the order size, line length, nesting; empty when it fits.
    /// </summary>
    public static IReadOnlyList<LimitViolation> Check(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var violations = new List<LimitViolation>();

        var bytes = Encoding.UTF8.GetByteCount(source);
        if (bytes > ContentLimits.MaxBytes)
        {
            const int limit = ContentLimits.MaxBytes;
            violations.Add(new LimitViolation(LimitKind.PlaybookSize, bytes, limit,
                Format($"Size {bytes:N0} bytes exceeds the limit of {limit:N0} bytes (2 MB).")));
        }

        var (lineNumber, lineBytes) = LongestLine(source);
        if (lineBytes > ContentLimits.MaxLineBytes)
        {
            const int limit = ContentLimits.MaxLineBytes;
            violations.Add(new LimitViolation(LimitKind.LineLength, lineBytes, limit,
                Format($"Line {lineNumber:N0} has {lineBytes:N0} bytes without a line break, which ")
                + Format($"exceeds the limit of {limit:N0} bytes (200 KB).")));
        }

        var depth = NestingDepthEstimator.Estimate(source);
        if (depth > ContentLimits.MaxNestingDepth)
        {
            const int limit = ContentLimits.MaxNestingDepth;
            violations.Add(new LimitViolation(LimitKind.NestingDepth, depth, limit,
                Format($"Nesting depth {depth} exceeds the limit of {limit}.")));
        }

        return violations;
    }

    private static (int LineNumber, int Bytes) LongestLine(string source)
    {
        var longest = (LineNumber: 0, Bytes: 0);
        var number = 0;
        foreach (var line in source.AsSpan().EnumerateLines())
        {
            number++;

            // UTF-8 needs at most three bytes per UTF-16 char, so short lines skip the count.
            if (line.Length * 3 <= longest.Bytes)
            {
                continue;
            }

            var bytes = Encoding.UTF8.GetByteCount(line);
            if (bytes > longest.Bytes)
            {
                longest = (number, bytes);
            }
        }

        return longest;
    }

    private static string Format(FormattableString message) =>
        message.ToString(CultureInfo.InvariantCulture);
}
