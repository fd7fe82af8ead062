using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlaybookPortal.Data.People;

namespace PlaybookPortal.Web.Pages.Account;

public sealed class ResetPasswordModel(UserManager<PortalUser> users) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IActionResult OnGet(string? userId, string? token)
    {
        if (string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(token))
        {
            ModelState.AddModelError(string.Empty, "This reset link is incomplete. Ask for a new one.");
        }

        Input.UserId = userId ?? "";
        Input.Token = token ?? "";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        const string invalid = "This reset link is invalid or has expired. Ask for a new one.";
        var user = await users.FindByIdAsync(Input.UserId);
        if (user is null || user.IsDisabled)
        {
            ModelState.AddModelError(string.Empty, invalid);
            return Page();
        }

        var result = await users.ResetPasswordAsync(user, Input.Token, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var message = error.Code == "InvalidToken" ? invalid : error.Description;
                ModelState.AddModelError(string.Empty, message);
            }

            return Page();
        }

        // A reset also ends a lockout, so the user can sign in with the new password at once.
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        TempData["StatusMessage"] = "Your password has been changed. Sign in with the new one.";
        return RedirectToPage("/Account/Login");
    }

    public sealed class InputModel
    {
        [Required]
        public string UserId { get; set; } = "";

        [Required]
        public string Token { get; set; } = "";

        [Required, DataType(DataType.Password), StringLength(200, MinimumLength = 12)]
        [Display(Name = "New password")]
        public string Password { get; set; } = "";

        [Required, DataType(DataType.Password), Compare(nameof(Password), ErrorMessage = "The passwords do not match.")]
        [Display(Name = "Repeat the new password")]
        public string ConfirmPassword { get; set; } = "";
    }
}
