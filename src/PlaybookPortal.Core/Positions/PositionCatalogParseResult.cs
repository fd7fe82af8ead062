using PlaybookPortal.Core.Content;

namespace PlaybookPortal.Core.Positions;

/// <summary>The positions read from a catalog and what was wrong with it.</summary>
/// <param name="Positions">The valid entries, in file order; ids unique.</param>
/// <param name="Problems">Everything noticed, with lines; entries with errors are left out.</param>
/// <remarks>Immutable; thread-safe.</remarks>
public sealed record PositionCatalogParseResult(
    IReadOnlyList<PositionDefinition> Positions,
    IReadOnlyList<ContentProblem> Problems);
