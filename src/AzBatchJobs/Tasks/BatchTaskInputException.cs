using System;

namespace AzBatchJobs;

/// <summary>A task given as a hashtable or row that cannot become a task: its message names the property and why.</summary>
public sealed class BatchTaskInputException : ArgumentException
{
    public BatchTaskInputException(string message)
        : base(message)
    {
    }
}
