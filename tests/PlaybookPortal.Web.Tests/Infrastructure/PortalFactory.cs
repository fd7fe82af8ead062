using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Data;
using PlaybookPortal.Data.People;

namespace PlaybookPortal.Web.Tests.Infrastructure;

/// <summary>
/// The portal on a real SQLite file and the <see cref="TestContent"/> root, both in a temporary
/// folder, imported exactly as at a real start. Shared by the tests of one collection; each
/// test creates the users it needs.
/// </summary>
public sealed class PortalFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminEmail = "admin@test.local";
    public const string AdminPassword = "admin-password-for-tests";

    private readonly string _root;
    private readonly bool _ownsRoot;
    private readonly bool _importOnStart;

    public PortalFactory()
        : this(Path.Combine(Path.GetTempPath(), "portal-tests-" + Guid.NewGuid().ToString("N")), ownsRoot: true)
    {
    }

    private PortalFactory(string root, bool ownsRoot, bool importOnStart = true)
    {
        _root = root;
        _ownsRoot = ownsRoot;
        _importOnStart = importOnStart;
    }

    public string Root => _root;

    /// <summary>A second start over the files of a stopped portal, for restart tests; deletes them at the end.</summary>
    public static PortalFactory Restart(string root) => new(root, ownsRoot: true);

    /// <summary>
    /// A start that imports nothing, over a data folder restored from a backup: whatever it
    /// serves came from the restored database. Deletes the folder at the end.
    /// </summary>
    public static PortalFactory WithoutImport(string root) => new(root, ownsRoot: true, importOnStart: false);

    public string ContentRoot => Path.Combine(_root, "content");

    public string DataRoot => Path.Combine(_root, "data");

    public async Task InitializeAsync()
    {
        if (!Directory.Exists(ContentRoot))
        {
            TestContent.WriteTo(ContentRoot);
        }

        using var client = CreateClient();
        for (var attempt = 0; attempt < 300; attempt++)
        {
            using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
            if (response.IsSuccessStatusCode)
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The portal did not become ready within 30 seconds.");
    }

    /// <summary>Shuts the portal down as a process exit would, leaving its files for a second start.</summary>
    public async Task StopKeepingFilesAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_ownsRoot && Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Portal:ContentPath", ContentRoot);
        builder.UseSetting("Portal:DataPath", DataRoot);
        builder.UseSetting("Portal:AdminEmail", AdminEmail);
        builder.UseSetting("Portal:AdminPassword", AdminPassword);
        builder.UseSetting("Portal:LockoutMinutes", "5");
        builder.UseSetting("Portal:ImportOnStart", _importOnStart ? "true" : "false");
    }

    /// <summary>Creates a user with a unique email and returns a client signed in as them.</summary>
    public async Task<SignedInClient> SignInNewUserAsync(
        PermissionRole role, string? positionId = null, string? teamName = null)
    {
        var email = $"{role.ToString().ToLowerInvariant()}-{Guid.NewGuid():N}@test.local";
        const string password = "a-long-test-password";
        await CreateUserAsync(email, password, role, positionId, teamName);
        return await SignInAsync(email, password);
    }

    public async Task<PortalUser> CreateUserAsync(
        string email, string password, PermissionRole role, string? positionId = null, string? teamName = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        int? teamId = null;
        if (teamName is not null)
        {
            var team = await db.Teams.FirstOrDefaultAsync(t => t.Name == teamName)
                ?? db.Teams.Add(new Team { Name = teamName }).Entity;
            await db.SaveChangesAsync();
            teamId = team.Id;
        }

        var user = new PortalUser
        {
            UserName = email, Email = email, DisplayName = email.Split('@')[0], Role = role,
            PositionId = positionId, TeamId = teamId, CreatedUtc = DateTime.UtcNow,
        };
        var result = await users.CreateAsync(user, password);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
        return user;
    }

    public async Task<SignedInClient> SignInAsync(string email, string password)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var signedIn = new SignedInClient(client, email);
        using var response = await signedIn.PostFormAsync("/account/login", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return signedIn;
    }

    /// <summary>Runs <paramref name="work"/> against the database in a scope of its own.</summary>
    public async Task WithDbAsync(Func<PortalDbContext, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }
}
