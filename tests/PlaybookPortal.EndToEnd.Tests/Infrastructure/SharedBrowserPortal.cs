namespace PlaybookPortal.EndToEnd.Tests.Infrastructure;

/// <summary>Browser tests share one <see cref="BrowserPortal"/> and so run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class SharedBrowserPortal : ICollectionFixture<BrowserPortal>
{
    public const string Name = "browser portal";
}
