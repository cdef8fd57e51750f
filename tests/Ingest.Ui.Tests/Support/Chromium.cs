using Microsoft.Playwright;

namespace Ingest.Ui.Tests.Support;

/// <summary>
/// Debian's Chromium, driven by the Playwright driver that ships inside the NuGet package. The
/// browser is never downloaded: where it is missing, browser tests skip and say how to install it.
/// </summary>
internal static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";
    public const string SkipReason = "Chromium is not installed: apt-get install -y chromium";

    public static bool IsInstalled => File.Exists(ExecutablePath);

    public static BrowserTypeLaunchOptions LaunchOptions => new()
    {
        ExecutablePath = ExecutablePath,
        Headless = true,
        // No sandbox (containers run as root), and nothing that would reach the network.
        Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    };
}
