namespace PlaybookPortal.Core.Positions;

/// <summary>A position (the job a user holds), from the catalog or created by an admin.</summary>
/// <param name="Id">Lower-case, unique id (<see cref="PositionIdRules"/>).</param>
/// <param name="Title">The name shown to people.</param>
/// <param name="Description">What the job does; null when not given.</param>
/// <remarks>Immutable; thread-safe. Nothing here validates the id; the parser does.</remarks>
public sealed record PositionDefinition(string Id, string Title, string? Description)
{
    /// <summary>The entry's 1-based line in <c>positions.yaml</c>; null when not from a file.</summary>
    public int? Line { get; init; }
}
