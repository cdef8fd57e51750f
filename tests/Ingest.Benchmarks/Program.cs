using System.Reflection;
using Ingest.Benchmarks;

// Finds every IBenchmark in this assembly; `all` runs them in turn.
var benchmarks = Assembly.GetExecutingAssembly().GetTypes()
    .Where(t => typeof(IBenchmark).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
    .Select(t => (IBenchmark)Activator.CreateInstance(t)!)
    .OrderBy(b => b.Name, StringComparer.Ordinal)
    .ToList();

if (args.Length == 0 || args[0] is "-h" or "--help")
{
    Console.WriteLine("Usage: dotnet run -c Release --project tests/Ingest.Benchmarks -- NAME|all");
    foreach (var benchmark in benchmarks)
    {
        Console.WriteLine($"  {benchmark.Name,-16} {benchmark.Description}");
    }

    return args.Length == 0 ? 1 : 0;
}

var corpus = Environment.GetEnvironmentVariable("INGEST_CORPUS") ?? Path.Combine(RepositoryRoot(), "..", "shared", "corpus");
var context = new BenchmarkContext(Path.GetFullPath(corpus), Console.Out);
var selected = args[0] == "all" ? benchmarks : benchmarks.Where(b => b.Name == args[0]).ToList();
if (selected.Count == 0)
{
    Console.Error.WriteLine($"No benchmark named '{args[0]}'. Run without arguments for the list.");
    return 2;
}

Console.OutputEncoding = System.Text.Encoding.UTF8;
foreach (var benchmark in selected)
{
    context.Line($"## {benchmark.Name}: {benchmark.Description}");
    context.Line();
    await benchmark.RunAsync(context, CancellationToken.None);
    context.Line();
}

return 0;

static string RepositoryRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Ingest.sln"))) return dir.FullName;
    }

    return Directory.GetCurrentDirectory();
}
