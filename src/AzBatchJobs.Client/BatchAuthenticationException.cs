using System;

namespace AzBatchJobs.Client;

/// <summary>
/// The credential could not get a Microsoft Entra ID token (wrong secret or certificate, unknown tenant or
/// application, no managed identity here...). Nothing was sent to the Batch service.
/// </summary>
public sealed class BatchAuthenticationException : Exception
{
    public BatchAuthenticationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
