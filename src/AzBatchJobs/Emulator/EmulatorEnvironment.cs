using System;
using System.Collections.Generic;
using AzBatchJobs.Client;

namespace AzBatchJobs;

/// <summary>
/// AZURE_BATCH_ENDPOINT, AZURE_BATCH_ACCOUNT and AZURE_BATCH_ACCESS_KEY set to an emulator's
/// connection (Start-BatchEmulator -SetEnvironment), and put back as they were when it stops,
/// unless something changed them since.
/// </summary>
internal sealed class EmulatorEnvironment
{
    private readonly Dictionary<string, string?> _before = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _set = new(StringComparer.Ordinal);

    private EmulatorEnvironment()
    {
    }

    public static EmulatorEnvironment Apply(Uri endpoint, string account, string key)
    {
        var environment = new EmulatorEnvironment();
        environment.Set(BatchConnection.EndpointVariable, endpoint.GetLeftPart(UriPartial.Authority));
        environment.Set(BatchConnection.AccountVariable, account);
        environment.Set(BatchConnection.AccessKeyVariable, key);
        return environment;
    }

    public void Restore()
    {
        foreach (var set in _set)
        {
            if (Environment.GetEnvironmentVariable(set.Key) == set.Value)
                Environment.SetEnvironmentVariable(set.Key, _before[set.Key]);
        }
    }

    private void Set(string name, string value)
    {
        _before[name] = Environment.GetEnvironmentVariable(name);
        _set[name] = value;
        Environment.SetEnvironmentVariable(name, value);
    }
}
