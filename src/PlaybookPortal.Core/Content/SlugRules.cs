using System.Buffers;
using System.Text;

namespace PlaybookPortal.Core.Content;

/// <summary>
/// Which file names are playbooks and how a playbook's path becomes its slug
/// (PRODUCT.md "Content on disk").
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class SlugRules
{
    /// <summary>The slug of a page at the very root named index or README.</summary>
    public const string RootSlug = "index";

    // Longest first: ".html.md.erb" must not be mistaken for an unknown ".erb".
    private static readonly string[] PlaybookSuffixes =
        [".html.md.erb", ".html.md", ".markdown", ".md"];

    private static readonly string[] NoticeNames = ["LICENSE", "COPYING", "SOURCE"];

    private static readonly SearchValues<char> AsciiLettersAndDigits =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

    /// <summary>
    /// True when the name (no folder) is a playbook by name alone: a Markdown suffix, or no
    /// extension at all. Extensionless files are playbooks only when they hold text, which
    /// the caller checks. False for hidden names and licence or source notices.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="fileName"/> is null.</exception>
    public static bool IsPlaybookFileName(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);

        if (fileName.Length == 0 || fileName[0] == '.' || IsNoticeFileName(fileName))
        {
            return false;
        }

        return PlaybookSuffixOf(fileName) is not null || IsExtensionless(fileName);
    }

    /// <summary>
    /// True for LICENSE, COPYING and SOURCE with any extension or none, ignoring case: they
    /// describe where the content came from and are not pages.
    /// </summary>
    public static bool IsNoticeFileName(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);

        var dot = fileName.IndexOf('.', StringComparison.Ordinal);
        var stem = dot < 0 ? fileName : fileName[..dot];
        return NoticeNames.Contains(stem, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// True when the name has no extension. An extension is a dot followed by one to ten
    /// letters or digits at the end, so "Recommended Reads" and "v1.2 notes" have none.
    /// </summary>
    public static bool IsExtensionless(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);

        var dot = fileName.LastIndexOf('.');
        if (dot <= 0 || dot == fileName.Length - 1)
        {
            return true;
        }

        var extension = fileName.AsSpan(dot + 1);
        return extension.Length > 10 || extension.ContainsAnyExcept(AsciiLettersAndDigits);
    }

    /// <summary>
    /// The slug of a playbook at <paramref name="relativePath"/> (below the playbooks root,
    /// '/' or '\' separators): playbook suffixes removed, a final index or README folded
    /// into its folder (<see cref="RootSlug"/> at the root), whitespace as '-', lower-cased
    /// and normalised to NFC. <c>handbook/sales/index.html.md.erb</c> gives
    /// <c>handbook/sales</c>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="relativePath"/> is null.</exception>
    public static string FromRelativePath(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);

        var segments = relativePath
            .Replace('\\', '/')
            .Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Where(segment => segment != ".")
            .ToList();
        if (segments.Count == 0)
        {
            return RootSlug;
        }

        var last = segments[^1];
        var suffix = PlaybookSuffixOf(last);
        segments[^1] = suffix is null ? last : last[..^suffix.Length];
        if (segments[^1].Equals("index", StringComparison.OrdinalIgnoreCase)
            || segments[^1].Equals("README", StringComparison.OrdinalIgnoreCase))
        {
            segments.RemoveAt(segments.Count - 1);
        }

        return segments.Count == 0 ? RootSlug : Normalize(string.Join('/', segments));
    }

    /// <summary>The playbook suffix the name ends with (ignoring case), or null.</summary>
    internal static string? PlaybookSuffixOf(string fileName) =>
        PlaybookSuffixes.FirstOrDefault(suffix =>
            fileName.Length > suffix.Length
            && fileName.EndsWith(suffix, StringComparison.OrdinalIgnoreCase));

    // Lower-casing can in principle produce a sequence that is no longer in NFC, so
    // normalising comes last.
    private static string Normalize(string slug)
    {
        var builder = new StringBuilder(slug.Length);
        foreach (var c in slug.Normalize(NormalizationForm.FormC))
        {
            builder.Append(char.IsWhiteSpace(c) ? '-' : c);
        }

        return builder.ToString().ToLowerInvariant().Normalize(NormalizationForm.FormC);
    }
}
