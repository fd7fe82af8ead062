namespace PlaybookPortal.Components;

public enum StepListState
{
    Open = 0,

    Overdue = 1,

    Done = 2,

    /// <summary>A read step done before its playbook changed materially; to read again.</summary>
    Reopened = 3,
}
