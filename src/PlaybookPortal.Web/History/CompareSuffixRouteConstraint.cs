namespace PlaybookPortal.Web.History;

/// <summary>
/// Matches a catch-all slug that ends in <c>/compare</c>, so <c>/history/{slug}/compare</c>
/// reaches the comparison page: a catch-all must be the last route segment, so the suffix is
/// part of the value. Written as a constraint rather than a regex so no escaping of the slash
/// inside a route template is needed.
/// </summary>
public sealed class CompareSuffixRouteConstraint : IRouteConstraint
{
    public const string Name = "comparesuffix";

    public const string Suffix = "/compare";

    public bool Match(
        HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values,
        RouteDirection routeDirection)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.TryGetValue(routeKey, out var value)
            && value is string slug
            && slug.Length > Suffix.Length
            && slug.EndsWith(Suffix, StringComparison.Ordinal);
    }
}
