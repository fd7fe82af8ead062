namespace PlaybookPortal.Components;

/// <summary>One row of the side-by-side view: the old line on the left, the new on the right.</summary>
public sealed record SideBySideRow(SideBySideCell Left, SideBySideCell Right)
{
    /// <summary>True when both halves are the same line.</summary>
    public bool IsUnchanged => Left.Kind == DiffLineKind.Unchanged && Right.Kind == DiffLineKind.Unchanged;
}
