namespace PlaybookPortal.Data.Changes;

/// <summary>
/// The single row that hands out change numbers. Incrementing it inside the transaction that
/// saves a change makes numbers commit in order on SQLite and PostgreSQL alike.
/// </summary>
public class ChangeCounter
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public long Value { get; set; }
}
