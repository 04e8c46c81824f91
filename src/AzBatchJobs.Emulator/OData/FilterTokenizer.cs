using System.Text;
using AzBatchJobs.Emulator.Http;

namespace AzBatchJobs.Emulator.OData;

internal enum TokenKind
{
    Word,
    String,
    Number,
    DateTime,
    Open,
    Close,
    Comma,
}

internal sealed record Token(TokenKind Kind, string Text);

/// <summary>Splits a $filter into words (names, operators, paths), quoted strings, numbers, datetime'...' and punctuation.</summary>
internal static class FilterTokenizer
{
    public static List<Token> Tokenize(string text, Func<string, BatchErrorException> fail)
    {
        var tokens = new List<Token>();
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '(' or ')' or ',')
            {
                tokens.Add(new Token(c == '(' ? TokenKind.Open : c == ')' ? TokenKind.Close : TokenKind.Comma, c.ToString()));
                i++;
            }
            else if (c == '\'')
            {
                tokens.Add(new Token(TokenKind.String, ReadQuoted(text, ref i, fail)));
            }
            else if (char.IsDigit(c) || (c == '-' && i + 1 < text.Length && char.IsDigit(text[i + 1])))
            {
                int start = i++;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '-' or ':' or '.' or '+'))
                {
                    i++;
                }
                string literal = text[start..i];
                tokens.Add(new Token(literal.Contains('T') || literal.Count(ch => ch == '-') >= 2 ? TokenKind.DateTime : TokenKind.Number, literal));
            }
            else if (char.IsLetter(c) || c == '_')
            {
                int start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '/' or '_'))
                {
                    i++;
                }
                string word = text[start..i];
                if (word == "datetime" && i < text.Length && text[i] == '\'')
                {
                    tokens.Add(new Token(TokenKind.DateTime, ReadQuoted(text, ref i, fail)));
                }
                else
                {
                    tokens.Add(new Token(TokenKind.Word, word));
                }
            }
            else
            {
                throw fail($"unexpected character '{c}' at position {i}");
            }
        }
        return tokens;
    }

    private static string ReadQuoted(string text, ref int i, Func<string, BatchErrorException> fail)
    {
        var value = new StringBuilder();
        i++;
        while (true)
        {
            if (i >= text.Length)
            {
                throw fail("a quoted string is not closed");
            }
            if (text[i] == '\'')
            {
                if (i + 1 < text.Length && text[i + 1] == '\'')
                {
                    value.Append('\'');
                    i += 2;
                    continue;
                }
                i++;
                return value.ToString();
            }
            value.Append(text[i++]);
        }
    }
}
