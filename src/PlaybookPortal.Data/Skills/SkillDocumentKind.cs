namespace PlaybookPortal.Data.Skills;

public enum SkillDocumentKind
{
    Catalog = 0,
    Targets = 1,
}
