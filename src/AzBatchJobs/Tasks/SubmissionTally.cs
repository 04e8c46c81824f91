using System.Collections.Generic;
using System.Globalization;
using System.Text;
using AzBatchJobs.Client.Bulk;

namespace AzBatchJobs.Cmdlets;

/// <summary>
/// Counts the outcomes of a bulk submission as the engine yields them, so that a stopped run can
/// still say what was added, what failed and what is unknown, even for outcomes never written.
/// Inputs refused before the engine (they could not become tasks) count as failed.
/// </summary>
internal sealed class SubmissionTally
{
    private const int IdsListed = 20;
    private readonly object _gate = new();
    private readonly Dictionary<BatchTaskSubmitStatus, long> _counts = new();
    private readonly List<string> _unknownIds = new();
    private long _refused;

    public void Count(BatchTaskSubmitOutcome outcome)
    {
        lock (_gate)
        {
            _counts.TryGetValue(outcome.Status, out var count);
            _counts[outcome.Status] = count + 1;
            if (outcome.Status == BatchTaskSubmitStatus.Unknown && _unknownIds.Count < IdsListed) _unknownIds.Add(outcome.TaskId);
        }
    }

    /// <summary>An input that could not become a task, so never reached the engine.</summary>
    public void CountRefused()
    {
        lock (_gate) _refused++;
    }

    /// <summary>One line for the user when the run stops before its end.</summary>
    /// <param name="how">How it stopped, e.g. "was stopped".</param>
    /// <param name="jobId">The job.</param>
    /// <param name="neverRead">Tasks taken from the pipeline that the engine never read (so never sent).</param>
    public string StoppedSummary(string how, string jobId, long neverRead)
    {
        lock (_gate)
        {
            var text = new StringBuilder();
            text.AppendFormat(CultureInfo.InvariantCulture,
                "Add-BatchTaskCollection {0}. Job '{1}': {2} added, {3} already existed, {4} failed, {5} unknown, {6} not submitted.",
                how, jobId, Get(BatchTaskSubmitStatus.Added), Get(BatchTaskSubmitStatus.AlreadyExisted), Get(BatchTaskSubmitStatus.Failed) + _refused,
                Get(BatchTaskSubmitStatus.Unknown), Get(BatchTaskSubmitStatus.NotSubmitted) + neverRead);
            if (_unknownIds.Count > 0)
            {
                var more = Get(BatchTaskSubmitStatus.Unknown) - _unknownIds.Count;
                text.Append(" Unknown (may or may not be in the job; check with Get-BatchTask): ")
                    .Append(string.Join(", ", _unknownIds));
                if (more > 0) text.Append(" and ").Append(more.ToString(CultureInfo.InvariantCulture)).Append(" more");
                text.Append('.');
            }
            return text.ToString();
        }
    }

    private long Get(BatchTaskSubmitStatus status) => _counts.TryGetValue(status, out var count) ? count : 0;
}
