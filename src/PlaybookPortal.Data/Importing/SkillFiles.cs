namespace PlaybookPortal.Data.Importing;

/// <summary>The two files of a content root's <c>skills/</c> folder the portal reads.</summary>
public static class SkillFiles
{
    public const string Catalog = "skills/catalog.yaml";

    public const string Targets = "skills/targets.yaml";

    /// <summary>True for the catalog's path, with either YAML extension.</summary>
    public static bool IsCatalog(string relativePath) => Is(relativePath, "skills/catalog");

    /// <summary>True for the targets' path, with either YAML extension.</summary>
    public static bool IsTargets(string relativePath) => Is(relativePath, "skills/targets");

    private static bool Is(string relativePath, string stem) =>
        relativePath.Equals(stem + ".yaml", StringComparison.Ordinal)
        || relativePath.Equals(stem + ".yml", StringComparison.Ordinal);
}
