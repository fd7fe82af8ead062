namespace PlaybookPortal.Web.Pages.Onboarding.Paths;

/// <summary>The path editor's form; every field a string where the editor types, so nothing typed is lost.</summary>
public sealed class PathEditorInput
{
    /// <summary>The path's id: typed when creating (blank takes it from the title), fixed afterwards.</summary>
    public string? Id { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }

    public List<string> Positions { get; set; } = [];

    public List<PathStepInput> Steps { get; set; } = [];

    /// <summary>The path's version when the editor opened it, for optimistic concurrency.</summary>
    public int Version { get; set; }
}
