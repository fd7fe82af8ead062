namespace PlaybookPortal.Core.Content;

/// <summary>Why <see cref="ContentDiscovery"/> skipped a file, worded for an editor.</summary>
/// <remarks>Constants, so equal reasons compare equal and can be counted. Thread-safe.</remarks>
public static class SkipReasons
{
    public const string HiddenFile = "hidden file";
    public const string HiddenFolder = "hidden folder (not entered)";
    public const string Notice = "licence or source notice";
    public const string Binary = "binary file";
    public const string Unreadable = "file could not be read";
    public const string UnreadableFolder = "folder could not be read";
    public const string FolderLink = "link to a folder (not followed)";
    public const string LinkOutsideRoot = "link to a file outside the content root";
    public const string BrokenLink = "broken link";
    public const string DuplicateSlug = "same slug as another file";
    public const string OutsideContentFolders = "not in playbooks/, onboarding/ or skills/";
    public const string NotOnboardingFile = "not an onboarding path (onboarding/*.yaml)";
    public const string NotSkillsFile = "not a skills file (skills/**/*.yaml)";

    /// <summary>The reason for a file of another type: "not a playbook file type (.png)".</summary>
    public static string NotPlaybookType(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);

        var dot = fileName.LastIndexOf('.');
        var extension = dot < 0 ? "" : fileName[dot..].ToLowerInvariant();
        return $"not a playbook file type ({extension})";
    }
}
