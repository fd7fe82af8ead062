using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlaybookPortal.Data.People;
using PlaybookPortal.Web.Identity;

namespace PlaybookPortal.Web.Pages.Account;

public sealed class ForgotPasswordModel(UserManager<PortalUser> users, PasswordResetLinks links) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        // The answer is the same whether or not the address belongs to anyone.
        var user = await users.FindByEmailAsync(Input.Email);
        if (user is { IsDisabled: false })
        {
            await links.SendAsync(user, Request, cancellationToken);
        }

        Sent = true;
        return Page();
    }

    public sealed class InputModel
    {
        [Required, EmailAddress]
        [Display(Name = "Email")]
        public string Email { get; set; } = "";
    }
}
