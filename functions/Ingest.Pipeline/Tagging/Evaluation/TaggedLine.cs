using Ingest.Pipeline.Tagging.Entities;
using Ingest.Pipeline.Tagging.Themes;

namespace Ingest.Pipeline.Tagging.Evaluation;

/// <summary>What <see cref="LineTagger"/> found in one line; offsets are UTF-16 code units of that line.</summary>
/// <param name="Line">Line number, from 1.</param>
public sealed record TaggedLine(int Line, IReadOnlyList<Entity> Entities, IReadOnlyList<ThemeScore> Themes);
