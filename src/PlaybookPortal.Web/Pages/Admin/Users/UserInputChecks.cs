using Microsoft.AspNetCore.Mvc.ModelBinding;
using PlaybookPortal.Data.People;
using PlaybookPortal.Web.People;

namespace PlaybookPortal.Web.Pages.Admin.Users;

/// <summary>Server-side checks and mapping for <see cref="UserInput"/>.</summary>
internal static class UserInputChecks
{
    public static async Task ValidateAsync(
        UserInput input, UserDirectory directory, ModelStateDictionary modelState, CancellationToken cancellationToken)
    {
        input.PositionId = string.IsNullOrWhiteSpace(input.PositionId) ? null : input.PositionId;
        if (!await directory.PositionExistsAsync(input.PositionId, cancellationToken))
        {
            modelState.AddModelError("Input.PositionId", "Choose a position from the catalog.");
        }

        if (!await directory.TeamExistsAsync(input.TeamId, cancellationToken))
        {
            modelState.AddModelError("Input.TeamId", "Choose an existing team.");
        }
    }

    public static void Apply(UserInput input, PortalUser user)
    {
        user.DisplayName = input.DisplayName.Trim();
        user.Email = input.Email.Trim();
        user.UserName = input.Email.Trim();
        user.Role = input.Role;
        user.PositionId = input.PositionId;
        user.TeamId = input.TeamId;
    }
}
