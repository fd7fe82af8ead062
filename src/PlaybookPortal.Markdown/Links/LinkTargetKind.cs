namespace PlaybookPortal.Markdown.Links;

/// <summary>How the portal treats a link or image target.</summary>
internal enum LinkTargetKind
{
    /// <summary>No target at all.</summary>
    Missing,

    /// <summary><c>#anchor</c> in the same page.</summary>
    Fragment,

    /// <summary>http, https or mailto address (or <c>//host/…</c>).</summary>
    External,

    /// <summary>Relative or site-absolute path, resolved by the portal per request.</summary>
    Internal,

    /// <summary>Any other scheme (javascript:, vbscript:, data:, …): never linked.</summary>
    Unsafe,
}
