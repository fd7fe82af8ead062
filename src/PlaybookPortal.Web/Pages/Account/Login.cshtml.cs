using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using PlaybookPortal.Data.People;
using PlaybookPortal.Web.Hosting;

namespace PlaybookPortal.Web.Pages.Account;

public sealed class LoginModel(
    SignInManager<PortalUser> signIn, UserManager<PortalUser> users, IOptions<PortalOptions> options) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public int LockoutMinutes => options.Value.LockoutMinutes;

    public IActionResult OnGet() =>
        User.Identity?.IsAuthenticated == true ? LocalRedirect(SafeReturnUrl) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        // A disabled account gets the same answer as a wrong password: nothing to probe.
        var user = await users.FindByEmailAsync(Input.Email);
        if (user is null || user.IsDisabled)
        {
            ModelState.AddModelError(string.Empty, "The email or password is not correct.");
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(user, Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturnUrl);
        }

        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? $"This account is locked after 5 failed attempts. Try again in {LockoutMinutes} minutes or ask an admin to unlock it."
            : "The email or password is not correct.");
        return Page();
    }

    private string SafeReturnUrl => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";

    public sealed class InputModel
    {
        [Required, EmailAddress]
        [Display(Name = "Email")]
        public string Email { get; set; } = "";

        [Required, DataType(DataType.Password)]
        [Display(Name = "Password")]
        public string Password { get; set; } = "";

        [Display(Name = "Keep me signed in")]
        public bool RememberMe { get; set; }
    }
}
