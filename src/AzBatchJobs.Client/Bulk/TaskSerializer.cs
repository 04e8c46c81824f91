using System;
using System.Text.Json;
using AzBatchJobs.Client.Models;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Bulk;

/// <summary>Checks a task with the rules <see cref="BatchClient.CreateTask"/> applies and serializes it once,
/// with the client's JSON settings.</summary>
internal static class TaskSerializer
{
    private const string IdField = "task.Id";

    public static TaskPayload Serialize(BatchTaskCreateOptions? task)
    {
        if (task is null)
        {
            return TaskPayload.Rejected(null, BulkErrorCodes.MissingTaskId, "The input holds a null task; every input item must be a task with an Id.");
        }

        try
        {
            BatchInputValidator.ValidateTaskCreate(task);
        }
        catch (ArgumentException invalid)
        {
            var code = string.IsNullOrEmpty(task.Id) ? BulkErrorCodes.MissingTaskId
                : invalid.ParamName == IdField ? BulkErrorCodes.InvalidTaskId
                : BulkErrorCodes.InvalidTask;
            return TaskPayload.Rejected(task.Id, code, invalid.Message);
        }

        try
        {
            return new TaskPayload(task.Id!, TaskJsonWriter.Write(task));
        }
        catch (Exception failure) when (failure is JsonException || failure is NotSupportedException || failure is ArgumentException)
        {
            return TaskPayload.Rejected(task.Id, BulkErrorCodes.InvalidTask, "The task could not be serialized: " + failure.Message);
        }
    }
}
