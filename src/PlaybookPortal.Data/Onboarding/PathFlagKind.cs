namespace PlaybookPortal.Data.Onboarding;

/// <summary>What is wrong with a path, though it stays usable.</summary>
public enum PathFlagKind
{
    /// <summary>A read step's playbook may not be read by some of the path's positions.</summary>
    PlaybookNotReadable,

    /// <summary>A read step names no playbook that exists (or one that is archived).</summary>
    MissingPlaybook,

    /// <summary>The path names a position the catalog does not hold.</summary>
    UnknownPosition,

    /// <summary>An assessment step names a skill the catalog does not hold.</summary>
    UnknownSkill,
}
