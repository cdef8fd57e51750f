using Ingest.Deployment.Tests.Support;

namespace Ingest.Deployment.Tests.Scripts;

/// <summary>
/// A stand-in <c>az</c> on the PATH of the script under test: it records every call, answers
/// <c>functionapp keys list</c> with a key (after a given number of empty answers), and keeps the body
/// file of <c>az rest</c>.
/// </summary>
internal sealed class FakeAzureCli : IDisposable
{
    public const string Key = "fakeKey_0123456789-abcdefABCDEF==";

    private readonly TempFolder _folder = new();

    public FakeAzureCli(int emptyKeyAnswers = 0)
    {
        var script = $$"""
            #!/bin/sh
            dir="$(dirname "$0")"
            printf '%s\n' "$*" >> "$dir/calls.log"
            case "$1 $2 $3" in
              "functionapp keys list")
                count=$(cat "$dir/key-calls" 2>/dev/null || echo 0)
                count=$((count + 1))
                echo "$count" > "$dir/key-calls"
                if [ "$count" -gt {{emptyKeyAnswers}} ]; then echo "{{Key}}"; fi
                ;;
              "rest --method put")
                while [ "$#" -gt 0 ]; do
                  if [ "$1" = "--body" ]; then cp "${2#@}" "$dir/body.json"; fi
                  shift
                done
                ;;
            esac
            exit 0
            """;
        var path = System.IO.Path.Combine(Folder, "az");
        File.WriteAllText(path, script.ReplaceLineEndings("\n"));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    public string Folder => _folder.Path;

    public IReadOnlyList<string> Calls =>
        File.Exists(System.IO.Path.Combine(Folder, "calls.log")) ? File.ReadAllLines(System.IO.Path.Combine(Folder, "calls.log")) : [];

    public string? Body =>
        File.Exists(System.IO.Path.Combine(Folder, "body.json")) ? File.ReadAllText(System.IO.Path.Combine(Folder, "body.json")) : null;

    public void Dispose() => _folder.Dispose();
}
