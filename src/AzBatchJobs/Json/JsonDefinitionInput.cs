using System;
using System.IO;
using System.Management.Automation;
using AzBatchJobs.Client.Definitions;

namespace AzBatchJobs.Cmdlets;

/// <summary>
/// What the -Json and -JsonFile parameters share: finding the file as PowerShell paths go, reading one
/// definition, and the error records of JSON that cannot be sent (id InvalidBatchJson, targeted at the
/// item's id when it has one).
/// </summary>
internal static class JsonDefinitionInput
{
    public const string InlineName = "-Json";

    /// <summary>
    /// -Json or -JsonFile read strictly as one definition, the parameters the user gave laid over it
    /// (ParameterOverlay), then the service's rules; null, with the error written, when any step fails.
    /// </summary>
    public static T? ReadWithParameters<T>(PSCmdlet cmdlet, string? json, string? jsonFile, Func<T> fromParameters, params (string Parameter, string Property)[] renamed)
        where T : class
    {
        if (!TryRead<T>(cmdlet, json, jsonFile, out var definition, out var inputName)) return null;
        ParameterOverlay.Apply(definition, fromParameters(), cmdlet.MyInvocation.BoundParameters, renamed);
        return TryCheck(cmdlet, definition, inputName) ? definition : null;
    }

    private static bool TryRead<T>(PSCmdlet cmdlet, string? json, string? jsonFile, out T definition, out string inputName)
        where T : class
    {
        inputName = jsonFile ?? InlineName;
        definition = null!;
        string text;
        try
        {
            text = jsonFile is null ? json! : File.ReadAllText(ResolveFile(cmdlet, jsonFile));
        }
        catch (Exception e) when (IsFileError(e))
        {
            cmdlet.WriteError(FileError(e, jsonFile!));
            return false;
        }
        try
        {
            definition = BatchDefinitionJson.Read<T>(text, inputName);
            return true;
        }
        catch (BatchJsonInputException e)
        {
            cmdlet.WriteError(ToErrorRecord(e, inputName));
            return false;
        }
    }

    private static bool TryCheck<T>(PSCmdlet cmdlet, T definition, string inputName)
        where T : class
    {
        try
        {
            BatchDefinitionJson.Check(definition, inputName);
            return true;
        }
        catch (BatchJsonInputException e)
        {
            cmdlet.WriteError(ToErrorRecord(e, inputName));
            return false;
        }
    }

    /// <summary>The file system path of a -JsonFile argument, relative to the current PowerShell location; it must exist.</summary>
    public static string ResolveFile(PSCmdlet cmdlet, string path)
    {
        var resolved = cmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath(path);
        if (!File.Exists(resolved)) throw new ItemNotFoundException($"Cannot find the JSON file '{path}' ({resolved}).");
        return resolved;
    }

    public static FileStream OpenFile(string resolvedPath) =>
        new(resolvedPath, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);

    public static bool IsFileError(Exception e) => e is ItemNotFoundException or IOException or UnauthorizedAccessException or NotSupportedException;

    public static ErrorRecord FileError(Exception e, string path) => e is ItemNotFoundException
        ? new ErrorRecord(e, "JsonFileNotFound", ErrorCategory.ObjectNotFound, path)
        : new ErrorRecord(e, "JsonFileNotReadable", ErrorCategory.ReadError, path);

    public static ErrorRecord ToErrorRecord(BatchJsonInputException e, object? target) =>
        new(e, "InvalidBatchJson", ErrorCategory.InvalidData, e.ItemId ?? target) { ErrorDetails = new ErrorDetails(e.Message) };
}
