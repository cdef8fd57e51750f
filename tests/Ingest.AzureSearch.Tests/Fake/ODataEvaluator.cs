using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Ingest.AzureSearch.Tests.Fake;

/// <summary>
/// The subset of OData filter syntax the adapter emits, parsed properly (so an escaping mistake
/// fails the way the service would fail, or widens results the way it would): <c>and</c>,
/// <c>or</c>, <c>not</c>, parentheses, <c>eq ne gt ge lt le</c> on strings, numbers and dates,
/// and <c>field/any(t: …)</c> over collections. String literals double their single quotes.
/// </summary>
internal sealed class ODataEvaluator
{
    private readonly List<string> tokens;
    private int position;

    private ODataEvaluator(string filter)
    {
        tokens = Tokenize(filter);
    }

    /// <summary>Parses <paramref name="filter"/> into a predicate; throws <see cref="FormatException"/> on anything outside the subset.</summary>
    public static Func<JsonObject, bool> Parse(string filter)
    {
        var parser = new ODataEvaluator(filter);
        var expression = parser.Or();
        if (parser.position != parser.tokens.Count)
        {
            throw new FormatException($"Unexpected '{parser.tokens[parser.position]}' in filter.");
        }

        return document => expression(new Scope(document, null, null));
    }

    private sealed record Scope(JsonObject Document, string? Variable, JsonNode? Value);

    private Func<Scope, bool> Or()
    {
        var left = And();
        while (Accept("or"))
        {
            var l = left;
            var r = And();
            left = s => l(s) || r(s);
        }

        return left;
    }

    private Func<Scope, bool> And()
    {
        var left = Unary();
        while (Accept("and"))
        {
            var l = left;
            var r = Unary();
            left = s => l(s) && r(s);
        }

        return left;
    }

    private Func<Scope, bool> Unary()
    {
        if (Accept("not"))
        {
            var inner = Unary();
            return s => !inner(s);
        }

        if (Accept("("))
        {
            var inner = Or();
            Expect(")");
            return inner;
        }

        if (Accept("true"))
        {
            return _ => true;
        }

        if (Accept("false"))
        {
            return _ => false;
        }

        var left = Operand();
        if (left.Name is { } name && name.EndsWith("/any", StringComparison.Ordinal))
        {
            var field = name[..^4];
            Expect("(");
            var variable = Next();
            Expect(":");
            var body = Or();
            Expect(")");
            return s => s.Document[field] is JsonArray items && items.Any(item => body(s with { Variable = variable, Value = item }));
        }

        var op = Next();
        var right = Operand();
        return op switch
        {
            "eq" => s => Compare(left.Read(s), right.Read(s)) == 0,
            "ne" => s => Compare(left.Read(s), right.Read(s)) is not 0,
            "gt" => s => Compare(left.Read(s), right.Read(s)) > 0,
            "ge" => s => Compare(left.Read(s), right.Read(s)) >= 0,
            "lt" => s => Compare(left.Read(s), right.Read(s)) is { } c && c < 0,
            "le" => s => Compare(left.Read(s), right.Read(s)) is { } c && c <= 0,
            _ => throw new FormatException($"Unknown operator '{op}'."),
        };
    }

    private (string? Name, Func<Scope, object?> Read) Operand()
    {
        var token = Next();
        if (token.StartsWith('\''))
        {
            var literal = token[1..^1].Replace("''", "'", StringComparison.Ordinal);
            return (null, _ => literal);
        }

        if (char.IsDigit(token[0]))
        {
            if (DateTimeOffset.TryParse(token, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) && token.Contains('-', StringComparison.Ordinal))
            {
                return (null, _ => date);
            }

            var number = double.Parse(token, CultureInfo.InvariantCulture);
            return (null, _ => number);
        }

        if (token == "null")
        {
            return (null, _ => null);
        }

        return (token, s => token == s.Variable ? Value(s.Value) : Value(s.Document[token]));
    }

    private static object? Value(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.TryGetValue<double>(out var d) => d,
        JsonValue v when v.TryGetValue<string>(out var text) => DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) && text.Length >= 10 && text[4] == '-' ? date : text,
        _ => node.ToJsonString(),
    };

    /// <summary>Null when the values cannot be ordered (a null, or different types): every comparison but ne is then false.</summary>
    private static int? Compare(object? left, object? right) => (left, right) switch
    {
        (null, null) => 0,
        (null, _) or (_, null) => null,
        (string a, string b) => string.CompareOrdinal(a, b),
        (double a, double b) => a.CompareTo(b),
        (DateTimeOffset a, DateTimeOffset b) => a.CompareTo(b),
        _ => null,
    };

    private bool Accept(string token)
    {
        if (position < tokens.Count && tokens[position] == token)
        {
            position++;
            return true;
        }

        return false;
    }

    private void Expect(string token)
    {
        if (!Accept(token))
        {
            throw new FormatException($"Expected '{token}' in filter.");
        }
    }

    private string Next() => position < tokens.Count ? tokens[position++] : throw new FormatException("Unexpected end of filter.");

    private static List<string> Tokenize(string filter)
    {
        var tokens = new List<string>();
        for (var i = 0; i < filter.Length;)
        {
            var c = filter[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '(' or ')' or ':' or ',')
            {
                tokens.Add(c.ToString());
                i++;
            }
            else if (c == '\'')
            {
                var literal = new StringBuilder("'");
                i++;
                while (true)
                {
                    if (i >= filter.Length)
                    {
                        throw new FormatException("Unterminated string literal in filter.");
                    }

                    if (filter[i] == '\'')
                    {
                        if (i + 1 < filter.Length && filter[i + 1] == '\'')
                        {
                            literal.Append("''");
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    literal.Append(filter[i++]);
                }

                tokens.Add(literal.Append('\'').ToString());
            }
            else if (char.IsDigit(c))
            {
                var start = i;
                while (i < filter.Length && (char.IsLetterOrDigit(filter[i]) || filter[i] is '-' or ':' or '.' or '+'))
                {
                    i++;
                }

                tokens.Add(filter[start..i]);
            }
            else if (char.IsLetter(c) || c == '_')
            {
                var start = i;
                while (i < filter.Length && (char.IsLetterOrDigit(filter[i]) || filter[i] is '_' or '/' or '.'))
                {
                    i++;
                }

                tokens.Add(filter[start..i]);
            }
            else
            {
                throw new FormatException($"Unexpected character '{c}' in filter.");
            }
        }

        return tokens;
    }
}
