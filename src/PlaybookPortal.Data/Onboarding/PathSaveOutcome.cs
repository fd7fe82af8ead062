namespace PlaybookPortal.Data.Onboarding;

/// <summary>How a save from the browser editor ended.</summary>
public enum PathSaveOutcome
{
    Saved,

    /// <summary>The path does not exist (or is personal, which this editor does not edit).</summary>
    NotFound,

    /// <summary>Someone saved the path after the editor opened it; nothing was written.</summary>
    Stale,

    /// <summary>A new path's id is already used by another path.</summary>
    IdTaken,
}
