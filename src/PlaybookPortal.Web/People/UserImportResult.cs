using PlaybookPortal.Core.People;

namespace PlaybookPortal.Web.People;

/// <summary>
/// The outcome of an import: saved (with counts), or not saved because the file no longer
/// passes its checks (the plan then lists why).
/// </summary>
public sealed record UserImportResult(
    bool Saved, UserImportPlan Plan, int Created, int Updated, int ResetLinksWritten, int Enrollments);
