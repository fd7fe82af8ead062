namespace PlaybookPortal.Core.Content;

/// <summary>
/// Puts each walked file where it belongs: a playbook candidate, an onboarding path, a
/// skills file, the position catalog, or skipped with a reason.
/// </summary>
internal sealed class ContentSorter(bool hasPlaybooksFolder)
{
    private const string PlaybooksPrefix = ContentDiscovery.PlaybooksFolder + "/";
    private const string OnboardingPrefix = "onboarding/";
    private const string SkillsPrefix = "skills/";

    /// <summary>Paths relative to the playbooks root; slugs not yet checked.</summary>
    public List<WalkedFile> PlaybookCandidates { get; } = [];

    public List<SkippedFile> Skipped { get; } = [];

    public List<string> OnboardingFiles { get; } = [];

    public List<string> SkillFiles { get; } = [];

    public string? PositionsFile { get; private set; }

    public void Add(WalkedFile file)
    {
        var path = file.RelativePath;
        if (!hasPlaybooksFolder)
        {
            AddPlaybook(file, path);
        }
        else if (path.StartsWith(PlaybooksPrefix, StringComparison.Ordinal))
        {
            AddPlaybook(file, path[PlaybooksPrefix.Length..]);
        }
        else if (path.StartsWith(OnboardingPrefix, StringComparison.Ordinal))
        {
            AddYaml(path, OnboardingFiles, path.IndexOf('/', OnboardingPrefix.Length) < 0,
                SkipReasons.NotOnboardingFile);
        }
        else if (path.StartsWith(SkillsPrefix, StringComparison.Ordinal))
        {
            AddYaml(path, SkillFiles, true, SkipReasons.NotSkillsFile);
        }
        else if (path == ContentDiscovery.PositionsFileName)
        {
            PositionsFile = path;
        }
        else
        {
            Skipped.Add(new SkippedFile(path, SkipReasons.OutsideContentFolders));
        }
    }

    private void AddYaml(string path, List<string> into, bool placeAllowed, string reason)
    {
        var isYaml = path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
        if (isYaml && placeAllowed)
        {
            into.Add(path);
        }
        else
        {
            Skipped.Add(new SkippedFile(path, reason));
        }
    }

    private void AddPlaybook(WalkedFile file, string playbookPath)
    {
        var name = Path.GetFileName(file.RelativePath);
        var reason = SlugRules.IsNoticeFileName(name) ? SkipReasons.Notice
            : SlugRules.PlaybookSuffixOf(name) is not null ? null
            : SlugRules.IsExtensionless(name) ? TextReason(file.FullPath)
            : SkipReasons.NotPlaybookType(name);
        if (reason is null)
        {
            PlaybookCandidates.Add(file with { RelativePath = playbookPath });
        }
        else
        {
            Skipped.Add(new SkippedFile(file.RelativePath, reason));
        }
    }

    private static string? TextReason(string fullPath)
    {
        try
        {
            return ContentDiscovery.LooksLikeText(fullPath) ? null : SkipReasons.Binary;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return SkipReasons.Unreadable;
        }
    }
}
