using PlaybookPortal.Core.Access;
using PlaybookPortal.Core.Content;
using PlaybookPortal.Core.Importing;

namespace PlaybookPortal.Data.Importing;

/// <summary>Everything the importer derived from one playbook file, before it is saved.</summary>
internal sealed record PlaybookDraft(
    DiscoveredPlaybook File,
    string SourceText,
    string ContentHash,
    FrontMatterDocument FrontMatter,
    PlaybookTextFacts Facts,
    string Title,
    bool TitleFromHeading,
    string? Summary,
    string? Category,
    Audience Audience,
    IReadOnlyList<ImportEntry> Problems)
{
    public PlaybookFrontMatter Fields => FrontMatter.Fields;
}
