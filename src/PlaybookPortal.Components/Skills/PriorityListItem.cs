using PlaybookPortal.Core.Skills.Gaps;

namespace PlaybookPortal.Components;

/// <summary>One ranked skill and the playbooks (readable by the viewer) that teach it.</summary>
public sealed record PriorityListItem(SkillPriority Priority, IReadOnlyList<PriorityPlaybook> Playbooks);
