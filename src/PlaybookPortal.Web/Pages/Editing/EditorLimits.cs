using System.Globalization;
using System.Text;
using PlaybookPortal.Core.Content;

namespace PlaybookPortal.Web.Pages.Editing;

/// <summary>The content limits as the editor states them, so the numbers read the same everywhere.</summary>
internal static class EditorLimits
{
    public static string Summary { get; } =
        $"Limits: {Megabytes(ContentLimits.MaxBytes)} per playbook, nesting depth {ContentLimits.MaxNestingDepth}, " +
        $"{ContentLimits.MaxLineBytes / 1024} KB per line.";

    public static string TooLarge(int bytes) =>
        $"The playbook is {Megabytes(bytes)} ({bytes.ToString("N0", CultureInfo.InvariantCulture)} bytes); " +
        $"the limit is {Megabytes(ContentLimits.MaxBytes)} per playbook. Split it into several playbooks.";

    public static string Size(string text) => Size(Encoding.UTF8.GetByteCount(text));

    public static string Size(int bytes) => bytes < 1024
        ? bytes.ToString(CultureInfo.InvariantCulture) + " bytes"
        : bytes < 1024 * 1024
            ? (bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture) + " KB"
            : Megabytes(bytes);

    private static string Megabytes(int bytes) =>
        (bytes / (1024.0 * 1024)).ToString("0.##", CultureInfo.InvariantCulture) + " MB";
}
