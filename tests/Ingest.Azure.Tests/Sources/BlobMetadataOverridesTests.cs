using System.Text;
using Ingest.Azure.Sources;
using Ingest.Pipeline.Documents;

namespace Ingest.Azure.Tests.Sources;

public sealed class BlobMetadataOverridesTests
{
    [Fact]
    public void FromBlobMetadata_NoKnownKeys_ReturnsNull() =>
        Assert.Null(BlobMetadataOverrides.FromBlobMetadata(new Dictionary<string, string> { ["owner"] = "x" }));

    [Fact]
    public void FromBlobMetadata_Base64Key_WinsOverThePlainKey()
    {
        var metadata = new Dictionary<string, string>
        {
            ["author"] = "Wang",
            ["author_b64"] = Convert.ToBase64String(Encoding.UTF8.GetBytes("王芳")),
        };

        Assert.Equal("王芳", BlobMetadataOverrides.FromBlobMetadata(metadata)?.Author);
    }

    [Fact]
    public void FromBlobMetadata_InvalidBase64_FallsBackToThePlainKey()
    {
        var metadata = new Dictionary<string, string> { ["source"] = "Xinhua", ["source_b64"] = "***" };

        Assert.Equal("Xinhua", BlobMetadataOverrides.FromBlobMetadata(metadata)?.Source);
    }

    [Fact]
    public void FromSidecar_UnparsableDate_KeepsTheOtherValues()
    {
        var result = BlobMetadataOverrides.FromSidecar("""{"title":"T","publishedAt":"someday"}"""u8);

        Assert.Equal(new DocumentMetadata { Title = "T" }, result);
    }

    [Fact]
    public void Combine_BothPresent_SidecarValuesWinAndMetadataFillsTheRest()
    {
        var fromMetadata = new DocumentMetadata { Title = "M", Language = "en" };
        var fromSidecar = new DocumentMetadata { Title = "S" };

        Assert.Equal(new DocumentMetadata { Title = "S", Language = "en" }, BlobMetadataOverrides.Combine(fromMetadata, fromSidecar));
    }
}
