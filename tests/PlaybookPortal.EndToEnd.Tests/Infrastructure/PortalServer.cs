using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Data.People;

namespace PlaybookPortal.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The portal on real Kestrel at 127.0.0.1 and a free port, because a browser cannot reach
/// the in-memory TestServer. Content and data live in one temporary folder.
/// </summary>
public sealed class PortalServer : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@e2e.local";
    public const string AdminPassword = "admin-password-for-e2e";

    private readonly string _root =
        Path.Combine(Path.GetTempPath(), "portal-e2e-" + Guid.NewGuid().ToString("N"));

    public PortalServer()
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
    }

    public Uri BaseAddress { get; private set; } = null!;

    public async Task StartAsync()
    {
        E2EContent.WriteTo(Path.Combine(_root, "content"));
        StartServer();

        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("Kestrel started without reporting its address.");
        BaseAddress = new Uri(addresses.Addresses.Single());
        await WaitUntilReadyAsync();
    }

    /// <summary>Creates a user with a unique email through Identity and returns the email.</summary>
    public async Task<string> CreateUserAsync(
        string displayName, string password, PermissionRole role, string? positionId = null)
    {
        var email = $"{displayName.Replace(' ', '.').ToLowerInvariant()}-{Guid.NewGuid():N}@e2e.local";
        var user = new PortalUser
        {
            UserName = email, Email = email, DisplayName = displayName, Role = role,
            PositionId = positionId, CreatedUtc = DateTime.UtcNow,
        };

        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var result = await users.CreateAsync(user, password);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
        return email;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();

        // SQLite keeps pooled connections (and so the file) open after the host stops.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Production, as operators run it: no developer exception page, HSTS on. Static web
        // assets (the scoped CSS bundles) still come from the build's manifest, because the
        // tests run from build output rather than a publish folder, where they would be files.
        builder.UseEnvironment("Production");
        builder.UseStaticWebAssets();
        builder.UseSetting("Portal:ContentPath", Path.Combine(_root, "content"));
        builder.UseSetting("Portal:DataPath", Path.Combine(_root, "data"));
        builder.UseSetting("Portal:AdminEmail", AdminEmail);
        builder.UseSetting("Portal:AdminPassword", AdminPassword);
    }

    // The start-up import runs in the background; /healthz answers 200 once it is done.
    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress };
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            using var response = await http.GetAsync(new Uri("/healthz", UriKind.Relative));
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"The portal at {BaseAddress} did not answer /healthz with 200 within 30 seconds.");
    }
}
