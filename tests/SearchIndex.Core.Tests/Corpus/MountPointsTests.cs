using SearchIndex.Core.Corpus;

namespace SearchIndex.Core.Tests.Corpus;

public class MountPointsTests
{
    [Fact]
    public void Mount_points_are_the_fifth_field_with_their_octal_escapes_decoded()
    {
        var points = MountPoints.Parse([
            "22 27 0:21 / /proc rw,relatime - proc proc rw",
            @"98 27 0:50 / /srv/arsip\040berita rw,relatime - nfs4 server:/export rw",
            @"99 27 0:51 / /srv/tab\011and\134back rw - tmpfs tmpfs rw",
            "100 27 0:52 / /srv/berita-ñ rw - tmpfs tmpfs rw",
            "short line",
        ]);

        string[] expected = ["/proc", "/srv/arsip berita", "/srv/tab\tand\\back", "/srv/berita-ñ"];
        Assert.Equal(expected.Order(StringComparer.Ordinal), points.Order(StringComparer.Ordinal));
    }
}
