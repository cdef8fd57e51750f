using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Ingest.Deployment.Tests.Bicep;

/// <summary>Recursive descent over the expression text (inside the outer brackets).</summary>
internal sealed class ArmExpressionParser(string text)
{
    private int _position;

    public ArmNode ParseWhole()
    {
        var node = ParseExpression();
        SkipSpace();
        return _position == text.Length ? node : throw Error("trailing text");
    }

    private ArmNode ParseExpression()
    {
        SkipSpace();
        var node = ParsePrimary();
        while (true)
        {
            SkipSpace();
            if (Peek('.'))
            {
                _position++;
                node = new ArmPropertyAccess(node, ReadIdentifier());
            }
            else if (Peek('['))
            {
                _position++;
                var key = ParseExpression();
                SkipSpace();
                Expect(']');
                node = new ArmIndexAccess(node, key);
            }
            else
            {
                return node;
            }
        }
    }

    private ArmNode ParsePrimary()
    {
        if (Peek('\''))
        {
            return new ArmLiteral(JsonValue.Create(ReadString()));
        }

        if (_position < text.Length && (char.IsAsciiDigit(text[_position]) || text[_position] == '-'))
        {
            var start = _position++;
            while (_position < text.Length && char.IsAsciiDigit(text[_position])) _position++;
            return new ArmLiteral(JsonValue.Create(long.Parse(text[start.._position], CultureInfo.InvariantCulture)));
        }

        var name = ReadIdentifier();
        SkipSpace();
        Expect('(');
        var arguments = new List<ArmNode>();
        SkipSpace();
        if (!Peek(')'))
        {
            do
            {
                arguments.Add(ParseExpression());
                SkipSpace();
            }
            while (TryConsume(','));
        }

        Expect(')');
        return new ArmFunctionCall(name, arguments);
    }

    private string ReadString()
    {
        Expect('\'');
        var value = new StringBuilder();
        while (true)
        {
            if (_position >= text.Length) throw Error("unterminated string");
            var c = text[_position++];
            if (c != '\'')
            {
                value.Append(c);
            }
            else if (Peek('\''))
            {
                value.Append('\''); // '' is an escaped quote
                _position++;
            }
            else
            {
                return value.ToString();
            }
        }
    }

    private string ReadIdentifier()
    {
        var start = _position;
        while (_position < text.Length && (char.IsAsciiLetterOrDigit(text[_position]) || text[_position] is '_' or '$'))
        {
            _position++;
        }

        return _position > start ? text[start.._position] : throw Error("identifier expected");
    }

    private void SkipSpace()
    {
        while (_position < text.Length && char.IsWhiteSpace(text[_position])) _position++;
    }

    private bool Peek(char c) => _position < text.Length && text[_position] == c;

    private bool TryConsume(char c)
    {
        if (!Peek(c)) return false;
        _position++;
        return true;
    }

    private void Expect(char c)
    {
        if (!TryConsume(c)) throw Error($"'{c}' expected");
    }

    private FormatException Error(string what) => new($"Cannot parse ARM expression [{text}] at {_position}: {what}.");
}
