using System;
using System.Collections.Generic;
using System.Text.Json;

namespace AzBatchJobs.Client.Bulk;

/// <summary>
/// Reads an add-collection answer (taskaddresult) straight from its bytes, keeping only what the engine
/// uses: per task its id, status, error code and message, and lastModified. Building the full models for
/// every answer was the largest share of a submission's own CPU. Types are checked as the models would:
/// a value of the wrong kind is a <see cref="JsonException"/>; properties it does not use are skipped.
/// </summary>
internal static class TaskAddResultReader
{
    public static List<TaskAddItemResult> Read(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        var results = new List<TaskAddItemResult>(100);
        reader.Read();
        Require(ref reader, JsonTokenType.StartObject, "the answer");
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (!reader.ValueTextEquals("value"u8))
            {
                reader.Skip();
                continue;
            }

            reader.Read();
            if (reader.TokenType == JsonTokenType.Null)
            {
                continue;
            }

            Require(ref reader, JsonTokenType.StartArray, "value");
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (ReadItem(ref reader) is { } item)
                {
                    results.Add(item);
                }
            }
        }

        return results;
    }

    private static TaskAddItemResult? ReadItem(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        Require(ref reader, JsonTokenType.StartObject, "value[]");
        string? status = null, taskId = null, errorCode = null, errorMessage = null;
        DateTimeOffset? lastModified = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("status"u8))
            {
                status = ReadString(ref reader, "status");
            }
            else if (reader.ValueTextEquals("taskId"u8))
            {
                taskId = ReadString(ref reader, "taskId");
            }
            else if (reader.ValueTextEquals("lastModified"u8))
            {
                lastModified = ReadTime(ref reader);
            }
            else if (reader.ValueTextEquals("error"u8))
            {
                ReadError(ref reader, out errorCode, out errorMessage);
            }
            else
            {
                reader.Skip();
            }
        }

        // An item without a task id cannot be matched to a task (the models' reading skipped it too).
        return taskId is null ? null : new TaskAddItemResult(taskId, StatusOf(status), errorCode, errorMessage, lastModified);
    }

    private static TaskAddItemStatus StatusOf(string? status) =>
        string.Equals(status, "success", StringComparison.OrdinalIgnoreCase) ? TaskAddItemStatus.Success
        : string.Equals(status, "clienterror", StringComparison.OrdinalIgnoreCase) ? TaskAddItemStatus.ClientError
        : TaskAddItemStatus.ServerError;

    private static void ReadError(ref Utf8JsonReader reader, out string? code, out string? message)
    {
        code = null;
        message = null;
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return;
        }

        Require(ref reader, JsonTokenType.StartObject, "error");
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("code"u8))
            {
                code = ReadString(ref reader, "error.code");
            }
            else if (reader.ValueTextEquals("message"u8))
            {
                message = ReadMessage(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }
    }

    private static string? ReadMessage(ref Utf8JsonReader reader)
    {
        string? message = null;
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        Require(ref reader, JsonTokenType.StartObject, "error.message");
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("value"u8))
            {
                message = ReadString(ref reader, "error.message.value");
            }
            else
            {
                reader.Skip();
            }
        }

        return message;
    }

    private static string? ReadString(ref Utf8JsonReader reader, string name)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        Require(ref reader, JsonTokenType.String, name);
        return reader.GetString();
    }

    private static DateTimeOffset? ReadTime(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        Require(ref reader, JsonTokenType.String, "lastModified");
        return reader.TryGetDateTimeOffset(out var time) ? time : throw new JsonException("lastModified is not an ISO 8601 date and time.");
    }

    private static void Require(ref Utf8JsonReader reader, JsonTokenType expected, string name)
    {
        if (reader.TokenType != expected)
        {
            throw new JsonException($"{name} must be a JSON {Describe(expected)}, not {reader.TokenType}.");
        }
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "object",
        JsonTokenType.StartArray => "array",
        _ => "string",
    };
}
