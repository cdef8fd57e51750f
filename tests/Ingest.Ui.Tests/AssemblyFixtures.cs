using Ingest.Ui.Tests.Support;
using Xunit.Sdk;
using Xunit.v3;

// One local host over the samples and one browser serve every test; starting them costs seconds.
[assembly: AssemblyFixture(typeof(SamplesSite))]

// Two cores run the host, its ingestion and Chromium: one browser test at a time keeps the
// timings of each far from their bounds.
[assembly: Parallelization(Mode = ParallelMode.None)]
