using System.Text;

namespace Ingest.Testing.Azurite;

/// <summary>The last lines a child process wrote, kept for failure messages without letting its pipes fill up.</summary>
internal sealed class OutputTail(int maxLines = 200)
{
    private readonly Queue<string> _lines = new();

    public void Add(string? line)
    {
        if (line is null) return;
        lock (_lines)
        {
            _lines.Enqueue(line);
            while (_lines.Count > maxLines) _lines.Dequeue();
        }
    }

    public override string ToString()
    {
        lock (_lines)
        {
            return _lines.Count == 0 ? "(no output)" : new StringBuilder().AppendJoin('\n', _lines).ToString();
        }
    }
}
