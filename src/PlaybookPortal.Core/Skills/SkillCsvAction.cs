namespace PlaybookPortal.Core.Skills;

/// <summary>What importing one CSV row would do.</summary>
public enum SkillCsvAction
{
    Create,
    Update,
    Unchanged,
    Remove,
    Error,
}
