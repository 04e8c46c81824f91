using System.Globalization;
using System.Text.Json.Nodes;
using AzBatchJobs.Emulator.Http;

namespace AzBatchJobs.Emulator.OData;

/// <summary>
/// Parses an OData $filter into a predicate over a stored wire document. Supports eq, ne, gt, ge,
/// lt, le, and, or, not, parentheses and startswith(property, 'text') over the properties in the
/// given <see cref="FilterSchema"/>. Anything else is a 400 InvalidQueryParameterValue.
/// </summary>
internal sealed class FilterParser
{
    private readonly string _text;
    private readonly FilterSchema _schema;
    private readonly List<Token> _tokens;
    private int _position;

    private FilterParser(string text, FilterSchema schema)
    {
        _text = text;
        _schema = schema;
        _tokens = FilterTokenizer.Tokenize(text, Fail);
    }

    public static Func<JsonObject, bool> Parse(string text, FilterSchema schema)
    {
        var parser = new FilterParser(text, schema);
        var predicate = parser.ParseOr();
        if (parser._position < parser._tokens.Count)
        {
            throw parser.Fail($"unexpected '{parser._tokens[parser._position].Text}'");
        }
        return predicate;
    }

    private BatchErrorException Fail(string reason) =>
        BatchErrorException.InvalidQuery("$filter", _text, "Invalid $filter: " + reason + ".");

    private Token? Peek => _position < _tokens.Count ? _tokens[_position] : null;

    private bool TakeWord(string word)
    {
        if (Peek is { Kind: TokenKind.Word } token && string.Equals(token.Text, word, StringComparison.Ordinal))
        {
            _position++;
            return true;
        }
        return false;
    }

    private Token Take(TokenKind kind, string what)
    {
        if (Peek is { } token && token.Kind == kind)
        {
            _position++;
            return token;
        }
        throw Fail(Peek is null ? $"expected {what} at the end" : $"expected {what} but found '{Peek.Text}'");
    }

    private Func<JsonObject, bool> ParseOr()
    {
        var left = ParseAnd();
        while (TakeWord("or"))
        {
            var l = left;
            var r = ParseAnd();
            left = doc => l(doc) || r(doc);
        }
        return left;
    }

    private Func<JsonObject, bool> ParseAnd()
    {
        var left = ParseUnary();
        while (TakeWord("and"))
        {
            var l = left;
            var r = ParseUnary();
            left = doc => l(doc) && r(doc);
        }
        return left;
    }

    private Func<JsonObject, bool> ParseUnary()
    {
        if (TakeWord("not"))
        {
            var inner = ParseUnary();
            return doc => !inner(doc);
        }
        if (Peek is { Kind: TokenKind.Open })
        {
            _position++;
            var inner = ParseOr();
            Take(TokenKind.Close, "')'");
            return inner;
        }
        if (TakeWord("startswith"))
        {
            Take(TokenKind.Open, "'(' after startswith");
            var (path, type) = Property();
            Take(TokenKind.Comma, "',' in startswith");
            var literal = Take(TokenKind.String, "a quoted string in startswith");
            Take(TokenKind.Close, "')' after startswith");
            if (type != FilterType.String)
            {
                throw Fail($"startswith needs a string property, and '{path}' is not one");
            }
            string prefix = literal.Text;
            return doc => Lookup(doc, path) is JsonValue v && v.TryGetValue(out string? s) &&
                s.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);
        }
        return ParseComparison();
    }

    private Func<JsonObject, bool> ParseComparison()
    {
        var (path, type) = Property();
        var op = Take(TokenKind.Word, "a comparison operator (eq, ne, gt, ge, lt, le)").Text;
        if (op is not ("eq" or "ne" or "gt" or "ge" or "lt" or "le"))
        {
            throw Fail($"'{op}' is not a supported operator (eq, ne, gt, ge, lt, le)");
        }
        var literal = Peek ?? throw Fail($"expected a value after '{op}'");
        _position++;
        IComparable? value = ConvertLiteral(literal, type, path);
        return doc =>
        {
            IComparable? actual = ReadValue(Lookup(doc, path), type);
            if (actual is null || value is null)
            {
                bool bothNull = actual is null && value is null;
                return op switch { "eq" => bothNull, "ne" => !bothNull, _ => false };
            }
            int order = actual is string a ? string.Compare(a, (string)value, StringComparison.OrdinalIgnoreCase) : actual.CompareTo(value);
            return op switch
            {
                "eq" => order == 0,
                "ne" => order != 0,
                "gt" => order > 0,
                "ge" => order >= 0,
                "lt" => order < 0,
                _ => order <= 0,
            };
        };
    }

    private (string Path, FilterType Type) Property()
    {
        var token = Take(TokenKind.Word, "a property name");
        if (!_schema.Properties.TryGetValue(token.Text, out var type))
        {
            throw Fail($"'{token.Text}' is not a property that can be filtered on (supported: {string.Join(", ", _schema.Properties.Keys)})");
        }
        return (token.Text, type);
    }

    private IComparable? ConvertLiteral(Token literal, FilterType type, string path)
    {
        if (literal.Kind == TokenKind.Word && literal.Text == "null")
        {
            return null;
        }
        switch (type)
        {
            case FilterType.String when literal.Kind == TokenKind.String && _schema.Enums.TryGetValue(path, out string[]? values)
                && !values.Contains(literal.Text, StringComparer.OrdinalIgnoreCase):
                throw Fail($"'{literal.Text}' is not a value of '{path}' (one of: {string.Join(", ", values)})");
            case FilterType.String when literal.Kind == TokenKind.String:
                return literal.Text;
            case FilterType.Integer when literal.Kind == TokenKind.Number &&
                long.TryParse(literal.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long number):
                return number;
            case FilterType.Boolean when literal.Kind == TokenKind.Word && literal.Text is "true" or "false":
                return literal.Text == "true";
            case FilterType.DateTime when literal.Kind is TokenKind.DateTime or TokenKind.Word or TokenKind.String &&
                DateTimeOffset.TryParse(literal.Text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time):
                return time;
        }
        throw Fail($"'{literal.Text}' is not a valid {type.ToString().ToLowerInvariant()} value for '{path}'");
    }

    private static IComparable? ReadValue(JsonNode? node, FilterType type)
    {
        if (node is not JsonValue value)
        {
            return null;
        }
        return type switch
        {
            FilterType.String => value.TryGetValue(out string? s) ? s : null,
            FilterType.Integer => value.TryGetValue(out long n) ? n : null,
            FilterType.Boolean => value.TryGetValue(out bool b) ? b : null,
            _ => value.TryGetValue(out string? t) &&
                DateTimeOffset.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time : null,
        };
    }

    private static JsonNode? Lookup(JsonObject doc, string path)
    {
        JsonNode? node = doc;
        foreach (string part in path.Split('/'))
        {
            node = (node as JsonObject)?[part];
        }
        return node;
    }
}
