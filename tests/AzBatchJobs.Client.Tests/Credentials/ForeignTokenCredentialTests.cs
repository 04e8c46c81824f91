using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.Loader;
using Azure.Core;
using Azure.Identity;
using AzBatchJobs.Client.Credentials;
using AzBatchJobs.Client.Tests.Infrastructure;

namespace AzBatchJobs.Client.Tests.Credentials;

/// <summary>
/// A credential made with another copy of Azure.Core (1.38, in a load context of its own, as another
/// module's is in PowerShell 7) signs the client's requests.
/// </summary>
public sealed class ForeignTokenCredentialTests : IDisposable
{
    private readonly OlderAzure _olderAzure = new();

    public void Dispose() => _olderAzure.Unload();

    [Fact]
    public async Task A_credential_of_another_Azure_Core_is_asked_for_the_batch_scope_and_its_token_sent_as_bearer()
    {
        var scopes = new List<string[]>();
        var credential = ForeignTokenCredential.Adapt(_olderAzure.DelegatedCredential(scopes));
        var transport = CapturingTransport.Responding(new TestResponse(202));
        var client = new BatchClient(BatchConnection.TokenCredential(TestClients.Endpoint, credential!), TestClients.Options(transport));

        await client.EnableJobAsync("job-1");

        Assert.Equal("Bearer older-token", transport.Single.Header("Authorization"));
        Assert.Equal(new[] { BatchConnection.EntraScope }, Assert.Single(scopes));
    }

    [Fact]
    public void The_synchronous_path_returns_the_other_credentials_token()
    {
        var scopes = new List<string[]>();
        var credential = ForeignTokenCredential.Adapt(_olderAzure.DelegatedCredential(scopes))!;

        var token = credential.GetToken(new TokenRequestContext(new[] { "scope-a" }, tenantId: "tenant-1"), CancellationToken.None);

        Assert.Equal("older-token", token.Token);
        Assert.True(token.ExpiresOn > DateTimeOffset.UtcNow);
        Assert.Equal(new[] { "scope-a" }, Assert.Single(scopes));
    }

    [Fact]
    public async Task A_sign_in_failure_of_the_other_Azure_Identity_is_this_clients_AuthenticationFailedException()
    {
        var credential = ForeignTokenCredential.Adapt(_olderAzure.FailingCredential("sign-in refused"))!;

        var failure = await Assert.ThrowsAsync<AuthenticationFailedException>(() =>
            credential.GetTokenAsync(new TokenRequestContext(new[] { "scope-a" }), CancellationToken.None).AsTask());

        Assert.Equal("sign-in refused", failure.Message);
        Assert.Equal("Azure.Identity.AuthenticationFailedException", failure.InnerException!.GetType().FullName);
        Assert.NotSame(typeof(AuthenticationFailedException), failure.InnerException.GetType());
    }

    [Fact]
    public void This_clients_own_credentials_pass_through_and_other_objects_are_no_credential()
    {
        var own = new DefaultAzureCredential();

        Assert.Same(own, ForeignTokenCredential.Adapt(own));
        Assert.Null(ForeignTokenCredential.Adapt("a string"));
        Assert.Null(ForeignTokenCredential.Adapt(null));
    }

    /// <summary>Azure.Core 1.38 and Azure.Identity 1.11 from NuGet (tests/OlderAzure), in a load context of their own.</summary>
    private sealed class OlderAzure : AssemblyLoadContext
    {
        private readonly Dictionary<string, string> _paths = typeof(OlderAzure).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "OlderAzureAssemblies").Value!
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToDictionary(path => Path.GetFileNameWithoutExtension(path), StringComparer.OrdinalIgnoreCase);

        public OlderAzure() : base("older-azure", isCollectible: true)
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
}
