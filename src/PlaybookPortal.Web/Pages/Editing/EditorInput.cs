using System.ComponentModel.DataAnnotations;

namespace PlaybookPortal.Web.Pages.Editing;

/// <summary>
/// Everything the playbook editor form posts: the front matter fields as typed, the Markdown
/// body, the message and the chosen action. Kept as text so a refused value comes back exactly
/// as it was typed.
/// </summary>
public sealed class EditorInput
{
    [StringLength(300)]
    public string? Title { get; set; }

    [StringLength(2000)]
    public string? Summary { get; set; }

    [StringLength(200)]
    public string? Category { get; set; }

    [StringLength(1000)]
    public string? Tags { get; set; }

    [StringLength(1000)]
    public string? Audience { get; set; }

    [StringLength(200)]
    public string? Owner { get; set; }

    public string? Status { get; set; }

    public string? Language { get; set; }

    [StringLength(50)]
    public string? ReviewEvery { get; set; }

    [StringLength(50)]
    public string? LastReviewed { get; set; }

    /// <summary>"", "true" or "false": absent means the importer's default applies.</summary>
    public string? RequiresAck { get; set; }

    [StringLength(1000)]
    public string? Skills { get; set; }

    public bool NoIndex { get; set; }

    [StringLength(2000)]
    public string? RedirectTo { get; set; }

    public string Body { get; set; } = "";

    [StringLength(500)]
    public string? Message { get; set; }

    /// <summary>The revision the edit started from: the pending one when there is one.</summary>
    public long BaseRevisionId { get; set; }

    /// <summary>"material" or "minor"; required when publishing.</summary>
    public string? Change { get; set; }
}
