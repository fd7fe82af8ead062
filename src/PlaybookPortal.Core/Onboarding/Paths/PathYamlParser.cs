using System.Globalization;
using PlaybookPortal.Core.Content;
using PlaybookPortal.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace PlaybookPortal.Core.Onboarding.Paths;

/// <summary>
/// Reads an onboarding path file (<c>onboarding/*.yaml</c>): <c>id</c>, <c>title</c>,
/// <c>description</c>, <c>positions</c> and a <c>steps</c> list whose entries have <c>id</c>,
/// <c>kind</c>, <c>title</c>, <c>description</c>, <c>due_day</c>, <c>required</c> and, by kind,
/// <c>playbook</c> or <c>skill</c> and <c>level</c>.
/// </summary>
/// <remarks>
/// Keys are matched without regard to case; unknown keys are ignored. Any error makes the
/// whole path invalid (a path read in part would drop steps from reps' enrollments), and every
/// error is reported with its line. Never throws for any text. Stateless and thread-safe.
/// </remarks>
public static class PathYamlParser
{
    /// <summary>Parses <paramref name="yaml"/>, naming <paramref name="relativePath"/> in problems.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="yaml"/> is null.</exception>
    public static PathParseResult Parse(string yaml, string? relativePath = null)
    {
        ArgumentNullException.ThrowIfNull(yaml);

        var loaded = YamlLoader.Load(yaml.TrimStart('\uFEFF'), 0, relativePath);
        var problems = new List<ContentProblem>(loaded.Problems);
        if (loaded.Root is not YamlMappingNode root)
        {
            if (!loaded.Failed)
            {
                problems.Add(new ContentProblem(relativePath, loaded.Root is null ? 1 : YamlNodes.LineOf(loaded.Root),
                    ProblemSeverity.Error, "a path must be a mapping with id, title and steps"));
            }

            return new PathParseResult(null, problems);
        }

        var reader = new PathFieldReader(root, relativePath, problems);
        var id = reader.RequiredId("id", "the path");
        var title = reader.RequiredText("title", "the path");
        var description = reader.Text("description");
        var positions = reader.Positions();
        var steps = PathStepReader.ReadAll(reader.Node("steps"), root, relativePath, problems);
        var hasErrors = problems.Exists(p => p.Severity == ProblemSeverity.Error);
        var path = hasErrors || id is null || title is null
            ? null
            : new PathDefinition(id, title, description, positions, steps);
        return new PathParseResult(path, problems);
    }

    internal static bool IsKey(YamlNode node, string key) =>
        node is YamlScalarNode { Value: { } name } && name.Equals(key, StringComparison.OrdinalIgnoreCase);

    internal static string Describe(int number) => number.ToString(CultureInfo.InvariantCulture);
}
