namespace PlaybookPortal.Data.Editing;

/// <summary>What became of a <see cref="PlaybookCreate"/> or a move.</summary>
public abstract record PlaybookPlaceResult;

/// <summary>The playbook now lives at <paramref name="Slug"/>.</summary>
public sealed record PlaybookPlaced(string PlaybookId, string Slug) : PlaybookPlaceResult;

/// <summary>Nothing changed; each problem says why.</summary>
public sealed record PlaybookPlaceRejected(IReadOnlyList<string> Problems) : PlaybookPlaceResult;
