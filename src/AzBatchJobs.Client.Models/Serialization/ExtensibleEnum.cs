using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace AzBatchJobs.Client.Serialization;

/// <summary>
/// What every extensible enum struct shares: its known values (its public static members of its own
/// type), reading a value a user typed, and the wire spelling of a known value.
/// </summary>
public static class ExtensibleEnum
{
    /// <summary>The names of the known values, for messages and tab completion (e.g. NoAction, TerminateJob).</summary>
    public static IReadOnlyList<string> Names<TEnum>() where TEnum : struct, IExtensibleEnum<TEnum> =>
        KnownValues<TEnum>.All.Select(v => v.Name).ToList();

    /// <summary>
    /// The known value whose wire value or member name is <paramref name="value"/> in any case;
    /// anything else throws a <see cref="FormatException"/> that lists the valid values.
    /// </summary>
    public static TEnum Parse<TEnum>(string value) where TEnum : struct, IExtensibleEnum<TEnum>
    {
        if (KnownValues<TEnum>.TryFind(value, out var wire)) return default(TEnum).FromWireValue(wire);
        throw new FormatException($"'{value}' is not a valid {typeof(TEnum).Name}. Valid values: {string.Join(", ", Names<TEnum>())}.");
    }

    /// <summary>The wire value of a known value written in any case or by its member name; any other value as given.</summary>
    public static string ToWireValue<TEnum>(string value) where TEnum : struct, IExtensibleEnum<TEnum> =>
        KnownValues<TEnum>.TryFind(value, out var wire) ? wire : value;

    private static class KnownValues<TEnum> where TEnum : struct, IExtensibleEnum<TEnum>
    {
        public static readonly (string Name, string Wire)[] All = typeof(TEnum)
            .GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(TEnum))
            .Select(p => (p.Name, p.GetValue(null)!.ToString()!))
            .ToArray();

        public static bool TryFind(string? value, out string wire)
        {
            foreach (var (name, known) in All)
            {
                if (string.Equals(value, known, StringComparison.OrdinalIgnoreCase) || string.Equals(value, name, StringComparison.OrdinalIgnoreCase))
                {
                    wire = known;
                    return true;
                }
            }
            wire = "";
            return false;
        }
    }
}
