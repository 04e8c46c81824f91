using System;
using System.Linq;
using System.Reflection;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using Azure.Identity;

namespace AzBatchJobs.Client.Credentials;

/// <summary>
/// A TokenCredential made with another copy of Azure.Core: another module's, which in PowerShell 7
/// lives in another load context than this client's. Its type derives from that copy's
/// Azure.Core.TokenCredential, not from this client's, so it is called through reflection: the
/// request context is rebuilt in its types and its AccessToken read back into this client's.
/// </summary>
public sealed class ForeignTokenCredential : TokenCredential
{
    private const string TokenCredentialTypeName = "Azure.Core.TokenCredential";

    private readonly object _credential;
    private readonly MethodInfo _getToken;
    private readonly MethodInfo _getTokenAsync;
    private readonly ConstructorInfo _contextConstructor;

    private ForeignTokenCredential(object credential, Type foreignBase)
    {
        _credential = credential;
        _getToken = foreignBase.GetMethod(nameof(GetToken), BindingFlags.Public | BindingFlags.Instance)!;
        _getTokenAsync = foreignBase.GetMethod(nameof(GetTokenAsync), BindingFlags.Public | BindingFlags.Instance)!;
        var contextType = _getToken.GetParameters()[0].ParameterType;
        // The richest constructor whose every parameter is one this client can fill or has a default.
        _contextConstructor = contextType.GetConstructors()
            .Where(c => c.GetParameters().All(p => IsKnown(p) || p.HasDefaultValue))
            .OrderByDescending(c => c.GetParameters().Length)
            .First();
    }

    /// <summary>
    /// The credential as this client's TokenCredential: itself when it is one, an adapter when it
    /// derives from another copy's Azure.Core.TokenCredential, null when it is no credential at all.
    /// </summary>
    public static TokenCredential? Adapt(object? credential)
    {
        if (credential is null) return null;
        if (credential is TokenCredential own) return own;
        for (var type = credential.GetType(); type is not null; type = type.BaseType)
        {
            if (type.FullName == TokenCredentialTypeName) return new ForeignTokenCredential(credential, type);
        }
        return null;
    }

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        object token;
        try
        {
            token = _getToken.Invoke(_credential, new[] { ForeignContext(requestContext), cancellationToken })!;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw Translate(e.InnerException);
        }
        return ToAccessToken(token);
    }

    public override async ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        Task task;
        try
        {
            var pending = _getTokenAsync.Invoke(_credential, new[] { ForeignContext(requestContext), cancellationToken })!;
            task = (Task)pending.GetType().GetMethod("AsTask")!.Invoke(pending, null)!;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw Translate(e.InnerException);
        }
        try
        {
            await task.ConfigureAwait(false);
        }
        catch (Exception e)
        {
            throw Translate(e);
        }
        return ToAccessToken(task.GetType().GetProperty("Result")!.GetValue(task)!);
    }

    private static bool IsKnown(ParameterInfo parameter) =>
        parameter.Name is "scopes" or "parentRequestId" or "claims" or "tenantId" or "isCaeEnabled";

    private object ForeignContext(TokenRequestContext context)
    {
        var arguments = _contextConstructor.GetParameters().Select(p => p.Name switch
        {
            "scopes" => context.Scopes,
            "parentRequestId" => context.ParentRequestId,
            "claims" => context.Claims,
            "tenantId" => context.TenantId,
            "isCaeEnabled" => context.IsCaeEnabled,
            _ => p.DefaultValue,
        }).ToArray();
        return _contextConstructor.Invoke(arguments);
    }

    private static AccessToken ToAccessToken(object foreign)
    {
        var type = foreign.GetType();
        object? Read(string property) => type.GetProperty(property)?.GetValue(foreign);
        var token = (string)Read(nameof(AccessToken.Token))!;
        var expiresOn = (DateTimeOffset)Read(nameof(AccessToken.ExpiresOn))!;
        var refreshOn = Read(nameof(AccessToken.RefreshOn)) as DateTimeOffset?;
        return Read(nameof(AccessToken.TokenType)) is string tokenType
            ? new AccessToken(token, expiresOn, refreshOn, tokenType)
            : new AccessToken(token, expiresOn, refreshOn);
    }

    // The other copy's Azure.Identity failures become this client's, which the cmdlets map to
    // BatchAuthenticationFailed; anything else is rethrown as it is.
    private static Exception Translate(Exception exception)
    {
        switch (exception.GetType().FullName)
        {
            case "Azure.Identity.AuthenticationFailedException":
                return new AuthenticationFailedException(exception.Message, exception);
            case "Azure.Identity.CredentialUnavailableException":
                return new CredentialUnavailableException(exception.Message, exception);
            default:
                ExceptionDispatchInfo.Capture(exception).Throw();
                return exception;
        }
    }
}
