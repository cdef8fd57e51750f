using System.Buffers;
using System.Globalization;
using System.IO.Pipelines;
using System.Text;
using Microsoft.AspNetCore.Connections;

namespace Ingest.Cli.Hosting;

/// <summary>
/// Lets clients that send raw UTF-8 in the request line (curl with <c>?q=數字化轉型</c> typed as is)
/// reach the API: Kestrel rejects bytes above 0x7F in the request target with a bare 400 and has
/// no option to accept them, so this connection middleware percent-encodes those bytes in each
/// request line before Kestrel parses it, exactly as a browser would have sent them. Headers and
/// bodies pass through untouched; it tracks Content-Length to find the next request line and
/// passes the rest of a connection through once it sees a chunked body or HTTP/2.
/// </summary>
internal static class RawUtf8TargetEncoder
{
    public static Func<ConnectionDelegate, ConnectionDelegate> Middleware => next => async context =>
    {
        var original = context.Transport;
        var pipe = new Pipe();
        context.Transport = new DuplexPipe(pipe.Reader, original.Output);
        var pump = PumpAsync(original.Input, pipe.Writer, context.ConnectionClosed);
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            // Kestrel is done with the connection: stop the pump's pending read so that it completes
            // the socket's input gracefully (completing it under a pending read would reset the connection).
            original.Input.CancelPendingRead();
            await pump.ConfigureAwait(false);
            context.Transport = original;
        }
    };

    private static async Task PumpAsync(PipeReader input, PipeWriter output, CancellationToken closed)
    {
        var state = new RequestState();
        try
        {
            while (true)
            {
                var result = await input.ReadAsync(closed).ConfigureAwait(false);
                foreach (var segment in result.Buffer)
                {
                    state.Copy(segment.Span, output);
                }

                input.AdvanceTo(result.Buffer.End);
                var flush = await output.FlushAsync(closed).ConfigureAwait(false);
                if (result.IsCompleted || result.IsCanceled || flush.IsCompleted)
                {
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or InvalidOperationException or IOException or ConnectionResetException)
        {
            // The connection ended; Kestrel sees the end of its input.
        }
        finally
        {
            await output.CompleteAsync().ConfigureAwait(false);
            await input.CompleteAsync().ConfigureAwait(false);
        }
    }

    private sealed class DuplexPipe(PipeReader input, PipeWriter output) : IDuplexPipe
    {
        public PipeReader Input { get; } = input;
        public PipeWriter Output { get; } = output;
    }

    /// <summary>Where in the HTTP/1.1 stream the next byte falls.</summary>
    private sealed class RequestState
    {
        private static readonly byte[] Http2Preface = "PRI * HTTP/2.0"u8.ToArray();
        private readonly List<byte> _headerLine = new(128);
        private Part _part = Part.RequestLine;
        private long _bodyRemaining;
        private long _contentLength;
        private bool _chunked;
        private int _requestLineLength;

        public void Copy(ReadOnlySpan<byte> bytes, PipeWriter output)
        {
            foreach (var b in bytes)
            {
                switch (_part)
                {
                    case Part.PassThrough:
                        Write(output, b);
                        break;
                    case Part.Body:
                        Write(output, b);
                        if (--_bodyRemaining == 0) _part = Part.RequestLine;
                        break;
                    case Part.RequestLine:
                        _requestLineLength++;
                        if (_requestLineLength <= Http2Preface.Length && b != Http2Preface[_requestLineLength - 1])
                        {
                            _requestLineLength = int.MaxValue / 2; // not the HTTP/2 preface
                        }
                        else if (_requestLineLength == Http2Preface.Length)
                        {
                            _part = Part.PassThrough;
                        }

                        if (b >= 0x80)
                        {
                            WritePercentEncoded(output, b);
                        }
                        else
                        {
                            Write(output, b);
                            if (b == '\n')
                            {
                                _part = Part.Headers;
                                _requestLineLength = 0;
                                _contentLength = 0;
                                _chunked = false;
                            }
                        }

                        break;
                    case Part.Headers:
                        Write(output, b);
                        if (b != '\n')
                        {
                            if (b != '\r') _headerLine.Add(b);
                            break;
                        }

                        if (_headerLine.Count == 0)
                        {
                            _part = _chunked ? Part.PassThrough : _contentLength > 0 ? Part.Body : Part.RequestLine;
                            _bodyRemaining = _contentLength;
                        }
                        else
                        {
                            ReadHeader();
                            _headerLine.Clear();
                        }

                        break;
                }
            }
        }

        private void ReadHeader()
        {
            var line = Encoding.Latin1.GetString(_headerLine.ToArray());
            var colon = line.IndexOf(':');
            if (colon <= 0) return;
            var name = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase) && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var length))
            {
                _contentLength = length;
            }
            else if (name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase) && value.Contains("chunked", StringComparison.OrdinalIgnoreCase))
            {
                _chunked = true;
            }
        }

        private static void Write(PipeWriter output, byte b)
        {
            var span = output.GetSpan(1);
            span[0] = b;
            output.Advance(1);
        }

        private static void WritePercentEncoded(PipeWriter output, byte b)
        {
            const string Hex = "0123456789ABCDEF";
            var span = output.GetSpan(3);
            span[0] = (byte)'%';
            span[1] = (byte)Hex[b >> 4];
            span[2] = (byte)Hex[b & 0xF];
            output.Advance(3);
        }

        private enum Part { RequestLine, Headers, Body, PassThrough }
    }
}
