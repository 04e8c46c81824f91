using System;
using System.IO;

namespace AzBatchJobs.Client;

/// <summary>A task file's content as a stream straight from the response (dispose it), with its properties.</summary>
public sealed class BatchFileContent : IDisposable
{
    private readonly IDisposable? _owner;

    public BatchFileContent(Stream content, BatchFileProperties properties)
        : this(content, properties, null)
    {
    }

    // owner: the HTTP message the stream belongs to, kept alive until the content is disposed.
    internal BatchFileContent(Stream content, BatchFileProperties properties, IDisposable? owner)
    {
        Content = content;
        Properties = properties;
        _owner = owner;
    }

    public Stream Content { get; }

    public BatchFileProperties Properties { get; }

    public void Dispose()
    {
        Content.Dispose();
        _owner?.Dispose();
    }
}
