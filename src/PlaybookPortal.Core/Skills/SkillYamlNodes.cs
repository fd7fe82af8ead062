using PlaybookPortal.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace PlaybookPortal.Core.Skills;

/// <summary>Key lookups shared by the catalog and targets parsers; keys ignore case like front matter.</summary>
internal static class SkillYamlNodes
{
    public static YamlNode? Value(YamlMappingNode mapping, string key) =>
        mapping.Children.FirstOrDefault(pair => IsKey(pair.Key, key)).Value;

    public static string? Text(YamlMappingNode mapping, string key) =>
        Value(mapping, key) is YamlScalarNode scalar ? YamlNodes.TextOf(scalar) : null;

    public static bool IsKey(YamlNode node, string key) =>
        node is YamlScalarNode { Value: { } name } && name.Equals(key, StringComparison.OrdinalIgnoreCase);

    /// <summary>The whole-number level 0–4 a scalar holds, or null for anything else (2.5, 7, "two").</summary>
    public static int? Level(YamlNode node) =>
        node is YamlScalarNode { Value: { } text }
        && int.TryParse(text.Trim(), System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture, out var level)
        && SkillLevels.IsValid(level)
            ? level
            : null;
}
