using System.ComponentModel.DataAnnotations;

namespace PlaybookPortal.Web.Pages.Skills;

/// <summary>The form to record an assessment; everything typed comes back on an error.</summary>
public sealed class AssessmentInput
{
    [Display(Name = "Skill")]
    [Required(ErrorMessage = "Choose the skill you assess.")]
    public string? SkillId { get; set; }

    [Display(Name = "Level")]
    [Required(ErrorMessage = "Choose a level from 0 to 4.")]
    [Range(0, 4, ErrorMessage = "Choose a level from 0 to 4.")]
    public int? Level { get; set; }

    [Display(Name = "Note")]
    [StringLength(4000, ErrorMessage = "Keep the note under 4,000 characters.")]
    public string? Note { get; set; }
}
