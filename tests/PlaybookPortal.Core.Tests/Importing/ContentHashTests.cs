using PlaybookPortal.Core.Importing;

namespace PlaybookPortal.Core.Tests.Importing;

public class ContentHashTests
{
    [Fact]
    public void Compute_KnownText_GivesLowerCaseSha256Hex()
    {
        var hash = ContentHash.Compute("abc");

        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", hash);
    }

    [Fact]
    public void Compute_LineEndingsDiffer_HashesDiffer()
    {
        var lf = ContentHash.Compute("a\nb\n");
        var crlf = ContentHash.Compute("a\r\nb\r\n");

        Assert.NotEqual(lf, crlf);
    }

    [Fact]
    public void Compute_NonAsciiText_HashesUtf8Bytes()
    {
        var hash = ContentHash.Compute("\u00fc");

        Assert.Equal("607474ca475a9724d7360aba71a56d5df77e61350e3f724cfa1f46e857e2d85f", hash);
    }
}
