using System.Reflection;
using System.Text;
using System.Text.Json;
using AzBatchJobs.Client.Bulk;
using AzBatchJobs.Client.Models;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Tests.Bulk;

/// <summary>The engine's task writer against the serializer it stands in for: the same bytes for every
/// property of a task, so a property added to the model and not to the writer fails here.</summary>
public class TaskJsonWriterTests
{
    private const string AwkwardText = "echo \"it's\" <b>&</b> caf\u00e9 \u65e5\u672c \t\n\u0001 \U0001F600 \\";

    public static TheoryData<string> TaskProperties()
    {
        var data = new TheoryData<string>();
        foreach (var property in typeof(BatchTaskCreateOptions).GetProperties())
        {
            data.Add(property.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TaskProperties))]
    public void Each_property_alone_is_written_as_the_serializer_writes_it(string propertyName)
    {
        var task = new BatchTaskCreateOptions { Id = "task-1" };
        var property = typeof(BatchTaskCreateOptions).GetProperty(propertyName)!;
        property.SetValue(task, SampleValue(property.PropertyType, propertyName));

        AssertSameAsSerializer(task);
        Assert.Contains("\"" + property.GetCustomAttribute<System.Text.Json.Serialization.JsonPropertyNameAttribute>()!.Name + "\"",
            Encoding.UTF8.GetString(TaskJsonWriter.Write(task)));
    }

    [Fact]
    public void A_task_with_every_property_set_is_written_as_the_serializer_writes_it()
    {
        var task = new BatchTaskCreateOptions();
        foreach (var property in typeof(BatchTaskCreateOptions).GetProperties())
        {
            property.SetValue(task, SampleValue(property.PropertyType, property.Name));
        }

        AssertSameAsSerializer(task);
    }

    [Fact]
    public void Nulls_empty_collections_and_zero_are_written_as_the_serializer_writes_them()
    {
        AssertSameAsSerializer(new BatchTaskCreateOptions());
        AssertSameAsSerializer(new BatchTaskCreateOptions
        {
            Id = "",
            CommandLine = "",
            ResourceFiles = Array.Empty<ResourceFile>(),
            EnvironmentSettings = null!,
            RequiredSlots = 0,
        });
        Assert.Equal("{\"id\":\"a\",\"requiredSlots\":0}", Encoding.UTF8.GetString(TaskJsonWriter.Write(new BatchTaskCreateOptions { Id = "a", RequiredSlots = 0 })));
    }

    [Fact]
    public void Text_that_needs_escaping_is_escaped_as_the_serializer_escapes_it()
    {
        var task = new BatchTaskCreateOptions
        {
            Id = "task-2",
            DisplayName = AwkwardText,
            CommandLine = AwkwardText,
            EnvironmentSettings = new[] { new EnvironmentSetting { Name = "TEXT", Value = AwkwardText } },
        };

        AssertSameAsSerializer(task);
        Assert.Equal(AwkwardText, JsonDocument.Parse(TaskJsonWriter.Write(task)).RootElement.GetProperty("commandLine").GetString());
    }

    [Fact]
    public void Text_that_is_not_valid_UTF16_is_written_as_the_serializer_writes_it()
    {
        AssertSameAsSerializer(new BatchTaskCreateOptions { Id = "task-3", CommandLine = "echo \ud800 alone \udc00" });
    }

    [Fact]
    public void A_large_task_then_a_small_one_are_each_written_whole()
    {
        var large = new BatchTaskCreateOptions { Id = "large", CommandLine = new string('x', 200_000) };
        var small = new BatchTaskCreateOptions { Id = "small", CommandLine = "echo small" };

        AssertSameAsSerializer(large);
        AssertSameAsSerializer(small);
    }

    private static void AssertSameAsSerializer(BatchTaskCreateOptions task) =>
        Assert.Equal(Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(task, BatchJson.Options)),
            Encoding.UTF8.GetString(TaskJsonWriter.Write(task)));

    /// <summary>A value that the serializer writes out: text, a number, or an object (in an array for
    /// collections) whose own text and number properties are filled in.</summary>
    private static object SampleValue(Type type, string name)
    {
        if (type == typeof(string))
        {
            return name + " " + AwkwardText;
        }

        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(int))
        {
            return 3;
        }

        if (type.IsArray)
        {
            var array = Array.CreateInstance(type.GetElementType()!, 1);
            array.SetValue(SampleValue(type.GetElementType()!, name), 0);
            return array;
        }

        var value = Activator.CreateInstance(type)!;
        foreach (var property in type.GetProperties().Where(p => p.CanWrite))
        {
            if (property.PropertyType == typeof(string))
            {
                property.SetValue(value, property.Name);
            }
            else if (Nullable.GetUnderlyingType(property.PropertyType) == typeof(int) || property.PropertyType == typeof(int))
            {
                property.SetValue(value, 2);
            }
        }

        return value;
    }
}
