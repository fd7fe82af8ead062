using PlaybookPortal.Core.Content;
using YamlDotNet.RepresentationModel;

namespace PlaybookPortal.Core.Yaml;

/// <summary>
/// The root node of a YAML text (null when the text is empty or failed to parse) and the
/// problems found, already located in the file.
/// </summary>
internal sealed record YamlLoadResult(YamlNode? Root, IReadOnlyList<ContentProblem> Problems)
{
    public bool Failed => Problems.Any(p => p.Severity == ProblemSeverity.Error);
}
