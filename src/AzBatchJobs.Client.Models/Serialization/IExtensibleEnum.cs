namespace AzBatchJobs.Client.Serialization;

/// <summary>
/// Implemented by the string-backed enum structs so one JSON converter can read and write all of them.
/// </summary>
/// <remarks>
/// netstandard2.0 has no static abstract interface members, so the factory is an instance
/// method called on <c>default(TSelf)</c>.
/// </remarks>
public interface IExtensibleEnum<TSelf> where TSelf : struct, IExtensibleEnum<TSelf>
{
    /// <summary>Creates a value of this enumeration from its wire string.</summary>
    TSelf FromWireValue(string wireValue);
}
