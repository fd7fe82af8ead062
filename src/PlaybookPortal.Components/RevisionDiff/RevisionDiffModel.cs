namespace PlaybookPortal.Components;

/// <summary>
/// The differences between two revisions of a playbook, ready for <see cref="InlineDiff"/>,
/// <see cref="SideBySideDiff"/> and <see cref="DiffSummary"/>. Built by
/// <see cref="RevisionDiffBuilder"/>; immutable.
/// </summary>
/// <param name="Inline">The inline view's rows, unchanged stretches collapsed to gaps.</param>
/// <param name="SideBySide">The side-by-side view's rows, collapsed the same way.</param>
/// <param name="Added">Lines only in the new revision that do not stand opposite an old line.</param>
/// <param name="Removed">Lines only in the old revision that do not stand opposite a new line.</param>
/// <param name="Changed">Lines edited in place: an old line shown opposite its new form.</param>
public sealed record RevisionDiffModel(
    IReadOnlyList<DiffRow<InlineDiffLine>> Inline,
    IReadOnlyList<DiffRow<SideBySideRow>> SideBySide,
    int Added,
    int Removed,
    int Changed)
{
    /// <summary>True when the revisions differ in at least one line.</summary>
    public bool HasChanges => Added + Removed + Changed > 0;
}
