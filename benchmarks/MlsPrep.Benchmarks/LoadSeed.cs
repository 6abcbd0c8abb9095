using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;

namespace MlsPrep.Benchmarks;

/// <summary>
/// `load-seed BASE USERS DIR`: registers users through the real forms, gives each some progress, and writes
/// what the load test replays: reads.tsv (cookie, path) and posts.tsv (cookie, path, body) — every post ticks
/// a (user, item) pair nobody ticked before, so acknowledged ticks can be counted in the database afterwards.
/// </summary>
public static partial class LoadSeed
{
    public const string Password = "load test passphrase";

    public static async Task RunAsync(Uri baseUrl, int users, string folder, int topics = BenchmarkSite.Topics)
    {
        Directory.CreateDirectory(folder);
        var reads = new ConcurrentBag<string>();
        var posts = new ConcurrentBag<string>();
        await Parallel.ForAsync(0, users, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (u, cancellation) =>
        {
            var random = new Random(u);
            var cookies = new CookieContainer();
            using var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = baseUrl };
            var form = await client.GetStringAsync("/account/register", cancellation);
            using var register = await client.PostAsync("/account/register", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = $"load{u}@example.com", ["Input.Password"] = Password, ["Input.ConfirmPassword"] = Password,
                ["__RequestVerificationToken"] = Token(form),
            }), cancellation);
            if (register.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"Registering user {u} failed: {register.StatusCode}");
            var cookie = cookies.GetCookieHeader(baseUrl);

            // Twelve different notes: the same note twice would post the same tick twice, and the second would look lost.
            var picked = new HashSet<int>();
            while (picked.Count < Math.Min(12, topics)) picked.Add(random.Next(topics));
            foreach (var topic in picked)
            {
                var path = $"/topics/topic-{topic:D5}";
                var page = await client.GetStringAsync(path, cancellation);
                var token = Token(page);
                var items = Item().Matches(page).Select(m => m.Groups[1].Value).Distinct().ToList();
                reads.Add($"{cookie}\t{path}");
                // The first two items are ticked now (progress to show); the rest are left for the load test to tick.
                foreach (var (item, index) in items.Select((item, index) => (item, index)))
                {
                    var body = $"item={Uri.EscapeDataString(item)}&covered=true&__RequestVerificationToken={Uri.EscapeDataString(token)}";
                    if (index < 2)
                    {
                        using var tick = await client.PostAsync($"{path}?handler=Item", new StringContent(body, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"), cancellation);
                    }
                    else
                    {
                        posts.Add($"{cookie}\t{path}?handler=Item\t{body}");
                    }
                }
            }
        });
        await File.WriteAllLinesAsync(Path.Combine(folder, "reads.tsv"), reads);
        await File.WriteAllLinesAsync(Path.Combine(folder, "posts.tsv"), posts.OrderBy(_ => Random.Shared.Next()));
        Console.WriteLine($"Seeded {users} users; {reads.Count} signed-in pages and {posts.Count} fresh ticks to replay.");
    }

    private static string Token(string html) => Antiforgery().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();

    [GeneratedRegex("name=\"item\" value=\"([^\"]+)\"")]
    private static partial Regex Item();
}
