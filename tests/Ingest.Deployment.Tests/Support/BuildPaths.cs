using System.Reflection;

namespace Ingest.Deployment.Tests.Support;

/// <summary>Paths the build handed to the tests through assembly metadata (see the project file).</summary>
internal static class BuildPaths
{
    /// <summary>The <c>bicep</c> binary of the Azure.Bicep.CommandLine.linux-x64 package, restored by the build.</summary>
    public static string BicepExecutable => Read("BicepPath");

    /// <summary>The Functions app's build output: its assemblies are the ones the deployed app loads.</summary>
    public static string FunctionsOutput => Read("FunctionsOutput");

    private static string Read(string key)
    {
        var value = typeof(BuildPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value;
        return Path.GetFullPath(value ?? throw new InvalidOperationException($"The build passed no {key}."));
    }
}
