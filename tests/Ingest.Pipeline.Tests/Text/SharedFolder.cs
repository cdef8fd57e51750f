namespace Ingest.Pipeline.Tests.Text;

/// <summary>
/// Finds the project's shared folder (evaluation data kept outside the repository). It sits next to
/// the repository root; INGEST_SHARED overrides the location.
/// </summary>
internal static class SharedFolder
{
    public const string EnvironmentVariable = "INGEST_SHARED";

    /// <summary>The path where the shared folder is expected (it may not exist).</summary>
    public static string Locate()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return Path.GetFullPath(fromEnvironment);
        }

        // The repository root is the first ancestor of the test binaries holding Ingest.sln;
        // shared/ is its sibling both on a developer machine and in CI's fresh clone.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Ingest.sln")))
            {
                return Path.Combine(dir.Parent?.FullName ?? dir.FullName, "shared");
            }
        }

        return Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "shared"));
    }
}
