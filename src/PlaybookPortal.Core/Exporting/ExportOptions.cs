namespace PlaybookPortal.Core.Exporting;

/// <summary>How an export treats files that changed on disk.</summary>
/// <param name="Force">
/// Overwrite (or, for a moved playbook's old file, delete) files that changed on disk since the
/// portal last saw them. Without it they are reported as conflicts and left untouched.
/// </param>
public sealed record ExportOptions(bool Force = false);
