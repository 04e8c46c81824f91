namespace AzBatchJobs.Client.Definitions;

/// <summary>One item of a file of definitions: the value read, or why it cannot be sent.</summary>
public sealed class BatchJsonItem<T>
    where T : class
{
    internal BatchJsonItem(long index, string location, T? value, BatchJsonInputException? error)
    {
        Index = index;
        Location = location;
        Value = value;
        Error = error;
    }

    /// <summary>0-based position in the file.</summary>
    public long Index { get; }

    /// <summary>Where it is: <c>[17]</c> in an array, <c>line 17</c> in JSON Lines.</summary>
    public string Location { get; }

    /// <summary>The definition, read and checked; null when <see cref="Error"/> is set.</summary>
    public T? Value { get; }

    public BatchJsonInputException? Error { get; }
}
