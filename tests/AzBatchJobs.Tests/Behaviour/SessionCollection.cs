namespace AzBatchJobs.Tests.Behaviour;

/// <summary>Tests that change the session's default connection or the process environment run one at a time.</summary>
[CollectionDefinition("Session", DisableParallelization = true)]
public sealed class SessionCollection
{
}
