using System.Text.Json;
using AzBatchJobs.Client.Models;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Bulk;

/// <summary>
/// Writes a task's JSON exactly as <see cref="BatchJson.Options"/> would (the same properties in the same
/// order, nulls and empty collections left out), but writes the task's own properties directly: the
/// serializer's metadata-driven object writing, and building that metadata on first use, were most of
/// what serializing cost a submission. Nested values still go through the serializer.
/// TaskJsonWriterTests holds it to the serializer's bytes for every property.
/// </summary>
internal static class TaskJsonWriter
{
    private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText DisplayName = JsonEncodedText.Encode("displayName");
    private static readonly JsonEncodedText ExitConditions = JsonEncodedText.Encode("exitConditions");
    private static readonly JsonEncodedText CommandLine = JsonEncodedText.Encode("commandLine");
    private static readonly JsonEncodedText ContainerSettings = JsonEncodedText.Encode("containerSettings");
    private static readonly JsonEncodedText ResourceFiles = JsonEncodedText.Encode("resourceFiles");
    private static readonly JsonEncodedText OutputFiles = JsonEncodedText.Encode("outputFiles");
    private static readonly JsonEncodedText EnvironmentSettings = JsonEncodedText.Encode("environmentSettings");
    private static readonly JsonEncodedText AffinityInfo = JsonEncodedText.Encode("affinityInfo");
    private static readonly JsonEncodedText Constraints = JsonEncodedText.Encode("constraints");
    private static readonly JsonEncodedText RequiredSlots = JsonEncodedText.Encode("requiredSlots");
    private static readonly JsonEncodedText UserIdentity = JsonEncodedText.Encode("userIdentity");
    private static readonly JsonEncodedText MultiInstanceSettings = JsonEncodedText.Encode("multiInstanceSettings");
    private static readonly JsonEncodedText DependsOn = JsonEncodedText.Encode("dependsOn");
    private static readonly JsonEncodedText ApplicationPackageReferences = JsonEncodedText.Encode("applicationPackageReferences");
    private static readonly JsonEncodedText AuthenticationTokenSettings = JsonEncodedText.Encode("authenticationTokenSettings");

    /// <summary>A thread keeps its buffer unless one task made it larger than this.</summary>
    private const int KeptBufferBytes = 64 * 1024;

    [System.ThreadStatic]
    private static ReusableByteBuffer? threadBuffer;

    [System.ThreadStatic]
    private static Utf8JsonWriter? threadWriter;

    /// <summary>The task's UTF-8 JSON. Throws as the serializer would (ArgumentException for text that is
    /// not valid UTF-16, JsonException or NotSupportedException from a nested value).</summary>
    public static byte[] Write(BatchTaskCreateOptions task)
    {
        var buffer = threadBuffer ??= new ReusableByteBuffer();
        buffer.Clear();
        var writer = threadWriter;
        if (writer is null)
        {
            writer = new Utf8JsonWriter(buffer);
        }
        else
        {
            writer.Reset(buffer);
        }

        // Taken while in use: a writer left mid-object by a failure is dropped, not reused.
        threadWriter = null;
        WriteTask(writer, task);
        writer.Flush();
        threadWriter = writer;
        if (buffer.Capacity > KeptBufferBytes)
        {
            threadBuffer = null;
        }

        return buffer.ToArray();
    }

    private static void WriteTask(Utf8JsonWriter writer, BatchTaskCreateOptions task)
    {
        writer.WriteStartObject();
        WriteString(writer, Id, task.Id);
        WriteString(writer, DisplayName, task.DisplayName);
        WriteNested(writer, ExitConditions, task.ExitConditions);
        WriteString(writer, CommandLine, task.CommandLine);
        WriteNested(writer, ContainerSettings, task.ContainerSettings);
        WriteCollection(writer, ResourceFiles, task.ResourceFiles);
        WriteCollection(writer, OutputFiles, task.OutputFiles);
        WriteCollection(writer, EnvironmentSettings, task.EnvironmentSettings);
        WriteNested(writer, AffinityInfo, task.AffinityInfo);
        WriteNested(writer, Constraints, task.Constraints);
        if (task.RequiredSlots is int slots)
        {
            writer.WriteNumber(RequiredSlots, slots);
        }

        WriteNested(writer, UserIdentity, task.UserIdentity);
        WriteNested(writer, MultiInstanceSettings, task.MultiInstanceSettings);
        WriteNested(writer, DependsOn, task.DependsOn);
        WriteCollection(writer, ApplicationPackageReferences, task.ApplicationPackageReferences);
        WriteNested(writer, AuthenticationTokenSettings, task.AuthenticationTokenSettings);
        writer.WriteEndObject();
    }

    private static void WriteString(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value != null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteNested<T>(Utf8JsonWriter writer, JsonEncodedText name, T? value)
        where T : class
    {
        if (value != null)
        {
            writer.WritePropertyName(name);
            JsonSerializer.Serialize(writer, value, BatchJson.Options);
        }
    }

    private static void WriteCollection<T>(Utf8JsonWriter writer, JsonEncodedText name, T[]? values)
    {
        if (values is { Length: > 0 })
        {
            WriteNested(writer, name, values);
        }
    }
}
