using System;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Azure;
using AzBatchJobs.Client.Serialization;

namespace AzBatchJobs.Client;

public partial class BatchClient
{
    /// <summary>Sends the request; any status outside 2xx becomes a <see cref="BatchServiceException"/>, no answer at all a
    /// <see cref="BatchConnectionException"/>, a credential that gets no token a <see cref="BatchAuthenticationException"/>.</summary>
    internal async ValueTask<Response> SendAsync(BatchMessageBuilder builder, bool async, CancellationToken cancellationToken)
    {
        var message = builder.Message;
        try
        {
            if (async)
            {
                await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                _pipeline.Send(message, cancellationToken);
            }
        }
        catch (Exception failure) when (BatchTransportFailures.Translate(failure, _endpoint, cancellationToken) is { } translated)
        {
            throw translated;
        }
        var response = message.Response;
        if (response.Status < 200 || response.Status >= 300)
        {
            throw BatchErrorReader.Read(response, builder.ClientRequestId);
        }
        return response;
    }

    internal async ValueTask<BatchOperationResult> SendForResultAsync(BatchMessageBuilder builder, bool async, CancellationToken cancellationToken)
    {
        using var message = builder.Message;
        var response = await SendAsync(builder, async, cancellationToken).ConfigureAwait(false);
        return BatchOperationResult.FromResponse(response);
    }

    internal async ValueTask<Response<T>> SendForValueAsync<T>(BatchMessageBuilder builder, bool async, CancellationToken cancellationToken)
    {
        using var message = builder.Message;
        var response = await SendAsync(builder, async, cancellationToken).ConfigureAwait(false);
        return Response.FromValue(ReadBody<T>(response), response);
    }

    internal static T ReadBody<T>(Response response)
    {
        T? value;
        try
        {
            value = JsonSerializer.Deserialize<T>(response.Content.ToMemory().Span, BatchJson.Options);
        }
        catch (JsonException exception)
        {
            throw new BatchResponseFormatException(typeof(T).Name, response, exception);
        }
        return value ?? throw new BatchResponseFormatException(typeof(T).Name, response, null);
    }
}
