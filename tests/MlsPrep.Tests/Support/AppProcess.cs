using System.Diagnostics;
using System.Net;

namespace MlsPrep.Tests.Support;

/// <summary>The real app as its own process on a free loopback port, as a server runs it (Kestrel, its own configuration).</summary>
public sealed class AppProcess : IDisposable
{
    private readonly List<string> log = [];

    private AppProcess(Process process, int port)
    {
        Process = process;
        Port = port;
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
    }

    public Process Process { get; }

    public int Port { get; }

    /// <summary>A client of its own, with a cookie jar.</summary>
    public HttpClient Client { get; }

    /// <param name="settings">Environment variables: the database, the content folder and anything else the test sets.</param>
    public static AppProcess Start(IReadOnlyDictionary<string, string> settings)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "MlsPrep.Web.dll")])
        {
            WorkingDirectory = Path.Combine(MlsPrepApp.RepositoryRoot, "src", "MlsPrep.Web"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["Urls"] = $"http://127.0.0.1:{port}",
                ["Security__SignInAttemptsPerMinute"] = "1000",
            },
        };
        foreach (var (name, value) in settings) start.Environment[name] = value;
        var app = new AppProcess(Process.Start(start)!, port);
        app.Process.OutputDataReceived += (_, line) => app.Record(line.Data);
        app.Process.ErrorDataReceived += (_, line) => app.Record(line.Data);
        app.Process.BeginOutputReadLine();
        app.Process.BeginErrorReadLine();
        return app;
    }

    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public bool Logged(string text)
    {
        lock (log) return log.Any(line => line.Contains(text, StringComparison.Ordinal));
    }

    public async Task WaitUntilReadyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && !Process.HasExited)
        {
            try
            {
                using var response = await Client.GetAsync("/healthz");
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            await Task.Delay(100);
        }
        lock (log) throw new TimeoutException("The app did not become ready:\n" + string.Join('\n', log.TakeLast(30)));
    }

    public void Kill()
    {
        if (!Process.HasExited) Process.Kill(entireProcessTree: true);
        Process.WaitForExit();
    }

    private void Record(string? line)
    {
        if (line is not null) lock (log) log.Add(line);
    }

    public void Dispose()
    {
        Kill();
        Process.Dispose();
        Client.Dispose();
    }
}
