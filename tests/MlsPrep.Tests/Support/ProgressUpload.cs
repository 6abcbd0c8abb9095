using System.Net.Http.Headers;

namespace MlsPrep.Tests.Support;

/// <summary>Uploads a progress file through the account page's import form, as a browser would.</summary>
public static class ProgressUpload
{
    public static async Task<string> UploadAsync(this HttpClient client, string fileName, string content)
    {
        var page = await client.GetDocumentAsync("/account");
        var token = page.QuerySelector("form[enctype] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(content)) { Headers = { ContentType = new MediaTypeHeaderValue("application/octet-stream") } }, "upload", fileName },
        };
        using var response = await client.PostAsync("/account?handler=Import", form);
        var after = await client.GetDocumentAsync("/account");
        return after.QuerySelector(".flash")!.TextContent;
    }
}
