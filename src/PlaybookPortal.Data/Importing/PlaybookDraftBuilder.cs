using System.Text;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Core.Content;
using PlaybookPortal.Core.Importing;

namespace PlaybookPortal.Data.Importing;

/// <summary>
/// Turns one file into a <see cref="PlaybookDraft"/>: reads it verbatim, checks the content
/// limits, parses front matter and applies the defaults of PRODUCT.md. Pure apart from reading
/// the file.
/// </summary>
internal sealed class PlaybookDraftBuilder(
    IPlaybookTextAnalyzer analyzer, IReadOnlySet<string> knownPositionIds, IReadOnlySet<string>? knownSkillIds = null)
{
    public async Task<(PlaybookDraft? Draft, ImportEntry? Failure)> BuildAsync(
        DiscoveredPlaybook file, CancellationToken cancellationToken)
    {
        var bytes = await System.IO.File.ReadAllBytesAsync(file.FullPath, cancellationToken);
        if (ContentLimits.CheckBytes(bytes) is { } tooLarge)
        {
            return (null, Fail(file, tooLarge.Line, tooLarge.Message));
        }

        // Decoding the bytes directly keeps a byte-order mark as U+FEFF, so the stored source
        // and a later export stay byte for byte what was on disk.
        return Build(file, Encoding.UTF8.GetString(bytes));
    }

    /// <summary>The draft of source text that is already within the byte limit.</summary>
    public (PlaybookDraft? Draft, ImportEntry? Failure) Build(DiscoveredPlaybook file, string text)
    {
        var frontMatter = FrontMatterParser.Parse(text);
        var facts = analyzer.Analyze(frontMatter.Body);
        if (ContentLimits.CheckNesting(facts.MaxNestingDepth) is { } tooDeep)
        {
            return (null, Fail(file, null, tooDeep));
        }

        return (Compose(file, text, frontMatter, facts), null);
    }

    private PlaybookDraft Compose(
        DiscoveredPlaybook file, string text, FrontMatterDocument frontMatter, PlaybookTextFacts facts)
    {
        var problems = frontMatter.Problems
            .Select(p => new ImportEntry(file.RelativePath, OutcomeOf(p), p.Line, p.Message))
            .ToList();
        var fields = frontMatter.Fields;

        var audience = ResolveAudience(file, frontMatter, problems);
        WarnAboutUnknownSkills(file, fields, problems);
        var titleFromHeading = fields.Title is null && facts.TitleHeading is not null;
        var title = fields.Title ?? facts.TitleHeading ?? TitleFromFileName(file.RelativePath);

        return new PlaybookDraft(
            file, text, ContentHash.Compute(text), frontMatter, facts,
            title.Trim(), titleFromHeading,
            fields.Summary ?? facts.FirstParagraph,
            fields.Category ?? file.FolderCategory,
            audience, problems);
    }

    private Audience ResolveAudience(
        DiscoveredPlaybook file, FrontMatterDocument frontMatter, List<ImportEntry> problems)
    {
        // A front matter block that failed to parse may have hidden an audience: fail closed.
        if (frontMatter.Problems.Any(p => p.Severity == ProblemSeverity.Error))
        {
            return Audience.StaffOnly;
        }

        var parsed = AudienceParser.Parse(frontMatter.Fields.Audience, knownPositionIds);
        if (parsed.UnknownValues.Count > 0)
        {
            problems.Add(Fail(file, null,
                $"audience names no role or position: {string.Join(", ", parsed.UnknownValues)}; " +
                "readable by editors and admins only until fixed."));
        }

        return parsed.Audience;
    }

    // PRODUCT.md: unknown skill ids are kept (the catalog may gain them later) and warned about.
    private void WarnAboutUnknownSkills(DiscoveredPlaybook file, PlaybookFrontMatter fields, List<ImportEntry> problems)
    {
        var unknown = fields.Skills.Where(s => knownSkillIds is not null && !knownSkillIds.Contains(s.Trim().ToLowerInvariant())).ToList();
        if (unknown.Count > 0)
        {
            problems.Add(new ImportEntry(file.RelativePath, ImportOutcome.Warning, null,
                $"skills not in the catalog: {string.Join(", ", unknown)}; kept."));
        }
    }

    private static string TitleFromFileName(string relativePath)
    {
        var slug = SlugRules.FromRelativePath(relativePath);
        var name = slug[(slug.LastIndexOf('/') + 1)..].Replace('-', ' ').Replace('_', ' ');
        return name.Length == 0 ? relativePath : char.ToUpperInvariant(name[0]) + name[1..];
    }

    private static ImportOutcome OutcomeOf(ContentProblem problem) =>
        problem.Severity == ProblemSeverity.Error ? ImportOutcome.Failed : ImportOutcome.Warning;

    private static ImportEntry Fail(DiscoveredPlaybook file, int? line, string reason) =>
        new(file.RelativePath, ImportOutcome.Failed, line, reason);
}
