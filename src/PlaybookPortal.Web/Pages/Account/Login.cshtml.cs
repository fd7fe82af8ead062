using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using PlaybookPortal.Data.People;
using PlaybookPortal.Web.Hosting;
using PlaybookPortal.Web.Identity;

namespace PlaybookPortal.Web.Pages.Account;

public sealed class LoginModel(
    SignInManager<PortalUser> signIn, UserManager<PortalUser> users, UnknownAccountAttempts unknownAttempts,
    IOptions<PortalOptions> options) : PageModel
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

        // An unknown or disabled address gets exactly the answers a real account would get,
        // including "locked" after five tries: nothing here tells which addresses exist.
        var user = await users.FindByEmailAsync(Input.Email);
        if (user is null || user.IsDisabled)
        {
            return Refuse(unknownAttempts.FailAndCheckLocked(Input.Email));
        }

        var result = await signIn.PasswordSignInAsync(user, Input.Password, Input.RememberMe, lockoutOnFailure: true);
        return result.Succeeded ? LocalRedirect(SafeReturnUrl) : Refuse(result.IsLockedOut);
    }

    private PageResult Refuse(bool lockedOut)
    {
        ModelState.AddModelError(string.Empty, lockedOut
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
