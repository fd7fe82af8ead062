using PlaybookPortal.Core.Access;

namespace PlaybookPortal.Core.Tests.Access;

public class AudienceParserTests
{
    private static readonly HashSet<string> Positions = ["sdr", "ae", "sales-ops-manager"];

    [Fact]
    public void Parse_NoValues_IsEveryone()
    {
        var result = AudienceParser.Parse([], Positions);

        Assert.True(result.Audience.IsEveryone);
        Assert.Empty(result.UnknownValues);
    }

    [Fact]
    public void Parse_OnlyBlankValues_IsEveryone()
    {
        var result = AudienceParser.Parse(["", "  "], Positions);

        Assert.Same(Audience.Everyone, result.Audience);
    }

    [Theory]
    [InlineData("rep", PermissionRole.Rep)]
    [InlineData("Reps", PermissionRole.Rep)]
    [InlineData("MANAGER", PermissionRole.Manager)]
    [InlineData("managers", PermissionRole.Manager)]
    [InlineData("editor", PermissionRole.Editor)]
    [InlineData("Admins", PermissionRole.Admin)]
    public void Parse_RoleName_AnyCaseOrPlural_IsThatRole(string value, PermissionRole role)
    {
        var result = AudienceParser.Parse([value], Positions);

        Assert.Equal([role], result.Audience.Roles);
        Assert.Empty(result.Audience.PositionIds);
    }

    [Fact]
    public void Parse_PositionIdsInAnyCase_AreStoredLowerCase()
    {
        var result = AudienceParser.Parse(["AE", "Sales-Ops-Manager", "manager"], Positions);

        Assert.Equal(["ae", "sales-ops-manager"], result.Audience.PositionIds.Order());
        Assert.Equal([PermissionRole.Manager], result.Audience.Roles);
        Assert.Equal(
            "role:manager;position:ae;position:sales-ops-manager",
            result.Audience.ToStorage());
    }

    [Fact]
    public void Parse_UnknownValue_IsStaffOnlyAndNamesIt()
    {
        var result = AudienceParser.Parse(["ae", "everyone", "vp-sales"], Positions);

        Assert.True(result.Audience.IsStaffOnly);
        Assert.Equal(["everyone", "vp-sales"], result.UnknownValues);
    }

    [Fact]
    public void Parse_CatalogWithUpperCaseIds_StillMatches()
    {
        var result = AudienceParser.Parse(["csm"], new HashSet<string> { "CSM" });

        Assert.Equal(["csm"], result.Audience.PositionIds);
    }
}
