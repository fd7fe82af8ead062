using PlaybookPortal.Data.Catalog;

namespace PlaybookPortal.Web.Acknowledging;

/// <summary>A playbook waiting for this reader's acknowledgement, and when it changed (portal time).</summary>
public sealed record AcknowledgementRequest(PlaybookEntry Playbook, DateTime ChangedLocal);
