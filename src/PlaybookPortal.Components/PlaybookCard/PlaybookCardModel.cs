namespace PlaybookPortal.Components;

/// <summary>
/// What a card shows of a playbook. <paramref name="Status"/> is "Published", "Draft" or
/// "Archived"; only the latter two are marked on the card.
/// </summary>
public sealed record PlaybookCardModel(
    string Title,
    string Url,
    string? Summary,
    string? Category,
    IReadOnlyList<string> Tags,
    string Status,
    bool DueForReview);
