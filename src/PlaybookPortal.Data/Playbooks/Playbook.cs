using PlaybookPortal.Core.Content;
using PlaybookPortal.Data.Storage;

namespace PlaybookPortal.Data.Playbooks;

/// <summary>
/// A playbook's identity and the metadata of its current published revision, denormalised so
/// that lists, visibility checks and link resolution never parse Markdown.
/// </summary>
public class Playbook
{
    /// <summary>Stable identity that survives moves: front matter <c>id</c> or derived.</summary>
    public string Id { get; set; } = "";

    public string Slug { get; set; } = "";

    public string Title { get; set; } = "";

    public string? Summary { get; set; }

    public string? Category { get; set; }

    /// <summary>The compact audience form of <see cref="Core.Access.Audience"/>.</summary>
    public string Audience { get; set; } = "*";

    public string? Owner { get; set; }

    public PlaybookStatus Status { get; set; } = PlaybookStatus.Published;

    public string Language { get; set; } = "en";

    public int? ReviewEveryDays { get; set; }

    public DateOnly? LastReviewed { get; set; }

    public bool RequiresAck { get; set; }

    public bool NoIndex { get; set; }

    public string? RedirectTo { get; set; }

    public bool TitleFromHeading { get; set; }

    /// <summary>True when the summary is the body's first paragraph, so pages need not repeat it.</summary>
    public bool SummaryFromBody { get; set; }

    public long? CurrentRevisionId { get; set; }

    public PlaybookRevision? CurrentRevision { get; set; }

    /// <summary>
    /// An edit saved but not yet released: readers keep <see cref="CurrentRevision"/> until an
    /// editor publishes it. Null when there is none.
    /// </summary>
    public long? PendingRevisionId { get; set; }

    public PlaybookRevision? PendingRevision { get; set; }

    /// <summary>
    /// The latest material revision readers in the audience must acknowledge, when
    /// <see cref="RequiresAck"/> is set; an acknowledgement of it or a later revision counts.
    /// </summary>
    public long? AckRevisionId { get; set; }

    public PlaybookRevision? AckRevision { get; set; }

    /// <summary>
    /// The path the playbook's file had before it was moved in the portal; export removes that
    /// file (when unchanged on disk) so a re-import does not see the old page again.
    /// </summary>
    public string? MovedFromPath { get; set; }

    /// <summary>Null for playbooks created in the portal, which are never pruned.</summary>
    public ContentSource? Source { get; set; }

    /// <summary>Import problems of the current revision, one per line, shown to editors.</summary>
    public string? Problems { get; set; }

    public DateTime UpdatedUtc { get; set; }

    public List<PlaybookTag> Tags { get; set; } = [];

    public List<PlaybookSkill> Skills { get; set; } = [];

    public List<PlaybookLink> Links { get; set; } = [];
}
