using Microsoft.AspNetCore.Authorization;
using PlaybookPortal.Core.Access;

namespace PlaybookPortal.Web.Identity;

/// <summary>The authorization policies, declared once and applied by folder convention.</summary>
public static class PortalPolicies
{
    public const string Manager = "manager";
    public const string Editor = "editor";
    public const string Admin = "admin";

    public static void Register(AuthorizationOptions options)
    {
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        options.AddPolicy(Manager, policy => policy.RequireAssertion(c => HasRole(c, PermissionRole.Manager)));
        options.AddPolicy(Editor, policy => policy.RequireAssertion(c => HasRole(c, PermissionRole.Editor)));
        options.AddPolicy(Admin, policy => policy.RequireAssertion(c => HasRole(c, PermissionRole.Admin)));
    }

    private static bool HasRole(AuthorizationHandlerContext context, PermissionRole minimum) =>
        context.User.GetPermissionRole() is { } role && role >= minimum;
}
