namespace Ingest.Pipeline.Extraction;

/// <summary>Which text encoding the bytes were read with, and how sure the detection was.</summary>
/// <param name="Name">Encoding name as .NET knows it (utf-8, gb18030, big5, utf-16, ...).</param>
/// <param name="Confidence">0 to 1.</param>
/// <param name="Method">How it was decided: bom, utf8-valid, detector, plausibility, declared.</param>
public sealed record EncodingReport(string Name, double Confidence, string Method);
