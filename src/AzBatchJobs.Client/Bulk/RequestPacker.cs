using System.Collections.Generic;
using System.Text;

namespace AzBatchJobs.Client.Bulk;

/// <summary>Packs serialized tasks into add-collection bodies within the service's limits,
/// measured on the bytes that will be sent.</summary>
internal sealed class RequestPacker
{
    /// <summary>The service takes at most 100 tasks per add-collection request.</summary>
    public const int ServiceMaxTasks = 100;

    /// <summary>The service takes bodies under 1 MB (1,048,576 bytes).</summary>
    public const int ServiceMaxBodyBytes = 1024 * 1024 - 1;

    private static readonly byte[] Prefix = Encoding.UTF8.GetBytes("{\"value\":[");
    private static readonly byte[] Suffix = Encoding.UTF8.GetBytes("]}");
    private static readonly int EnvelopeBytes = Prefix.Length + Suffix.Length;

    private readonly int maxTasks;
    private readonly int maxBodyBytes;
    private List<PendingTask> current = new List<PendingTask>();
    private int currentBodyBytes = EnvelopeBytes;

    public RequestPacker(int maxTasks = ServiceMaxTasks, int maxBodyBytes = ServiceMaxBodyBytes)
    {
        this.maxTasks = maxTasks;
        this.maxBodyBytes = maxBodyBytes;
    }

    public int MaxTasks => maxTasks;

    public int MaxBodyBytes => maxBodyBytes;

    /// <summary>Whether a task of this size fits in a request on its own.</summary>
    public bool FitsAlone(int jsonBytes) => EnvelopeBytes + jsonBytes <= maxBodyBytes;

    /// <summary>True when the request being packed has room for a task of this size.</summary>
    public bool HasRoomFor(int jsonBytes) =>
        current.Count == 0 || (current.Count < maxTasks && currentBodyBytes + 1 + jsonBytes <= maxBodyBytes);

    /// <summary>True when no further task fits by count.</summary>
    public bool IsFull => current.Count >= maxTasks;

    /// <summary>Adds the task to the request being packed; call HasRoomFor first.</summary>
    public void Add(PendingTask task)
    {
        currentBodyBytes += task.Json.Length + (current.Count > 0 ? 1 : 0);
        current.Add(task);
    }

    /// <summary>Takes what is packed so far (possibly nothing).</summary>
    public List<PendingTask> TakeBatch()
    {
        var batch = current;
        current = new List<PendingTask>();
        currentBodyBytes = EnvelopeBytes;
        return batch;
    }

    public static byte[] BuildBody(IReadOnlyList<PendingTask> tasks)
    {
        int length = EnvelopeBytes + (tasks.Count > 0 ? tasks.Count - 1 : 0);
        foreach (var task in tasks)
        {
            length += task.Json.Length;
        }

        var body = new byte[length];
        Prefix.CopyTo(body, 0);
        int offset = Prefix.Length;
        for (int i = 0; i < tasks.Count; i++)
        {
            if (i > 0)
            {
                body[offset++] = (byte)',';
            }

            tasks[i].Json.CopyTo(body, offset);
            offset += tasks[i].Json.Length;
        }

        Suffix.CopyTo(body, offset);
        return body;
    }
}
