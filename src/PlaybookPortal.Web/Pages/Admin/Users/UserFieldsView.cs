using Microsoft.AspNetCore.Mvc.Rendering;

namespace PlaybookPortal.Web.Pages.Admin.Users;

/// <summary>What the shared user fields partial needs: the values and the choices.</summary>
public sealed record UserFieldsView(
    UserInput Input,
    IReadOnlyList<SelectListItem> Roles,
    IReadOnlyList<SelectListItem> Positions,
    IReadOnlyList<SelectListItem> Teams);
