using Ingest.Pipeline.Documents;

namespace Ingest.Pipeline.Tests.Support;

/// <summary>The sample articles of the repository.</summary>
internal static class Samples
{
    public const string SeedArticle = "000_899386f473eb41e2.txt";

    public static string Folder { get; } = Path.Combine(RepositoryRoot(), "samples", "articles");

    public static SourceDocument Load(string name) => new()
    {
        Path = name,
        Content = File.ReadAllBytes(Path.Combine(Folder, name)),
    };

    public static SourceDocument FromText(string name, string text) => new()
    {
        Path = name,
        Content = System.Text.Encoding.UTF8.GetBytes(text),
    };

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Ingest.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Ingest.sln above {AppContext.BaseDirectory}.");
    }
}
