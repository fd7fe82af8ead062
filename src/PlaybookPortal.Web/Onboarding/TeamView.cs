using PlaybookPortal.Data.Onboarding;

namespace PlaybookPortal.Web.Onboarding;

/// <summary>
/// The team view for one viewer: the filtered, sorted enrollments and the choices the filters
/// offer (only teams and paths the viewer may see).
/// </summary>
public sealed record TeamView(
    IReadOnlyList<EnrollmentView> Rows,
    IReadOnlyList<TeamChoice> Teams,
    IReadOnlyList<PathChoice> Paths);
