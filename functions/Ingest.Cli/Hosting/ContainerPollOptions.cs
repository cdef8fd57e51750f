using System.ComponentModel.DataAnnotations;

namespace Ingest.Cli.Hosting;

/// <summary>How often the local host checks a blob container source for changes (<c>ingest serve --poll</c>).</summary>
internal sealed class ContainerPollOptions
{
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromSeconds(5);

    /// <summary>Time between polls. Default 5 seconds; more than zero and at most a day.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan Interval { get; set; } = DefaultInterval;
}
