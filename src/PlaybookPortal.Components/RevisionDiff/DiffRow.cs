namespace PlaybookPortal.Components;

/// <summary>
/// A row of a diff view: either a line (<see cref="Line"/> set) or a gap standing for
/// <see cref="HiddenLines"/> unchanged lines that are collapsed away from any change.
/// </summary>
/// <typeparam name="TLine">An <see cref="InlineDiffLine"/> or a <see cref="SideBySideRow"/>.</typeparam>
public sealed record DiffRow<TLine>(TLine? Line, int HiddenLines)
    where TLine : class
{
    /// <summary>True for a gap row.</summary>
    public bool IsGap => Line is null;
}
