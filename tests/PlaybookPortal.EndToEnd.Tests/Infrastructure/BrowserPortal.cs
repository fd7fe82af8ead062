using Microsoft.Playwright;

namespace PlaybookPortal.EndToEnd.Tests.Infrastructure;

/// <summary>
/// One portal and one Chromium for the whole collection (start-up, import and browser launch
/// happen once); every test opens its own browser context, so cookies never leak between them.
/// </summary>
public sealed class BrowserPortal : IAsyncLifetime
{
    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 800 };

    private const float Timeout = 10_000;

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string? _adminState;

    public PortalServer Server { get; } = new();

    public async Task InitializeAsync()
    {
        if (!ChromiumLocation.IsInstalled)
        {
            // Outside CI every test is already skipped by its attribute; in CI they all fail here.
            if (ChromiumLocation.IsCi)
            {
                Assert.Fail(ChromiumLocation.MissingMessage);
            }

            return;
        }

        // Assertions wait as long as actions: a busy machine renders the first pages slowly.
        Assertions.SetDefaultExpectTimeout(Timeout);

        // Both take seconds and neither needs the other; the host starts synchronously inside.
        await Task.WhenAll(Task.Run(Server.StartAsync), LaunchBrowserAsync());
    }

    /// <summary>A fresh context (no cookies) whose relative URLs resolve against the portal.</summary>
    public Task<IBrowserContext> NewContextAsync(ViewportSize? viewport = null) =>
        NewContextAsync(viewport, storageState: null);

    /// <summary>
    /// A fresh context that starts signed in as the admin, for journeys that are not about
    /// signing in: the form is used once and its cookies are copied into every such context.
    /// </summary>
    public async Task<IBrowserContext> NewAdminContextAsync(ViewportSize? viewport = null)
    {
        // Tests of one collection run one at a time, so this lazy start needs no lock.
        if (_adminState is null)
        {
            await using var signingIn = await NewContextAsync();
            var page = await signingIn.NewPageAsync();
            await page.SignInAsAdminAsync();
            _adminState = await signingIn.StorageStateAsync();
        }

        return await NewContextAsync(viewport, _adminState);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Server.DisposeAsync();
    }

    private async Task<IBrowserContext> NewContextAsync(ViewportSize? viewport, string? storageState)
    {
        Assert.True(_browser is not null, ChromiumLocation.MissingMessage);
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.BaseAddress.ToString(),
            ViewportSize = viewport ?? Desktop,
            StorageState = storageState,
        });

        // A missing element should fail a journey in seconds, not after Playwright's 30.
        context.SetDefaultTimeout(Timeout);
        return context;
    }

    private async Task LaunchBrowserAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumLocation.Path,
            Headless = true,
            Args = ChromiumArgs,
        });
    }
}
