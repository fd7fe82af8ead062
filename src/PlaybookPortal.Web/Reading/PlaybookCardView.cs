using PlaybookPortal.Components;
using PlaybookPortal.Data.Catalog;

namespace PlaybookPortal.Web.Reading;

/// <summary>Maps a catalog entry to the card component's model.</summary>
public sealed record PlaybookCardView(PlaybookCardModel Card)
{
    public static PlaybookCardView From(PlaybookEntry entry, ReaderView view, DateOnly? today = null) => new(
        new PlaybookCardModel(
            entry.Title,
            PortalUrls.Playbook(entry.Slug),
            entry.Summary,
            CategoryNames.Display(entry.Category ?? ReaderView.GeneralCategory),
            entry.Tags,
            entry.Status.ToString(),
            today is { } day && entry.IsDueForReview(day)));
}
