using System.Text;

namespace PlaybookPortal.Core.Content;

/// <summary>
/// Rebuilds a playbook's source from the browser editor's form fields and Markdown body,
/// changing only the front matter keys whose values changed.
/// </summary>
/// <remarks>
/// Keys the form does not show (<c>id</c> among them), comments, blank lines and unchanged
/// keys keep their exact text and order. A changed key is rewritten where it stands (the
/// whole of a multi-line value is replaced; a comment after a one-line value is kept), a
/// cleared key loses its lines, and a newly set key is appended under its canonical
/// snake_case name. Lists are written in flow style, <c>[a, b]</c>; text is quoted only when
/// plain YAML would read it differently. Keys are matched without regard to case, and a
/// changed key's duplicates, which the parser ignores, are removed so the new value is the
/// one read. The byte-order mark and the file's line ending style are kept. Stateless and
/// thread-safe.
/// </remarks>
public static class FrontMatterEditor
{
    /// <summary>
    /// Returns the new full source: the front matter of <paramref name="sourceText"/> edited to
    /// hold <paramref name="fields"/>, then <paramref name="body"/> exactly as given.
    /// </summary>
    /// <returns>
    /// The new text, or a problem (and no text) when the front matter is not valid YAML, is not
    /// a mapping of one key per line, or a new <c>review_every</c> is not an interval.
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static FrontMatterEditResult Apply(string sourceText, PlaybookFormFields fields, string body)
    {
        ArgumentNullException.ThrowIfNull(sourceText);
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(body);

        var layout = FrontMatterLayout.Of(sourceText);
        var current = PlaybookFormFields.FromSource(sourceText).Fields.Normalise();
        var wanted = fields.Normalise();
        var changes = FrontMatterFormKey.All
            .Select(key => (Key: key, Value: key.Write(wanted)))
            .Where(change => change.Value != change.Key.Write(current))
            .ToList();

        if (wanted.ReviewEvery != current.ReviewEvery && wanted.ReviewEvery is { } interval
            && !ReviewInterval.TryParse(interval, out _))
        {
            return FrontMatterEditResult.Failure(
                $"review every '{interval}' is not an interval such as 90d, 6w, 3 months or 1y.");
        }

        if (!layout.HasBlock)
        {
            return FrontMatterEditResult.Success(layout.Mark + NewBlock(changes, layout.NewLine) + body);
        }

        var map = FrontMatterKeyRanges.Find(layout.Yaml);
        if (map.Problem is not null)
        {
            return FrontMatterEditResult.Failure(map.Problem);
        }

        var yaml = EditYaml(layout, map, changes);
        var fenceBreak = layout.Closing.EndsWith('\n') || layout.Closing.EndsWith('\r') || body.Length == 0
            ? ""
            : layout.NewLine;
        return FrontMatterEditResult.Success(
            layout.Mark + layout.Opening + yaml + layout.Closing + fenceBreak + body);
    }

    // Without a block, only the fields that are set are written; none at all means no block.
    private static string NewBlock(List<(FrontMatterFormKey Key, string? Value)> changes, string newLine)
    {
        var set = changes.Where(c => c.Value is not null).ToList();
        if (set.Count == 0)
        {
            return "";
        }

        var block = new StringBuilder("---").Append(newLine);
        foreach (var (key, value) in set)
        {
            block.Append(key.Name).Append(": ").Append(value).Append(newLine);
        }

        return block.Append("---").Append(newLine).ToString();
    }

    private static string EditYaml(
        FrontMatterLayout layout,
        FrontMatterKeyMap map,
        List<(FrontMatterFormKey Key, string? Value)> changes)
    {
        var yaml = layout.Yaml;
        var replacements = new Dictionary<FrontMatterKeyRange, string>();
        var appended = new StringBuilder();
        var indent = map.Ranges.Count > 0 ? map.Ranges[0].Indent : "";

        foreach (var (key, value) in changes)
        {
            var ranges = key.Names.Select(map.Of).FirstOrDefault(r => r.Count > 0) ?? [];
            var doomed = value is null ? key.Names.SelectMany(map.Of) : ranges.Skip(1);
            foreach (var range in doomed)
            {
                replacements[range] = "";
            }

            if (value is not null && ranges.Count > 0)
            {
                var first = ranges[0];
                replacements[first] = first.Indent + first.Key + ": " + value + first.TrailingComment
                    + LineEnding(yaml[first.Start..first.End]);
            }
            else if (value is not null)
            {
                appended.Append(indent).Append(key.Name).Append(": ").Append(value).Append(layout.NewLine);
            }
        }

        var result = new StringBuilder(yaml.Length + appended.Length);
        var copied = 0;
        foreach (var (range, text) in replacements.OrderBy(r => r.Key.Start))
        {
            result.Append(yaml, copied, range.Start - copied).Append(text);
            copied = range.End;
        }

        result.Append(yaml, copied, yaml.Length - copied);
        if (appended.Length > 0 && result.Length > 0 && LineEnding(yaml).Length == 0)
        {
            result.Append(layout.NewLine);
        }

        return result.Append(appended).ToString();
    }

    private static string LineEnding(string text) =>
        text.EndsWith("\r\n", StringComparison.Ordinal) ? "\r\n"
        : text.EndsWith('\n') ? "\n"
        : text.EndsWith('\r') ? "\r"
        : "";
}
