using System.Globalization;
using System.Text;

namespace PlaybookPortal.Core.Skills;

/// <summary>
/// Writes position targets in the shape <see cref="SkillTargetsParser"/> reads, one block per
/// position; callers choose a stable order.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class SkillTargetsYaml
{
    /// <summary>The targets file's text, LF line endings; targets are written in the order given.</summary>
    public static string Write(IEnumerable<SkillTargetDefinition> targets)
    {
        var yaml = new StringBuilder("targets:\n");
        foreach (var position in targets.GroupBy(t => t.PositionId, StringComparer.Ordinal))
        {
            yaml.Append("  ").Append(position.Key).Append(":\n");
            foreach (var target in position)
            {
                yaml.Append("    ").Append(target.SkillId).Append(": ")
                    .Append(target.Level.ToString(CultureInfo.InvariantCulture)).Append('\n');
            }
        }

        return yaml.ToString();
    }
}
