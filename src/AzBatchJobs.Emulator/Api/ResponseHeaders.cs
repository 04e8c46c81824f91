using AzBatchJobs.Emulator.Store;

namespace AzBatchJobs.Emulator.Api;

/// <summary>ETag, Last-Modified and DataServiceId on answers about one entity; Location on create.</summary>
internal static class ResponseHeaders
{
    public static void Entity(HttpResponse response, EntityVersion version, string url)
    {
        response.Headers.ETag = version.ETag;
        response.Headers.LastModified = version.LastModified.ToString("R");
        response.Headers["DataServiceId"] = url;
    }

    public static void Created(HttpResponse response, EntityVersion version, string url)
    {
        Entity(response, version, url);
        response.Headers.Location = url;
        response.StatusCode = StatusCodes.Status201Created;
    }
}
