using System.Globalization;
using PlaybookPortal.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace PlaybookPortal.Core.Content;

/// <summary>
/// Reads the known keys of a front matter mapping into a <see cref="PlaybookFrontMatter"/>,
/// reporting each unusable value with its file line and carrying on with the default.
/// </summary>
internal sealed class FrontMatterFieldReader
{
    private readonly Dictionary<string, KeyValuePair<YamlNode, YamlNode>> _entries =
        new(StringComparer.OrdinalIgnoreCase);
    private readonly List<ContentProblem> _problems;
    private readonly string? _relativePath;

    private FrontMatterFieldReader(List<ContentProblem> problems, string? relativePath)
    {
        _problems = problems;
        _relativePath = relativePath;
    }

    /// <summary>Reads <paramref name="mapping"/>, adding to <paramref name="problems"/>.</summary>
    public static (PlaybookFrontMatter Fields, IReadOnlyDictionary<string, string?> RawKeys) Read(
        YamlMappingNode mapping, List<ContentProblem> problems, string? relativePath)
    {
        var reader = new FrontMatterFieldReader(problems, relativePath);
        var rawKeys = reader.Index(mapping);
        return (reader.ReadFields(), rawKeys);
    }

    private Dictionary<string, string?> Index(YamlMappingNode mapping)
    {
        var rawKeys = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in mapping.Children)
        {
            if (pair.Key is not YamlScalarNode { Value: { } name })
            {
                Report(pair.Key, ProblemSeverity.Warning, "a key that is not text is ignored");
                continue;
            }

            // CheckedYamlParser has already dropped duplicates, so names are unique here.
            _entries[name] = pair;
            rawKeys[name] = pair.Value switch
            {
                YamlScalarNode scalar => YamlNodes.IsNull(scalar) ? null : scalar.Value,
                var node => YamlNodes.FlowText(node),
            };
        }

