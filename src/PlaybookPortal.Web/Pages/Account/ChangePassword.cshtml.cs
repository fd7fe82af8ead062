using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlaybookPortal.Data.People;

namespace PlaybookPortal.Web.Pages.Account;

/// <summary>
/// A signed-in user changes their own password. The current one is asked for, so a session
/// left open on a shared machine cannot be used to take the account over.
/// </summary>
public sealed class ChangePasswordModel(UserManager<PortalUser> users, SignInManager<PortalUser> signIn) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var (field, message) = error.Code == "PasswordMismatch"
                    ? ("Input.CurrentPassword", "That is not your current password.")
                    : ("Input.Password", error.Description);
                ModelState.AddModelError(field, message);
            }

            return Page();
        }

        // The security stamp changed: other sessions end, this one carries on signed in.
        await signIn.RefreshSignInAsync(user);
        TempData["StatusMessage"] = "Your password has been changed.";
        return RedirectToPage();
    }

    public sealed class InputModel
    {
        [Required, DataType(DataType.Password)]
        [Display(Name = "Current password")]
        public string CurrentPassword { get; set; } = "";

        [Required, DataType(DataType.Password), StringLength(200, MinimumLength = 12)]
        [Display(Name = "New password")]
        public string Password { get; set; } = "";

        [Required, DataType(DataType.Password), Compare(nameof(Password), ErrorMessage = "The passwords do not match.")]
        [Display(Name = "Repeat the new password")]
        public string ConfirmPassword { get; set; } = "";
    }
}
