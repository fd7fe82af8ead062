namespace PlaybookPortal.Components;

/// <summary>
/// The team table's sortable columns. The lower-case name is what <c>?sort=</c> carries, so a
/// sorted view is a plain link that works without JavaScript.
/// </summary>
public enum TeamSort
{
    Rep,
    Team,
    Path,
    Start,
    Percent,
    Expected,
    Gap,
    Overdue,
    Finish,
    Status,
}
