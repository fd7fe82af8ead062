using System.Net;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Web.Tests.Infrastructure;

namespace PlaybookPortal.Web.Tests.Access;

/// <summary>A form posted where no handler takes it is a 404, never a half-rendered page.</summary>
[Collection(SharedPortal.Name)]
public sealed class UnknownHandlerTests(PortalFactory portal)
{
    [Theory]
    [InlineData(PermissionRole.Rep, "/playbooks/general/welcome", null)]
    [InlineData(PermissionRole.Editor, "/edit/general/welcome", null)]
    [InlineData(PermissionRole.Editor, "/edit/general/welcome", "Bogus")]
    [InlineData(PermissionRole.Editor, "/history/general/welcome", null)]
    [InlineData(PermissionRole.Editor, "/acknowledgements/general/welcome", null)]
    public async Task PostWithoutAHandler_Is404(PermissionRole role, string path, string? handler)
    {
        using var user = await portal.SignInNewUserAsync(role);

        using var response = await user.PostFormAsync(path, new Dictionary<string, string>(), handler);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
