using System.Collections;
using System.Reflection;
using System.Text.Json.Serialization;
using AzBatchJobs.Client.Models;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client.Tests.Models;

/// <summary>
/// The shape PowerShell relies on (DESIGN.md "Objects"): every model can be built from a
/// hashtable, formats its properties, and maps each property to a wire name.
/// </summary>
public sealed class ModelShapeTests
{
    private static readonly Type[] ModelTypes = typeof(BatchJob).Assembly.GetExportedTypes()
        .Where(t => t.Namespace == typeof(BatchJob).Namespace)
        .ToArray();

    public static TheoryData<Type> ModelClasses() => new(ModelTypes.Where(t => t.IsClass && !typeof(IEnumerable).IsAssignableFrom(t)));

    public static TheoryData<Type> EnumStructs() => new(ModelTypes.Where(t => t.IsValueType));

    [Fact]
    public void The_models_cover_the_job_and_task_definitions_of_the_spec()
    {
        Assert.True(ModelTypes.Count(t => t.IsClass) >= 100, $"only {ModelTypes.Count(t => t.IsClass)} model classes");
        Assert.True(ModelTypes.Count(t => t.IsValueType) >= 35, $"only {ModelTypes.Count(t => t.IsValueType)} enums");
    }

    [Theory]
    [MemberData(nameof(ModelClasses))]
    public void Model_classes_have_a_parameterless_constructor_and_settable_wire_named_properties(Type type)
    {
        Assert.NotNull(type.GetConstructor(Type.EmptyTypes));
        object instance = Activator.CreateInstance(type)!;

        foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            Assert.True(property.SetMethod?.IsPublic == true, $"{type.Name}.{property.Name} has no public setter");
            bool ignored = property.GetCustomAttribute<JsonIgnoreAttribute>() != null;
            var wireName = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name;
            Assert.True(ignored || wireName != null, $"{type.Name}.{property.Name} has no [JsonPropertyName]");
            if (wireName != null)
            {
                Assert.True(
                    string.Equals(property.Name, Pascal(wireName), StringComparison.OrdinalIgnoreCase) || IsSpecClientName(property.Name, wireName),
                    $"{type.Name}.{property.Name} does not match its wire name '{wireName}'");
            }

            bool isCollection = property.PropertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(property.PropertyType);
            bool nullableByDesign = property.GetCustomAttribute<WriteWhenEmptyAttribute>() != null;
            if (isCollection && !nullableByDesign)
            {
                Assert.True(property.GetValue(instance) != null, $"{type.Name}.{property.Name} starts as null instead of an empty collection");
            }
        }
    }

    [Theory]
    [MemberData(nameof(ModelClasses))]
    public void Collection_properties_are_arrays_so_PowerShell_converts_any_list_a_user_writes(Type type)
    {
        // PowerShell converts a scalar, an object[] or a hashtable to T[], element by element; it cannot
        // convert them to IList<T>, and to List<T> not from a single hashtable. A hashtable converts to
        // BatchStringDictionary (through its constructor), not to IDictionary<K,V> or Dictionary<K,V>.
        // The listing envelopes' Value lists are read by the client only.
        foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            Type propertyType = property.PropertyType;
            bool isCollection = propertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(propertyType);
            if (isCollection && property.Name != "Value")
            {
                Assert.True(propertyType.IsArray || propertyType == typeof(BatchStringDictionary),
                    $"{type.Name}.{property.Name} is a {propertyType.Name}, not an array or BatchStringDictionary");
            }
        }
    }

    [Theory]
    [MemberData(nameof(EnumStructs))]
    public void Enum_structs_are_extensible_and_serialised_by_their_converter(Type type)
    {
        var converter = type.GetCustomAttribute<JsonConverterAttribute>();
        Assert.NotNull(converter);
        Assert.Equal(typeof(ExtensibleEnumConverter<>).MakeGenericType(type), converter.ConverterType);
        Assert.NotNull(type.GetMethod("op_Implicit", [typeof(string)]));

        var known = type.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType == type).ToList();
        Assert.NotEmpty(known);
        foreach (PropertyInfo member in known)
        {
            string wire = member.GetValue(null)!.ToString()!;
            Assert.Equal(Normalise(member.Name), Normalise(wire));
        }
    }

    [Theory]
    [MemberData(nameof(ModelClasses))]
    public void Enum_valued_properties_are_strings_written_by_the_converter_of_their_enum(Type type)
    {
        // ConvertTo-Json writes a struct as {}: a model keeps its enum values as their wire strings.
        foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var valueType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            Assert.False(ModelTypes.Contains(valueType) && valueType.IsValueType, $"{type.Name}.{property.Name} is a {valueType.Name}, not a string");
            var converter = property.GetCustomAttribute<JsonConverterAttribute>()?.ConverterType;
            if (converter is { IsGenericType: true } && converter.GetGenericTypeDefinition() == typeof(ExtensibleEnumStringConverter<>))
                Assert.Equal(typeof(string), property.PropertyType);
        }
    }

    private static string Pascal(string wireName) => wireName.Replace("odata.", "OData", StringComparison.Ordinal);

    // The few properties named after the spec's x-ms-client-name where the wire name reads badly in .NET.
    private static bool IsSpecClientName(string propertyName, string wireName) =>
        (propertyName, wireName) switch
        {
            ("UserCpuTime", "userCPUTime") or ("KernelCpuTime", "kernelCPUTime") => true,
            ("ReadIops", "readIOps") or ("WriteIops", "writeIOps") => true,
            ("ReadIoGiB", "readIOGiB") or ("WriteIoGiB", "writeIOGiB") => true,
            ("NodeAgentSkuId", "nodeAgentSKUId") or ("InboundNatPools", "inboundNATPools") => true,
            ("PublicIpAddressConfiguration", "publicIPAddressConfiguration") => true,
            _ => false,
        };

    private static string Normalise(string name) => name.Replace("_", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
}
