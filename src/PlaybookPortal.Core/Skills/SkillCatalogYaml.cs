using System.Globalization;
using System.Text;
using PlaybookPortal.Core.Yaml;

namespace PlaybookPortal.Core.Skills;

/// <summary>
/// Writes the skills catalog in the shape <see cref="SkillCatalogParser"/> reads, in the order
/// given, every text as a scalar that reads back exactly.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class SkillCatalogYaml
{
    /// <summary>The catalog file's text, LF line endings.</summary>
    public static string Write(IEnumerable<SkillDefinition> skills)
    {
        var yaml = new StringBuilder("skills:\n");
        foreach (var skill in skills)
        {
            yaml.Append("  - id: ").Append(skill.Id).Append('\n');
            yaml.Append("    name: ").Append(YamlScalarText.Write(skill.Name)).Append('\n');
            yaml.Append("    category: ").Append(SkillCategoryNames.Of(skill.Category)).Append('\n');
            if (skill.IsRetired)
            {
                yaml.Append("    retired: true\n");
            }

            if (!string.IsNullOrEmpty(skill.Description))
            {
                yaml.Append("    description: ").Append(YamlScalarText.Write(skill.Description)).Append('\n');
            }

            AppendLevels(yaml, skill.Levels);
        }

        return yaml.ToString();
    }

    private static void AppendLevels(StringBuilder yaml, IReadOnlyList<string?> levels)
    {
        if (levels.All(string.IsNullOrEmpty))
        {
            return;
        }

        yaml.Append("    levels:\n");
        for (var level = 0; level < levels.Count; level++)
        {
            if (!string.IsNullOrEmpty(levels[level]))
            {
                yaml.Append("      ").Append(level.ToString(CultureInfo.InvariantCulture)).Append(": ")
                    .Append(YamlScalarText.Write(levels[level]!)).Append('\n');
            }
        }
    }
}
