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

    /// <summary>Reads -Json or -JsonFile as one definition, strictly; on failure writes the error and returns false.</summary>
    public static bool TryRead<T>(PSCmdlet cmdlet, string? json, string? jsonFile, out T definition, out string inputName)
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

    /// <summary>The service's rules for a definition read from JSON (after parameters were laid over it); on failure writes the error.</summary>
    public static bool TryCheck<T>(PSCmdlet cmdlet, T definition, string inputName)
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
