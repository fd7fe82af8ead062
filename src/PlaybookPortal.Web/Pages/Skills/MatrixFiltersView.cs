namespace PlaybookPortal.Web.Pages.Skills;

/// <summary>What the shared filter form needs: where it submits, the choices and the current values.</summary>
public sealed record MatrixFiltersView(string Action, MatrixFilterOptions Options, int? Team, string? Position);
