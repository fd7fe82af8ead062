using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlaybookPortal.Data.Onboarding;
using PlaybookPortal.Data.People;
using PlaybookPortal.Web.Hosting;
using PlaybookPortal.Web.Identity;
using PlaybookPortal.Web.People;

namespace PlaybookPortal.Web.Pages.Admin.Users;

public sealed class CreateModel(
    UserManager<PortalUser> users, UserDirectory directory, PasswordResetLinks links, AutoEnroller enroller,
    PortalClock clock, TimeProvider time) : PageModel
{
    [BindProperty]
    public UserInput Input { get; set; } = new();

    [BindProperty]
    [DataType(DataType.Password), StringLength(200, MinimumLength = 12)]
    [Display(Name = "Initial password")]
    public string? Password { get; set; }

    public UserFieldsView Fields { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await UserInputChecks.ValidateAsync(Input, directory, ModelState, cancellationToken);
        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        var user = new PortalUser { UserName = Input.Email, CreatedUtc = time.GetUtcNow().UtcDateTime };
        UserInputChecks.Apply(Input, user);
        var result = string.IsNullOrEmpty(Password)
            ? await users.CreateAsync(user)
            : await users.CreateAsync(user, Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, error.Description);
            }

            await LoadAsync(cancellationToken);
            return Page();
        }

        // Only a new user is enrolled by position; changing a position later enrolls nobody.
        var enrolled = await enroller.EnrollNewUserAsync(user.Id, clock.Today, cancellationToken);
        if (string.IsNullOrEmpty(Password))
        {
            TempData["ResetLink"] = await links.CreateAsync(user, Request);
        }

        TempData["StatusMessage"] = enrolled.Count == 0 ? $"{user.DisplayName} was added."
            : $"{user.DisplayName} was added and enrolled on {enrolled.Count} onboarding paths for their position.";
        return Redirect($"/admin/users/{user.Id}");
    }

    private async Task LoadAsync(CancellationToken cancellationToken) => Fields = new UserFieldsView(
        Input, UserDirectory.RoleChoices(), await directory.PositionChoicesAsync(cancellationToken),
        await directory.TeamChoicesAsync(cancellationToken));
}
