namespace PlaybookPortal.Core.Csv;

/// <summary>One record as parsed, before headers mean anything: its cells, or why it is malformed.</summary>
internal sealed record CsvRecord(int Line, IReadOnlyList<string> Cells, string? Problem);
