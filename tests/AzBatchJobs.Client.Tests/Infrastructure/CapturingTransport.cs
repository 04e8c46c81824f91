using Azure.Core;
using Azure.Core.Pipeline;

namespace AzBatchJobs.Client.Tests.Infrastructure;

/// <summary>
/// An Azure.Core transport that records every attempt and answers from a queue of responders
/// (the last responder repeats). Nothing leaves the process.
/// </summary>
internal sealed class CapturingTransport : HttpPipelineTransport
{
    private readonly Queue<Func<CapturedRequest, TestResponse>> _responders = new();
    private Func<CapturedRequest, TestResponse> _last;
    private readonly object _gate = new();

    public CapturingTransport(params Func<CapturedRequest, TestResponse>[] responders)
    {
        foreach (var responder in responders)
        {
            _responders.Enqueue(responder);
        }
        _last = responders.Length > 0 ? responders[^1] : _ => new TestResponse(200);
    }

    public static CapturingTransport Responding(params TestResponse[] responses) =>
        new(responses.Select(r => (Func<CapturedRequest, TestResponse>)(_ => r)).ToArray());

    public List<CapturedRequest> Requests { get; } = new();

    public CapturedRequest Single => Assert.Single(Requests);

    public override Request CreateRequest() => new TestRequest();

    public override void Process(HttpMessage message) => Respond(message);

    public override ValueTask ProcessAsync(HttpMessage message)
    {
        Respond(message);
        return default;
    }

    private void Respond(HttpMessage message)
    {
        message.CancellationToken.ThrowIfCancellationRequested();
        var request = message.Request;
        byte[]? body = null;
        if (request.Content is not null)
        {
            using var buffer = new MemoryStream();
            request.Content.WriteTo(buffer, message.CancellationToken);
            body = buffer.ToArray();
        }
        var headers = request.Headers.Select(h => (h.Name, h.Value)).ToList();
        var captured = new CapturedRequest(request.Method.Method, request.Uri.ToUri(), headers, body);
        Func<CapturedRequest, TestResponse> responder;
        lock (_gate)
        {
            Requests.Add(captured);
            responder = _responders.Count > 0 ? _responders.Dequeue() : _last;
        }
        var response = responder(captured);
        response.ClientRequestId = request.ClientRequestId;
        message.Response = response;
    }
}
