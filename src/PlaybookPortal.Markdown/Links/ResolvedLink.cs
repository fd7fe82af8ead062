namespace PlaybookPortal.Markdown.Links;

/// <summary>
/// Where a <see cref="LinkPlaceholder"/> leads for the current reader: a portal page, an
/// external address, or nowhere (<see cref="Broken"/>). A link to a playbook the reader may not
/// read must be <see cref="Broken"/>, exactly like one to a playbook that does not exist.
/// </summary>
public sealed record ResolvedLink
{
    private ResolvedLink(string? href, bool isExternal)
    {
        Href = href;
        IsExternal = isExternal;
    }

    /// <summary>The target URL; null when the link is broken.</summary>
    public string? Href { get; }

    /// <summary>True when <see cref="Href"/> leaves the portal.</summary>
    public bool IsExternal { get; }

    /// <summary>True when the link leads nowhere the reader may go.</summary>
    public bool IsBroken => Href is null;

    /// <summary>A link that is shown as broken, with the original target in its title.</summary>
    public static ResolvedLink Broken { get; } = new(null, false);

    /// <summary>A link to a page of the portal, e.g. <c>/playbooks/sales/qbrs</c>.</summary>
    public static ResolvedLink Internal(string href)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(href);
        return new ResolvedLink(href, false);
    }

    /// <summary>A link that leaves the portal, e.g. to the handbook's original site.</summary>
    public static ResolvedLink External(string href)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(href);
        return new ResolvedLink(href, true);
    }
}
