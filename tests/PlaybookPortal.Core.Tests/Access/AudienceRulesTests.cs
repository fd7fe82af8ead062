using PlaybookPortal.Core.Access;
using PlaybookPortal.Core.Content;

namespace PlaybookPortal.Core.Tests.Access;

public class AudienceRulesTests
{
    // One column per reader: rep (sdr), rep (ae), manager (sdr), editor, admin. 'Y' may read.
    private static readonly Reader[] Readers =
    [
        new("u1", PermissionRole.Rep, "sdr"),
        new("u2", PermissionRole.Rep, "ae"),
        new("u3", PermissionRole.Manager, "sdr"),
        new("u4", PermissionRole.Editor, null),
        new("u5", PermissionRole.Admin, null),
    ];

    public static TheoryData<string, string> PublishedMatrix => new()
    {
        { "*", "YYYYY" },
        { "!staff", "---YY" },
        { "role:rep", "YYYYY" },
        { "role:manager", "--YYY" },
        { "role:editor", "---YY" },
        { "role:admin", "---YY" },
        { "position:ae", "-Y-YY" },
        { "position:sdr", "Y-YYY" },
        { "role:manager;position:ae", "-YYYY" },
    };

    public static TheoryData<string, PlaybookStatus> HiddenStatuses => new()
    {
        { "*", PlaybookStatus.Draft },
        { "*", PlaybookStatus.Archived },
        { "role:rep", PlaybookStatus.Draft },
        { "position:ae", PlaybookStatus.Archived },
        { "!staff", PlaybookStatus.Draft },
    };

    [Theory]
    [MemberData(nameof(PublishedMatrix))]
    public void CanRead_Published_FollowsRolesAndPositions(string audience, string expected)
    {
        var parsed = Audience.FromStorage(audience);

        var actual = string.Concat(Readers.Select(r =>
            AudienceRules.CanRead(r, parsed, PlaybookStatus.Published) ? 'Y' : '-'));

        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(HiddenStatuses))]
    public void CanRead_DraftOrArchived_OnlyEditorsAndAdmins(string audience, PlaybookStatus status)
    {
        var parsed = Audience.FromStorage(audience);

        var actual = string.Concat(Readers.Select(r =>
            AudienceRules.CanRead(r, parsed, status) ? 'Y' : '-'));

        Assert.Equal("---YY", actual);
    }

    [Fact]
    public void CanRead_PositionInOtherCase_Matches()
    {
        var reader = new Reader("u", PermissionRole.Rep, "AE");
        var audience = Audience.FromStorage("position:ae");

        var canRead = AudienceRules.CanRead(reader, audience, PlaybookStatus.Published);

        Assert.True(canRead);
    }

    [Fact]
    public void CanRead_UndefinedRole_IsRefused()
    {
        var reader = new Reader("u", (PermissionRole)42, null);

        var canRead = AudienceRules.CanRead(reader, Audience.Everyone, PlaybookStatus.Published);

        Assert.False(canRead);
    }

    [Fact]
    public void CanRead_UndefinedStatus_IsRefusedToReps()
    {
        var reader = new Reader("u", PermissionRole.Manager, null);

        var canRead = AudienceRules.CanRead(reader, Audience.Everyone, (PlaybookStatus)9);

        Assert.False(canRead);
    }
}
