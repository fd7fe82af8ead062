namespace PlaybookPortal.Core.Importing;

/// <summary>
/// Reads what the importer needs from a playbook's Markdown body (title heading, first
/// paragraph, nesting depth, link targets) without the importer knowing about Markdown.
/// Implementations must be thread-safe and must not throw for any input.
/// </summary>
public interface IPlaybookTextAnalyzer
{
    PlaybookTextFacts Analyze(string markdownBody);
}
