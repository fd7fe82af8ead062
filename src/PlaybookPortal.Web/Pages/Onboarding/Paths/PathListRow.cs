namespace PlaybookPortal.Web.Pages.Onboarding.Paths;

/// <summary>One path in the list of paths.</summary>
public sealed record PathListRow(
    string Id, string Title, IReadOnlyList<string> Positions, int StepCount, int OpenEnrollments,
    bool IsArchived, int FlagCount);
