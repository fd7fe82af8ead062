using PlaybookPortal.Core.Content;

namespace PlaybookPortal.Core.Skills;

/// <summary>The skills read from a catalog file and what was wrong with it.</summary>
/// <param name="Skills">The valid entries in file order; ids unique.</param>
/// <param name="Problems">Everything noticed, with lines; entries with errors are left out.</param>
/// <param name="Failed">True when the file could not be read as a catalog at all.</param>
public sealed record SkillCatalogParseResult(
    IReadOnlyList<SkillDefinition> Skills, IReadOnlyList<ContentProblem> Problems, bool Failed);
