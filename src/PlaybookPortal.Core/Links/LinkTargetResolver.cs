using System.Text.RegularExpressions;
using PlaybookPortal.Core.Content;

namespace PlaybookPortal.Core.Links;

/// <summary>
/// Turns a link written in a playbook into the slugs it may mean: relative links
/// (<c>../process/forecasting.md#x</c>, <c>qbrs/</c>, <c>./x.html</c>) and site-absolute
/// ones (<c>/handbook/sales/qbrs/</c>), as the handbook sites the content came from would
/// have resolved them.
/// </summary>
/// <remarks>
/// A page that is not an index (<c>a/b.html.md</c>) lives in folder <c>a</c> on disk but was
/// served at <c>/a/b/</c>, so a relative link in it may be meant against either. Both are
/// candidates: a link that names a source file (<c>x.md</c>) is written against the file's
/// folder first; any other (<c>x/</c>, <c>x.html</c>) against the page's URL first. Stateless
/// and thread-safe.
/// </remarks>
public static partial class LinkTargetResolver
{
    private static readonly string[] PageSuffixes = [".html", ".htm"];

    /// <summary>
    /// The internal target of <paramref name="href"/> in the playbook at
    /// <paramref name="sourceRelativePath"/> (relative to the playbooks root); null for
    /// links with a scheme (<c>https:</c>, <c>mailto:</c>), protocol-relative and
    /// fragment-only or query-only links, and links that climb above the root.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static InternalLinkTarget? Candidates(string href, string sourceRelativePath)
    {
        ArgumentNullException.ThrowIfNull(href);
        ArgumentNullException.ThrowIfNull(sourceRelativePath);

        var text = href.Trim();
        if (text.Length == 0
            || text[0] is '#' or '?'
            || text.StartsWith("//", StringComparison.Ordinal)
            || SchemePattern().IsMatch(text))
        {
            return null;
        }

        var hash = text.IndexOf('#', StringComparison.Ordinal);
        var fragment = hash < 0 || hash == text.Length - 1
            ? null
            : Uri.UnescapeDataString(text[(hash + 1)..]);
        text = hash < 0 ? text : text[..hash];
        var query = text.IndexOf('?', StringComparison.Ordinal);
        var path = Uri.UnescapeDataString(query < 0 ? text : text[..query]).Replace('\\', '/');

        var slugs = BaseFolders(path, sourceRelativePath)
            .Select(folder => Resolve(folder, path))
            .OfType<List<string>>()
            .Select(ToSlug)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return slugs.Count == 0 ? null : new InternalLinkTarget(slugs, fragment);
    }

    private static IEnumerable<List<string>> BaseFolders(string path, string sourceRelativePath)
    {
        if (path.StartsWith('/'))
        {
            return [[]];
        }

        var source = sourceRelativePath
            .Replace('\\', '/')
            .Split('/', StringSplitOptions.RemoveEmptyEntries);
        var fileFolder = source.SkipLast(1).ToList();
        var name = source.Length == 0 ? "" : source[^1];
        var stem = SlugRules.PlaybookSuffixOf(name) is { } suffix ? name[..^suffix.Length] : name;
        if (stem.Length == 0
            || stem.Equals("index", StringComparison.OrdinalIgnoreCase)
            || stem.Equals("README", StringComparison.OrdinalIgnoreCase))
        {
            return [fileFolder];
        }

        List<string> pageFolder = [.. fileFolder, stem];
        return SlugRules.PlaybookSuffixOf(LastSegment(path)) is not null
            ? [fileFolder, pageFolder]
            : [pageFolder, fileFolder];
    }

    // Applies "." and ".."; null when the link climbs above the root.
    private static List<string>? Resolve(List<string> baseFolder, string path)
    {
        var segments = new List<string>(baseFolder);
        foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment == "..")
            {
                if (segments.Count == 0)
                {
                    return null;
                }

                segments.RemoveAt(segments.Count - 1);
            }
            else if (segment != ".")
            {
                segments.Add(segment);
            }
        }

        return segments;
    }

    // The published site's names (x.html, x/index.html) map back to the source's slug.
    private static string ToSlug(List<string> segments)
    {
        if (segments.Count > 0)
        {
            var last = segments[^1];
            var page = PageSuffixes.FirstOrDefault(
                suffix => last.EndsWith(suffix, StringComparison.OrdinalIgnoreCase));
            segments[^1] = page is null ? last : last[..^page.Length];
        }

        return SlugRules.FromRelativePath(string.Join('/', segments));
    }

    private static string LastSegment(string path) => path.TrimEnd('/').Split('/')[^1];

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex SchemePattern();
}
