namespace PlaybookPortal.Core.Content;

/// <summary>
/// The front matter keys the portal understands (PRODUCT.md "Content on disk"), read and
/// defaulted. Keys it does not understand stay in <see cref="FrontMatterDocument.RawKeys"/>.
/// </summary>
/// <remarks>
/// Values are as written, trimmed; blank text is null. Lists are never null (empty when
/// absent). Deriving defaults from the body (title from the first heading, summary from the
/// first paragraph) and the folder category is the importer's job, not this record's.
/// Immutable; thread-safe.
/// </remarks>
public sealed record PlaybookFrontMatter
{
    /// <summary>No front matter at all: every field at its default.</summary>
    public static PlaybookFrontMatter Empty { get; } = new();

    /// <summary><c>id</c>: stable identity that survives moves.</summary>
    public string? Id { get; init; }

    /// <summary><c>title</c>; null when missing or given no value (<c>title:</c>).</summary>
    public string? Title { get; init; }

    /// <summary><c>summary</c>, or its alias <c>description</c> when summary is absent.</summary>
    public string? Summary { get; init; }

    /// <summary><c>category</c>; when null the importer uses the folder category.</summary>
    public string? Category { get; init; }

    /// <summary><c>tags</c>: free keywords.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>
    /// <c>audience</c> as written (roles and position ids, unvalidated); empty means every
    /// signed-in user. Turn it into an <c>Access.Audience</c> with <c>AudienceParser</c>.
    /// </summary>
    public IReadOnlyList<string> Audience { get; init; } = [];

    /// <summary><c>owner</c>: the user responsible; null is shown as unowned.</summary>
    public string? Owner { get; init; }

    /// <summary>
    /// <c>status</c>; <see cref="PlaybookStatus.Published"/> when absent, and
    /// <see cref="PlaybookStatus.Draft"/> (fail-safe, with an error) when unrecognised.
    /// </summary>
    public PlaybookStatus Status { get; init; } = PlaybookStatus.Published;

    /// <summary><c>language</c>: <c>en</c> or <c>de</c>; anything else becomes <c>en</c>.</summary>
    public string Language { get; init; } = "en";

    /// <summary><c>review_every</c>; null when absent or unreadable.</summary>
    public ReviewInterval? ReviewEvery { get; init; }

    /// <summary><c>last_reviewed</c>; null when absent or not a real date.</summary>
    public DateOnly? LastReviewed { get; init; }

    /// <summary><c>requires_ack</c>; null when absent, so the importer applies its default.</summary>
    public bool? RequiresAck { get; init; }

    /// <summary><c>skills</c>: ids of skills the playbook teaches, unvalidated.</summary>
    public IReadOnlyList<string> Skills { get; init; } = [];

    /// <summary><c>noindex</c>: keep out of search.</summary>
    public bool NoIndex { get; init; }

    /// <summary><c>redirect_to</c>: the page is a stub pointing there.</summary>
    public string? RedirectTo { get; init; }
}
