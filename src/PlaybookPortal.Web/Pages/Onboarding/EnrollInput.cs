using System.ComponentModel.DataAnnotations;

namespace PlaybookPortal.Web.Pages.Onboarding;

public sealed class EnrollInput
{
    [Display(Name = "Person")]
    [Required(ErrorMessage = "Choose a person.")]
    public string? UserId { get; set; }

    [Display(Name = "Path")]
    [Required(ErrorMessage = "Choose a path.")]
    public string? PathId { get; set; }

    [Display(Name = "Start date (day 0)")]
    [Required(ErrorMessage = "Enter the start date.")]
    public DateOnly? StartDate { get; set; }

    /// <summary>Set once the flags were shown and the person enrolling goes ahead anyway.</summary>
    public bool EnrollDespiteFlags { get; set; }
}
