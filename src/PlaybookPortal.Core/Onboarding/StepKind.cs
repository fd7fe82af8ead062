namespace PlaybookPortal.Core.Onboarding;

/// <summary>What a rep does to complete an onboarding step.</summary>
public enum StepKind
{
    /// <summary>Read a playbook; done when the rep acknowledges its current revision.</summary>
    Read = 0,

    /// <summary>Something the rep does and ticks off, with an optional note or link as evidence.</summary>
    Task = 1,

    /// <summary>Done when the rep's manager or an editor signs it off with a note.</summary>
    Signoff = 2,

    /// <summary>Done when the rep's current level on a skill reaches the step's level.</summary>
    Assessment = 3,
}
