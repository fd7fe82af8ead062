namespace PlaybookPortal.Core.Yaml;

/// <summary>A mapping key given a second time (compared without regard to case).</summary>
/// <param name="Key">The second spelling, as written.</param>
/// <param name="FirstKey">The first spelling, as written; its value is the one kept.</param>
/// <param name="Line">1-based line of the second key within the YAML text.</param>
/// <param name="FirstLine">1-based line of the first key within the YAML text.</param>
internal sealed record DuplicateKey(string Key, string FirstKey, int Line, int FirstLine);
