using System.Text.Json.Serialization;

namespace Ingest.Pipeline.Failures;

/// <summary>Why a file could not be ingested. Stored in manifests and quarantine records; names are stable.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FailureReason>))]
public enum FailureReason
{
    /// <summary>The file is empty or holds only whitespace.</summary>
    Empty,
    /// <summary>The file is larger than the configured limit.</summary>
    TooLarge,
    /// <summary>The bytes are binary data, not text in any supported format.</summary>
    Binary,
    /// <summary>No supported text encoding decodes the bytes plausibly.</summary>
    Undecodable,
    /// <summary>The file format is recognised but not supported.</summary>
    UnsupportedFormat,
    /// <summary>A structured file (.docx, .pdf, .json) is damaged or truncated.</summary>
    Corrupt,
    /// <summary>The file is encrypted or password-protected.</summary>
    Encrypted,
    /// <summary>Expanding the file would exceed the safety cap (zip bomb, absurd nesting).</summary>
    ResourceLimit,
    /// <summary>JSON that is not a valid article object.</summary>
    InvalidJson,
    /// <summary>The file was read but yielded no text worth indexing.</summary>
    NoText,
    /// <summary>The file disappeared or could not be read from the source.</summary>
    Unreadable,
    /// <summary>A dependency (index, storage) kept failing past the retry budget.</summary>
    TransientExhausted,
    /// <summary>
    /// The pipeline failed on this file in a way it does not foresee (a defect): the message names
    /// the error, so the file can be reported and retried once fixed.
    /// </summary>
    ProcessingFailed,
}
