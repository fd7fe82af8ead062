namespace PlaybookPortal.Core.People;

/// <summary>What importing one CSV row does to the user it names.</summary>
public enum UserImportAction
{
    /// <summary>No user has the row's email yet: an account is created without a password.</summary>
    Create,

    /// <summary>A user has the row's email: their profile is updated, their password never.</summary>
    Update,
}
