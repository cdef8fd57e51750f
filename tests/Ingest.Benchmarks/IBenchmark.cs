namespace Ingest.Benchmarks;

/// <summary>One benchmark: measures the product and a baseline in the same run and reports their ratio.</summary>
internal interface IBenchmark
{
    /// <summary>Name on the command line.</summary>
    string Name { get; }

    string Description { get; }

    Task RunAsync(BenchmarkContext context, CancellationToken cancellationToken);
}
