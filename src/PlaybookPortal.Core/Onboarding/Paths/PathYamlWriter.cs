using System.Globalization;
using System.Text;
using PlaybookPortal.Core.Yaml;

namespace PlaybookPortal.Core.Onboarding.Paths;

/// <summary>
/// Writes a path in the shape <see cref="PathYamlParser"/> reads, so that parsing the text gives
/// the same path back. Used when a path is saved in the browser; an imported file is exported
/// as it was read, not through this writer.
/// </summary>
/// <remarks>Stateless and thread-safe. Lines end in <c>\n</c>.</remarks>
public static class PathYamlWriter
{
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static string Write(PathDefinition path)
    {
        ArgumentNullException.ThrowIfNull(path);

        var yaml = new StringBuilder();
        yaml.Append("id: ").Append(path.Id).Append('\n');
        AppendText(yaml, "", "title", path.Title);
        AppendText(yaml, "", "description", path.Description);
        yaml.Append("positions: ").Append(YamlScalarText.WriteFlowList(path.Positions)).Append('\n');
        if (path.Steps.Count == 0)
        {
            return yaml.Append("steps: []\n").ToString();
        }

        yaml.Append("steps:\n");
        foreach (var step in path.Steps)
        {
            AppendStep(yaml, step);
        }

        return yaml.ToString();
    }

    private static void AppendStep(StringBuilder yaml, PathStepDefinition step)
    {
        const string indent = "    ";
        yaml.Append("  - id: ").Append(step.Id).Append('\n');
        yaml.Append(indent).Append("kind: ").Append(StepKinds.ToWord(step.Kind)).Append('\n');
        AppendText(yaml, indent, "title", step.Title);
        AppendText(yaml, indent, "description", step.Description);
        AppendText(yaml, indent, "playbook", step.Kind == StepKind.Read ? step.Playbook : null);
        AppendText(yaml, indent, "skill", step.Kind == StepKind.Assessment ? step.SkillId : null);
        if (step.Kind == StepKind.Assessment && step.Level is { } level)
        {
            yaml.Append(indent).Append("level: ").Append(level.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        yaml.Append(indent).Append("due_day: ").Append(step.DueDay.ToString(CultureInfo.InvariantCulture)).Append('\n');
        if (!step.Required)
        {
            yaml.Append(indent).Append("required: false\n");
        }
    }

    private static void AppendText(StringBuilder yaml, string indent, string key, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        yaml.Append(indent).Append(key).Append(": ");
        if (!IsBlockSafe(value))
        {
            yaml.Append(YamlScalarText.Write(value)).Append('\n');
            return;
        }

        // A literal block keeps a multi-line description readable in the file.
        yaml.Append("|-\n");
        foreach (var line in value.Split('\n'))
        {
            yaml.Append(line.Length == 0 ? "" : indent + "  " + line).Append('\n');
        }
    }

    // A literal block reads back exactly only without carriage returns, a leading space on its
    // first line (it would set the indentation) or trailing line breaks (|- strips them).
    private static bool IsBlockSafe(string value) =>
        value.Contains('\n', StringComparison.Ordinal)
        && !value.Contains('\r', StringComparison.Ordinal)
        && !value.EndsWith('\n')
        && !char.IsWhiteSpace(value[0])
        && value.All(c => c >= ' ' || c is '\n' or '\t');
}
