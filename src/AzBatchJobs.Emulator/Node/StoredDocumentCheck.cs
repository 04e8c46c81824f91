using System.Text.Json.Nodes;
using AzBatchJobs.Emulator.Api;
using AzBatchJobs.Emulator.Api.Schema;

namespace AzBatchJobs.Emulator.Node;

/// <summary>
/// The first rule a stored job or task document breaks, as the failure the node reports on that job
/// (executionInfo.schedulingError) or task (executionInfo.failureInfo). Such a document was stored
/// before the REST layer checked bodies, or by hand; the rules are the same table the REST layer uses.
/// </summary>
internal static class StoredDocumentCheck
{
    public static TaskFailureInfo? JobProblem(JsonObject job) => Problem(job, JobDocuments.Stored, "job");

    public static TaskFailureInfo? TaskProblem(JsonObject task) => Problem(task, TaskDocuments.Create, "task");

    /// <summary>An error of the node itself while handling the job or task.</summary>
    public static TaskFailureInfo Unexpected(string what, Exception error) =>
        TaskFailureInfo.Server("NodeError", $"The local node failed to handle this {what}: {error.GetType().Name}: {error.Message}");

    private static TaskFailureInfo? Problem(JsonObject doc, string definition, string what) =>
        SchemaValidator.Check(doc, definition) is [var first, ..]
            ? TaskFailureInfo.User(first.Code, $"The local node cannot run this {what}: {first.Message}", new FailureDetail("PropertyName", first.Path))
            : null;
}
