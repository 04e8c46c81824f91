using AzBatchJobs.Client.Models;

namespace AzBatchJobs.Bench;

/// <summary>The tasks both modes submit, made on demand so that the input never sits in memory.</summary>
internal static class BenchTasks
{
    public static string Id(int index) => "task-" + index.ToString("D7", System.Globalization.CultureInfo.InvariantCulture);

    public static IEnumerable<BatchTaskCreateOptions> Generate(int count)
    {
        for (int i = 0; i < count; i++)
        {
            yield return new BatchTaskCreateOptions
            {
                Id = Id(i),
                CommandLine = "/bin/sh -c 'echo task " + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "'",
            };
        }
    }
}
