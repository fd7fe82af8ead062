namespace PlaybookPortal.Web.History;

/// <summary>Where a revision stands with readers.</summary>
public enum RevisionState
{
    /// <summary>The published revision readers see now.</summary>
    Current,

    /// <summary>Saved but not yet released; readers keep the current revision.</summary>
    Pending,

    /// <summary>Published once and replaced since.</summary>
    Published,

    /// <summary>A pending edit that was discarded, or superseded before release.</summary>
    NeverPublished,
}
