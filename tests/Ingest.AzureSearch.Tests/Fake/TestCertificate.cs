using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Ingest.AzureSearch.Tests.Fake;

/// <summary>
/// A self-signed server certificate for 127.0.0.1 and localhost, made once per test run: the SDK
/// talks https only, and the test client trusts exactly this certificate, nothing else.
/// </summary>
internal static class TestCertificate
{
    private static readonly Lazy<X509Certificate2> Certificate = new(Create);

    public static X509Certificate2 Instance => Certificate.Value;

    public static bool IsTheOne(X509Certificate? presented) =>
        presented is not null && string.Equals(presented.GetCertHashString(), Instance.GetCertHashString(), StringComparison.Ordinal);

    private static X509Certificate2 Create()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));

        // Kestrel needs the private key in a form it can use on every platform: a PKCS#12 round trip.
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), password: null);
    }
}
