using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AzBatchJobs.Bench;

/// <summary>Shared Key for the raw floor's add-collection POSTs (fixed headers: ocp-date and the JSON content type).</summary>
internal sealed class RawSharedKey
{
    private readonly string account;
    private readonly byte[] key;

    public RawSharedKey(string account, string base64Key)
    {
        this.account = account;
        key = Convert.FromBase64String(base64Key);
    }

    public string Authorization(string contentType, int contentLength, string ocpDate, string path, string apiVersion)
    {
        string stringToSign = string.Create(CultureInfo.InvariantCulture,
            $"POST\n\n\n{contentLength}\n\n{contentType}\n\n\n\n\n\n\nocp-date:{ocpDate}\n/{account}{path}\napi-version:{apiVersion}");
        byte[] signature = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(stringToSign));
        return $"SharedKey {account}:{Convert.ToBase64String(signature)}";
    }
}
