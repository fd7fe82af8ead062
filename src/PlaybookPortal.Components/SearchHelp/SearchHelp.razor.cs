namespace PlaybookPortal.Components;

/// <summary>
/// What to type in the search box: phrases, exclusions, prefixes and field filters, each with
/// an example. Shown instead of results when nothing was searched for yet.
/// </summary>
public partial class SearchHelp;
