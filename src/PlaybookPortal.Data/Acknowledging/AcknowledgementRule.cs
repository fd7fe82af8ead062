using PlaybookPortal.Core.Onboarding;

namespace PlaybookPortal.Data.Acknowledging;

/// <summary>
/// Which playbooks ask their readers to acknowledge material changes: those whose front matter
/// sets <c>requires_ack</c>, and every playbook a current read step of a live onboarding path
/// points at (PRODUCT.md: <c>requires_ack</c> defaults to true for playbooks on paths).
/// </summary>
public static class AcknowledgementRule
{
    /// <summary>Ids of playbooks that a non-removed read step of a non-archived path reads.</summary>
    public static IQueryable<string> OnPathPlaybookIds(PortalDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.OnboardingSteps
            .Where(s => s.Kind == StepKind.Read && s.RemovedUtc == null && s.PlaybookId != null)
            .Where(s => db.OnboardingPaths.Any(p => p.Id == s.PathId && !p.IsArchived))
            .Select(s => s.PlaybookId!);
    }
}
