using PlaybookPortal.Core.Content;

namespace PlaybookPortal.Search.Indexing;

/// <summary>
/// Everything the index needs of one playbook's current published revision: its metadata and
/// its text cut into sections at headings.
/// </summary>
/// <param name="Id">Stable playbook id.</param>
/// <param name="Slug">Where the playbook is read (<c>/playbooks/{slug}</c>).</param>
/// <param name="Title">Shown title.</param>
/// <param name="Summary">One or two sentences, or null.</param>
/// <param name="Category">Category name (never null; the general category when none).</param>
/// <param name="Tags">Free keywords.</param>
/// <param name="Language"><c>en</c> or <c>de</c>; chooses the analysis.</param>
/// <param name="Audience">The audience in its storage form (see <c>Audience.ToStorage</c>).</param>
/// <param name="Status">Lifecycle status.</param>
/// <param name="UpdatedUtc">When the playbook last changed.</param>
/// <param name="Sections">The body cut at headings; the lead (text before the first heading) first.</param>
public sealed record IndexedPlaybook(
    string Id,
    string Slug,
    string Title,
    string? Summary,
    string Category,
    IReadOnlyList<string> Tags,
    string Language,
    string Audience,
    PlaybookStatus Status,
    DateTime UpdatedUtc,
    IReadOnlyList<IndexedSection> Sections);

/// <summary>The text under one heading.</summary>
/// <param name="Anchor">The heading's anchor on the page; empty for the lead.</param>
/// <param name="HeadingPath">The heading and the headings above it, outermost first; empty for the lead.</param>
/// <param name="Text">Readable text, one block per line.</param>
public sealed record IndexedSection(string Anchor, IReadOnlyList<string> HeadingPath, string Text);
