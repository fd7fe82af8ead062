using PlaybookPortal.Components;

namespace PlaybookPortal.Web.Acknowledging;

/// <summary>
/// What a reader is asked to confirm: the current revision and, when there is an earlier
/// revision to start from, what changed since then.
/// </summary>
/// <param name="CurrentRevisionId">The revision a confirmation records.</param>
/// <param name="CurrentNumber">Its number, as the history shows it.</param>
/// <param name="SinceNumber">The revision the differences start from; null when the reader never confirmed any.</param>
/// <param name="Diff">The differences since <paramref name="SinceNumber"/>; null when there is nothing to compare with.</param>
/// <param name="AlreadyConfirmed">The reader confirmed the current revision already.</param>
public sealed record AcknowledgementReview(
    long CurrentRevisionId,
    int CurrentNumber,
    int? SinceNumber,
    RevisionDiffModel? Diff,
    bool AlreadyConfirmed);
