namespace PlaybookPortal.Web.Tests.Infrastructure;

/// <summary>Tests in this collection share one portal instance (start-up and import run once).</summary>
[CollectionDefinition(Name)]
public sealed class SharedPortal : ICollectionFixture<PortalFactory>
{
    public const string Name = "portal";
}
