using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace AzBatchJobs.Emulator.Node;

/// <summary>One name/value pair of a failure's details (the spec's NameValuePair).</summary>
internal sealed record FailureDetail(string Name, string Value);

/// <summary>
/// Why a task failed, as the service reports it in executionInfo.failureInfo (BatchTaskFailureInfo).
/// Category is the wire value: "usererror" or "servererror".
/// </summary>
internal sealed record TaskFailureInfo(string Category, string Code, string Message, IReadOnlyList<FailureDetail> Details)
{
    public const string UserError = "usererror";
    public const string ServerError = "servererror";

    public static TaskFailureInfo User(string code, string message, params FailureDetail[] details) =>
        new(UserError, code, message, details);

    public static TaskFailureInfo Server(string code, string message, params FailureDetail[] details) =>
        new(ServerError, code, message, details);

    /// <summary>The wire form (BatchTaskFailureInfo); details only when there are any.</summary>
    public JsonObject ToJson()
    {
        var json = new JsonObject { ["category"] = Category, ["code"] = Code, ["message"] = Message };
        if (Details.Count > 0)
        {
            var details = new JsonArray();
            foreach (FailureDetail detail in Details)
            {
                details.Add(new JsonObject { ["name"] = detail.Name, ["value"] = detail.Value });
            }
            json["details"] = details;
        }
        return json;
    }
}

/// <summary>
/// The failure codes the emulator reports; the names are the Batch service's task failure codes
/// (TaskFailureInformationCodes in the Batch SDKs).
/// </summary>
internal static class TaskFailureCodes
{
    public const string FailureExitCode = "FailureExitCode";
    public const string TaskEnded = "TaskEnded";
    public const string CommandProgramNotFound = "CommandProgramNotFound";
    public const string CommandLaunchFailed = "CommandLaunchFailed";
    public const string BlobNotFound = "BlobNotFound";
    public const string BlobAccessDenied = "BlobAccessDenied";
    public const string BlobDownloadMiscError = "BlobDownloadMiscError";
    public const string BlobDownloadTimedOut = "BlobDownloadTimedOut";
    public const string ResourceFileWriteFailed = "ResourceFileWriteFailed";
    public const string FileUploadMiscError = "FileUploadMiscError";
}
