namespace AzBatchJobs.Emulator.Http;

/// <summary>A failure answered to the client as a BatchError JSON body.</summary>
internal sealed class BatchErrorException : Exception
{
    public BatchErrorException(int status, string code, string message, params (string Key, string Value)[] values)
        : base(message)
    {
        Status = status;
        Code = code;
        Values = values;
    }

    public int Status { get; }
    public string Code { get; }
    public IReadOnlyList<(string Key, string Value)> Values { get; }

    public static BatchErrorException JobNotFound() =>
        new(404, "JobNotFound", "The specified job does not exist.");

    public static BatchErrorException TaskNotFound() =>
        new(404, "TaskNotFound", "The specified task does not exist.");

    public static BatchErrorException InvalidQuery(string name, string value, string reason) =>
        new(400, "InvalidQueryParameterValue", "Value for one of the query parameters specified in the request URI is invalid.",
            ("QueryParameterName", name), ("QueryParameterValue", value), ("Reason", reason));

    public static BatchErrorException InvalidProperty(string name, string value, string reason) =>
        new(400, "InvalidPropertyValue", "The value provided for one of the properties in the request body is invalid.",
            ("PropertyName", name), ("PropertyValue", value), ("Reason", reason));

    public static BatchErrorException MissingProperty(string name) =>
        new(400, "MissingRequiredProperty", "A required property was not specified in the request body.",
            ("PropertyName", name));

    public static BatchErrorException InvalidBody(string reason) =>
        new(400, "InvalidRequestBody", "The specified Request Body is not syntactically valid.", ("Reason", reason));

    public static BatchErrorException Conflict(string code, string message) => new(409, code, message);
}