        return rawKeys;
    }

    private PlaybookFrontMatter ReadFields() => new()
    {
        Id = Text("id"),
        Title = Text("title"),
        Summary = Summary(),
        Category = Text("category"),
        Tags = List("tags"),
        Audience = List("audience", keepUnreadable: true),
        Owner = Text("owner"),
        Status = Status(),
        Language = Language(),
        ReviewEvery = ReviewEvery(),
        LastReviewed = Date("last_reviewed"),
        RequiresAck = Flag("requires_ack"),
        Skills = List("skills"),
        NoIndex = Flag("noindex") ?? false,
        RedirectTo = Text("redirect_to"),
    };

    private string? Summary()
    {
        if (!_entries.ContainsKey("summary"))
        {
            return Text("description");
        }

        if (_entries.TryGetValue("description", out var alias))
        {
            Report(alias.Key, ProblemSeverity.Notice,
                "both summary and description are given; summary is used");
        }

        return Text("summary");
    }

    private string? Text(string key)
    {
        if (!_entries.TryGetValue(key, out var pair))
        {
            return null;
        }

        if (pair.Value is YamlScalarNode scalar)
        {
            return YamlNodes.TextOf(scalar);
        }

        ReportWrongKind(pair, "text");
        return null;
    }

    // A list is a YAML sequence of text, or one text of comma-separated values. With
    // keepUnreadable, a value of the wrong shape stays in the list as its raw text: for an
    // audience it then names no role or position, and visibility fails closed instead of an
    // empty list opening the playbook to everyone.
    private List<string> List(string key, bool keepUnreadable = false)
    {
        if (!_entries.TryGetValue(key, out var pair) || YamlNodes.IsNull(pair.Value))
        {
            return [];
        }

        if (pair.Value is YamlMappingNode)
        {
            ReportWrongKind(pair, "a list");
            return keepUnreadable ? [YamlNodes.FlowText(pair.Value)] : [];
        }

        IEnumerable<YamlNode> items = pair.Value is YamlSequenceNode sequence
            ? sequence.Children
            : [pair.Value];
        var values = new List<string>();
        foreach (var item in items)
        {
            if (item is not YamlScalarNode scalar)
            {
                Report(item, ProblemSeverity.Error,
                    $"'{KeyOf(pair)}' items must be text, not {YamlNodes.KindOf(item)}");
                if (keepUnreadable)
                {
                    values.Add(YamlNodes.FlowText(item));
                }

                continue;
            }

            values.AddRange((YamlNodes.TextOf(scalar) ?? "").Split(
                ',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        }

        return values.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    private bool? Flag(string key)
    {
        if (!_entries.TryGetValue(key, out var pair) || YamlNodes.IsNull(pair.Value))
        {
            return null;
        }

        var text = pair.Value is YamlScalarNode scalar ? YamlNodes.TextOf(scalar) : null;
        switch (text?.ToLowerInvariant())
        {
            case "true" or "yes" or "on":
                return true;
            case "false" or "no" or "off":
                return false;
            default:
                ReportValue(pair, "is not true or false");
                return null;
        }
    }

    private DateOnly? Date(string key)
    {
        var text = Text(key);
        if (text is null)
        {
            return null;
        }

        // A timestamp is accepted too; the day it names is what a review date means.
        var day = text.Length > 10 && text[10] is 'T' or 't' or ' ' ? text[..10] : text;
        var style = DateTimeStyles.None;
        if (DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, style, out var date))
        {
            return date;
        }

        var looksLikeDate = day.Length == 10 && day[4] == '-' && day[7] == '-';
        ReportValue(_entries[key], looksLikeDate
            ? "is not a date that exists"
            : "is not a date written as YYYY-MM-DD");
        return null;
    }

    private ReviewInterval? ReviewEvery()
    {
        var text = Text("review_every");
        if (text is null)
        {
            return null;
        }

        if (ReviewInterval.TryParse(text, out var interval))
        {
            return interval;
        }

        ReportValue(_entries["review_every"], "is not an interval such as 90d, 6w, 3 months or 1y");
        return null;
    }

    private PlaybookStatus Status()
    {
        var text = Text("status");
        switch (text?.ToLowerInvariant())
        {
            case null or "published":
                return PlaybookStatus.Published;
            case "draft":
                return PlaybookStatus.Draft;
            case "archived":
                return PlaybookStatus.Archived;
            default:
                // Fail safe: an unreadable status must not release a page nobody released.
                ReportValue(_entries["status"],
                    "is not published, draft or archived; the page is treated as a draft");
                return PlaybookStatus.Draft;
        }
    }

    private string Language()
    {
        var text = Text("language");
        if (text is null)
        {
            return "en";
        }

        // A regional tag such as en-GB or de_AT names the same search analysis.
        var primary = text.Split('-', '_')[0].ToLowerInvariant();
        if (primary is "en" or "de")
        {
            return primary;
        }

        var pair = _entries["language"];
        Report(pair.Value, ProblemSeverity.Warning,
            $"'{KeyOf(pair)}: {text}' is not supported (en or de); English is used");
        return "en";
    }

    private void ReportWrongKind(KeyValuePair<YamlNode, YamlNode> pair, string expected) =>
        Report(pair.Value, ProblemSeverity.Error,
            $"'{KeyOf(pair)}' must be {expected}, not {YamlNodes.KindOf(pair.Value)}");

    private void ReportValue(KeyValuePair<YamlNode, YamlNode> pair, string complaint)
    {
        var value = pair.Value is YamlScalarNode scalar
            ? scalar.Value
            : YamlNodes.FlowText(pair.Value);
        Report(pair.Value, ProblemSeverity.Error, $"'{KeyOf(pair)}: {value}' {complaint}");
    }

    private void Report(YamlNode node, ProblemSeverity severity, string message) =>
        _problems.Add(new ContentProblem(
            _relativePath,
            FrontMatterBlock.YamlLineOffset + YamlNodes.LineOf(node),
            severity,
            message));

    private static string KeyOf(KeyValuePair<YamlNode, YamlNode> pair) =>
        ((YamlScalarNode)pair.Key).Value ?? "";
}
