using System.Reflection;
using System.Runtime.Loader;

namespace Ingest.Deployment.Tests.Settings;

/// <summary>
/// Loads assemblies from the Functions app's build output, apart from the test's own copies, so that
/// the options found are exactly those of the assemblies the deployed app loads. Framework
/// assemblies come from the default context.
/// </summary>
internal sealed class FolderLoadContext(string folder) : AssemblyLoadContext($"functions-output:{folder}")
{
    protected override Assembly? Load(AssemblyName assemblyName)
    {
        var path = Path.Combine(folder, assemblyName.Name + ".dll");
        return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
    }
}
