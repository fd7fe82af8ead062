using PlaybookPortal.Core.Access;

namespace PlaybookPortal.Core.Tests.Access;

public class AudienceTests
{
    [Theory]
    [InlineData("*")]
    [InlineData("!staff")]
    [InlineData("role:rep")]
    [InlineData("role:manager;position:ae")]
    [InlineData("position:ae;position:sdr")]
    public void FromStorage_TextWrittenByToStorage_RoundTrips(string storage)
    {
        var audience = Audience.FromStorage(storage);

        Assert.Equal(storage, audience.ToStorage());
    }

    [Theory]
    [InlineData("")]
    [InlineData("everyone")]
    [InlineData("role:boss")]
    [InlineData("role:2")]
    [InlineData("position:AE")]
    [InlineData("role:manager;;position:ae")]
    public void FromStorage_DamagedText_FailsClosed(string storage)
    {
        var audience = Audience.FromStorage(storage);

        Assert.True(audience.IsStaffOnly);
    }

    [Fact]
    public void Of_SameMembersInAnyOrder_AreEqualWithOneStorageForm()
    {
        var first = Audience.Of([PermissionRole.Manager, PermissionRole.Rep], ["sdr", "AE"]);
        var second = Audience.Of([PermissionRole.Rep, PermissionRole.Manager], ["ae", "sdr"]);

        Assert.Equal(first, second);
        Assert.Equal("role:rep;role:manager;position:ae;position:sdr", first.ToStorage());
    }

    [Fact]
    public void Of_NothingListed_IsStaffOnly()
    {
        var audience = Audience.Of([], []);

        Assert.Same(Audience.StaffOnly, audience);
    }

    [Fact]
    public void Of_MalformedPositionId_Throws()
    {
        Assert.Throws<ArgumentException>(() => Audience.Of([], ["a;role:admin"]));
    }
}
