using PlaybookPortal.Core.Skills.Gaps;
using PlaybookPortal.Data.Catalog;

namespace PlaybookPortal.Web.Pages.Skills;

/// <summary>One skill of a rep's plan with the playbooks (readable by viewer and rep) and shared onboarding steps for it.</summary>
public sealed record PlanEntry(PlanGap Gap, IReadOnlyList<PlaybookEntry> Playbooks, IReadOnlyList<PlanStep> Steps);
