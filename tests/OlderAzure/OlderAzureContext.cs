using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.Loader;

namespace AzBatchJobs.TestSupport;

/// <summary>Azure.Core 1.38 and Azure.Identity 1.11 from NuGet (tests/OlderAzure), in a load context of their own.</summary>
public sealed class OlderAzureContext : AssemblyLoadContext
{
    private readonly Dictionary<string, string> _paths = typeof(OlderAzureContext).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "OlderAzureAssemblies").Value!
        .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .ToDictionary(path => Path.GetFileNameWithoutExtension(path), StringComparer.OrdinalIgnoreCase);

    public OlderAzureContext() : base("older-azure", isCollectible: true)
    {
    }

    protected override Assembly? Load(AssemblyName assemblyName) =>
        _paths.TryGetValue(assemblyName.Name!, out var path) ? LoadFromAssemblyPath(path) : null;

    private Type CoreType(string name) => LoadFromAssemblyName(new AssemblyName("Azure.Core")).GetType(name, throwOnError: true)!;

    /// <summary>Its DelegatedTokenCredential, recording the scopes asked for and answering "older-token".</summary>
    public object DelegatedCredential(List<string[]> scopes) =>
        Delegated(context => Expression.Block(
            Expression.Call(Expression.Constant(scopes), nameof(List<string[]>.Add), null, Expression.Property(context, "Scopes")),
            Expression.New(CoreType("Azure.Core.AccessToken").GetConstructor(new[] { typeof(string), typeof(DateTimeOffset) })!,
                Expression.Constant("older-token"), Expression.Constant(DateTimeOffset.UtcNow.AddHours(1)))));

    /// <summary>Its DelegatedTokenCredential, throwing its Azure.Identity's AuthenticationFailedException.</summary>
    public object FailingCredential(string message)
    {
        var failure = LoadFromAssemblyName(new AssemblyName("Azure.Identity")).GetType("Azure.Identity.AuthenticationFailedException", throwOnError: true)!;
        return Delegated(_ => Expression.Throw(
            Expression.New(failure.GetConstructor(new[] { typeof(string) })!, Expression.Constant(message)), CoreType("Azure.Core.AccessToken")));
    }

    private object Delegated(Func<ParameterExpression, Expression> body)
    {
        var contextType = CoreType("Azure.Core.TokenRequestContext");
        var funcType = typeof(Func<,,>).MakeGenericType(contextType, typeof(CancellationToken), CoreType("Azure.Core.AccessToken"));
        var context = Expression.Parameter(contextType, "context");
        var getToken = Expression.Lambda(funcType, body(context), context, Expression.Parameter(typeof(CancellationToken))).Compile();
        return CoreType("Azure.Core.DelegatedTokenCredential").GetMethod("Create", new[] { funcType })!.Invoke(null, new object[] { getToken })!;
    }
}
