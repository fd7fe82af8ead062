namespace PlaybookPortal.Data.Skills;

/// <summary>What importing one CSV row would do.</summary>
public enum AssessmentImportAction
{
    /// <summary>Adds an official assessment.</summary>
    Add = 0,

    /// <summary>Adds a self-assessment (the assessor is the rep).</summary>
    AddSelf = 1,

    /// <summary>The same assessment is already stored, or repeated earlier in the file.</summary>
    AlreadyPresent = 2,

    /// <summary>An empty level: the rep was not assessed, so nothing is recorded.</summary>
    NotAssessed = 3,

    /// <summary>The row has errors and is skipped.</summary>
    Error = 4,
}
