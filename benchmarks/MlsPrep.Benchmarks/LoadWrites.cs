using System.Diagnostics;
using System.Net;

namespace MlsPrep.Benchmarks;

/// <summary>
/// `load-writes BASE posts.tsv RATE SECONDS`: the write share of the mixed load. Sends fresh ticks at RATE per
/// second for SECONDS, each timed from send to response, and prints acknowledged, errors, p50 and p99.
/// </summary>
public static class LoadWrites
{
    public static async Task RunAsync(Uri baseUrl, string postsFile, double rate, int seconds)
    {
        var posts = (await File.ReadAllLinesAsync(postsFile)).Select(l => l.Split('\t')).ToArray();
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, MaxConnectionsPerServer = 16 }) { BaseAddress = baseUrl };
        var latencies = new List<double>();
        int acknowledged = 0, errors = 0, next = 0;
        var clock = Stopwatch.StartNew();
        var running = new List<Task>();
        while (clock.Elapsed.TotalSeconds < seconds && next < posts.Length)
        {
            var due = TimeSpan.FromSeconds(next / rate);
            if (due > clock.Elapsed) await Task.Delay(due - clock.Elapsed);
            var post = posts[next++];
            running.Add(Task.Run(async () =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, post[1]) { Content = new StringContent(post[2], System.Text.Encoding.UTF8, "application/x-www-form-urlencoded") };
                request.Headers.Add("Cookie", post[0]);
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.SendAsync(request);
                    var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    lock (latencies)
                    {
                        latencies.Add(elapsed);
                        if (response.StatusCode == HttpStatusCode.Redirect) acknowledged++;
                        else errors++;
                    }
                }
                catch (HttpRequestException)
                {
                    lock (latencies) errors++;
                }
            }));
        }
        await Task.WhenAll(running);
        latencies.Sort();
        double Percentile(double p) => latencies.Count == 0 ? 0 : latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(p * latencies.Count) - 1)];
        Console.WriteLine($"writes acknowledged={acknowledged} errors={errors} p50_ms={Percentile(0.50):F2} p99_ms={Percentile(0.99):F2}");
    }
}
