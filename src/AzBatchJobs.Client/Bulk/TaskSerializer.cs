using System;
using System.Text.Json;
using AzBatchJobs.Client.Models;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Bulk;

/// <summary>Checks a task's id and serializes the task once, with the client's JSON settings.</summary>
internal static class TaskSerializer
{
    public static TaskPayload Serialize(BatchTaskCreateOptions? task)
    {
        if (task is null)
        {
            return TaskPayload.Rejected(null, BulkErrorCodes.MissingTaskId, "The input holds a null task; every input item must be a task with an Id.");
        }

        try
        {
            BatchInputValidator.ValidateId(task.Id, "Id");
        }
        catch (ArgumentException invalid)
        {
            return TaskPayload.Rejected(task.Id, string.IsNullOrEmpty(task.Id) ? BulkErrorCodes.MissingTaskId : BulkErrorCodes.InvalidTaskId, invalid.Message);
        }

        try
        {
            return new TaskPayload(task.Id, JsonSerializer.SerializeToUtf8Bytes(task, BatchJson.Options));
        }
        catch (Exception failure) when (failure is JsonException || failure is NotSupportedException || failure is ArgumentException)
        {
            return TaskPayload.Rejected(task.Id, BulkErrorCodes.InvalidTask, "The task could not be serialized: " + failure.Message);
        }
    }
}
