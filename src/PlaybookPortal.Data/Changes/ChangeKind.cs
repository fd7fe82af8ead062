namespace PlaybookPortal.Data.Changes;

/// <summary>What kind of change search must follow.</summary>
public enum ChangeKind
{
    Published = 0,
    StatusChanged = 1,
    AudienceChanged = 2,
    Archived = 3,
    Moved = 4,
}
