using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Data.People;
using PlaybookPortal.Web.Identity;
using PlaybookPortal.Web.People;

namespace PlaybookPortal.Web.Pages.Admin.Users;

public sealed class EditModel(
    UserManager<PortalUser> users, UserDirectory directory, PasswordResetLinks links, TimeProvider time) : PageModel
{
    [BindProperty]
    public UserInput Input { get; set; } = new();

    public PortalUser Subject { get; private set; } = null!;

    public UserFieldsView Fields { get; private set; } = null!;

    public bool IsLockedOut { get; private set; }

    public string? ResetLink { get; private set; }

    public IReadOnlyList<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> TeamsLed { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = new UserInput
        {
            DisplayName = Subject.DisplayName, Email = Subject.Email ?? "", Role = Subject.Role,
            PositionId = Subject.PositionId, TeamId = Subject.TeamId,
        };
        ResetLink = TempData["ResetLink"] as string;
        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        await UserInputChecks.ValidateAsync(Input, directory, ModelState, cancellationToken);
        if (Subject.Role == PermissionRole.Admin && Input.Role != PermissionRole.Admin
            && await directory.IsLastActiveAdminAsync(Subject.Id, cancellationToken))
        {
            ModelState.AddModelError("Input.Role", "This is the last active admin; make someone else an admin first.");
        }

        if (!ModelState.IsValid)
        {
            await LoadChoicesAsync(cancellationToken);
            return Page();
        }

        UserInputChecks.Apply(Input, Subject);
        var result = await users.UpdateAsync(Subject);
        return await FinishAsync(result, $"{Subject.DisplayName} was saved.", cancellationToken);
    }

    public async Task<IActionResult> OnPostDisableAsync(string id, bool disable, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (disable && Subject.Role == PermissionRole.Admin
            && await directory.IsLastActiveAdminAsync(Subject.Id, cancellationToken))
        {
            TempData["StatusMessage"] = "The last active admin cannot be disabled.";
            return Redirect($"/admin/users/{id}");
        }

        Subject.IsDisabled = disable;
        await users.UpdateAsync(Subject);

        // A new security stamp ends every session of the user at their next request.
        var result = await users.UpdateSecurityStampAsync(Subject);
        var message = disable ? $"{Subject.DisplayName} is disabled." : $"{Subject.DisplayName} is active again.";
        return await FinishAsync(result, message, cancellationToken);
    }

    public async Task<IActionResult> OnPostUnlockAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        await users.ResetAccessFailedCountAsync(Subject);
        var result = await users.SetLockoutEndDateAsync(Subject, null);
        return await FinishAsync(result, $"{Subject.DisplayName} is unlocked.", cancellationToken);
    }

    public async Task<IActionResult> OnPostResetLinkAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        TempData["ResetLink"] = await links.CreateAsync(Subject, Request);
        TempData["StatusMessage"] = "A reset link was issued. Hand it to the person; it works once.";
        return Redirect($"/admin/users/{id}");
    }

    private async Task<IActionResult> FinishAsync(IdentityResult result, string message, CancellationToken cancellationToken)
    {
        if (result.Succeeded)
        {
            TempData["StatusMessage"] = message;
            return Redirect($"/admin/users/{Subject.Id}");
        }

        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(string.Empty, error.Description);
        }

        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return false;
        }

        Subject = user;
        IsLockedOut = user.LockoutEnd > time.GetUtcNow();
        return !cancellationToken.IsCancellationRequested;
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        Fields = new UserFieldsView(
            Input, UserDirectory.RoleChoices(), await directory.PositionChoicesAsync(cancellationToken),
            await directory.TeamChoicesAsync(cancellationToken));
        TeamsLed = await directory.TeamsLedByAsync(Subject.Id, cancellationToken);
    }
}
