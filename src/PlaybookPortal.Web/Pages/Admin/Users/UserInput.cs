using System.ComponentModel.DataAnnotations;
using PlaybookPortal.Core.Access;

namespace PlaybookPortal.Web.Pages.Admin.Users;

/// <summary>The profile fields an admin sets on a user, shared by the create and edit forms.</summary>
public sealed class UserInput
{
    [Required, StringLength(200)]
    [Display(Name = "Name")]
    public string DisplayName { get; set; } = "";

    [Required, EmailAddress, StringLength(256)]
    [Display(Name = "Email")]
    public string Email { get; set; } = "";

    [Display(Name = "Permission role")]
    public PermissionRole Role { get; set; } = PermissionRole.Rep;

    [Display(Name = "Position")]
    public string? PositionId { get; set; }

    [Display(Name = "Team")]
    public int? TeamId { get; set; }
}
