using System;

namespace AzBatchJobs.Client.Serialization;

/// <summary>
/// Marks a collection property whose empty value means something to the service (in a PATCH,
/// an empty list clears the stored one), so it is written as <c>[]</c> instead of omitted.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class WriteWhenEmptyAttribute : Attribute
{
}
