using System.Security.Claims;
using PlaybookPortal.Data.Catalog;
using PlaybookPortal.Web.Identity;

namespace PlaybookPortal.Web.Reading;

/// <summary>Builds the <see cref="ReaderView"/> for the signed-in user of this request.</summary>
public sealed class ReadableCatalog(PlaybookCatalog catalog)
{
    public async Task<ReaderView> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var reader = user.ToReader()
            ?? throw new InvalidOperationException("Reading requires a signed-in user.");
        var snapshot = await catalog.CurrentAsync(cancellationToken);
        return new ReaderView(snapshot, reader);
    }
}
