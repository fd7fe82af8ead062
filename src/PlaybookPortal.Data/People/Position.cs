using PlaybookPortal.Data.Storage;

namespace PlaybookPortal.Data.People;

/// <summary>A job in the position catalog (content/positions.yaml, extended by admins).</summary>
public class Position
{
    /// <summary>Lower-case identifier that content and users refer to.</summary>
    public string Id { get; set; } = "";

    public string Title { get; set; } = "";

    public string? Description { get; set; }

    /// <summary>Where the position was imported from; null when an admin created it.</summary>
    public ContentSource? Source { get; set; }
}
