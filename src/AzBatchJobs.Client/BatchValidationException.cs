using System;

namespace AzBatchJobs.Client;

/// <summary>
/// Input refused before anything is sent: <see cref="Field"/> names what is wrong as the client calls it
/// (<c>job.Id</c>, <c>jobId</c>, <c>tasks[3].CommandLine</c>) and <see cref="Rule"/> says why. The message is
/// the field followed by the rule, so a caller with its own names for the fields (a cmdlet's parameters)
/// can say the same thing in its terms with <see cref="WithField"/>.
/// </summary>
public sealed class BatchValidationException : ArgumentException
{
    public BatchValidationException(string field, string rule, Exception? innerException = null)
        : base(field + rule, field, innerException)
    {
        Field = field;
        Rule = rule;
    }

    /// <summary>The field as the client names it; also <see cref="ArgumentException.ParamName"/>.</summary>
    public string Field { get; }

    /// <summary>What follows the field's name in the message, e.g. " is required." or " 'a b' contains ' '; ...".</summary>
    public string Rule { get; }

    /// <summary>The field followed by the rule, without .NET's "(Parameter '...')" suffix.</summary>
    public override string Message => Field + Rule;

    /// <summary>The same failure told with another name for the field; this exception is its inner exception.</summary>
    public BatchValidationException WithField(string field) => new(field, Rule, this);
}
