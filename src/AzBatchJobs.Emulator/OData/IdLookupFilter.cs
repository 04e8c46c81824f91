using AzBatchJobs.Emulator.Http;

namespace AzBatchJobs.Emulator.OData;

/// <summary>Recognises a $filter that only names ids (<c>id eq 'a' or id eq 'b' ...</c>, as a client settling
/// its tasks sends), so that a listing can read those items by key instead of scanning the job. The full
/// filter is still applied to what is read.</summary>
internal static class IdLookupFilter
{
    /// <summary>The ids the filter names, or null when it is anything else.</summary>
    public static IReadOnlyList<string>? Ids(string filter)
    {
        List<Token> tokens;
        try
        {
            tokens = FilterTokenizer.Tokenize(filter, reason => new BatchErrorException(400, "InvalidQueryParameterValue", reason));
        }
        catch (BatchErrorException)
        {
            return null;
        }
        var ids = new List<string>();
        for (int i = 0; i < tokens.Count; i += 4)
        {
            bool clause = i + 2 < tokens.Count && IsWord(tokens[i], "id") && IsWord(tokens[i + 1], "eq") && tokens[i + 2].Kind == TokenKind.String;
            bool joined = i + 3 == tokens.Count || (i + 3 < tokens.Count && IsWord(tokens[i + 3], "or"));
            if (!clause || !joined || (i + 3 < tokens.Count && i + 4 == tokens.Count))
            {
                return null;
            }
            ids.Add(tokens[i + 2].Text);
        }
        return ids.Count > 0 ? ids : null;
    }

    private static bool IsWord(Token token, string word) => token.Kind == TokenKind.Word && token.Text == word;
}
