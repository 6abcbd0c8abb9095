using System.Diagnostics;
using System.Net;
using MlsPrep.Tests.Support;
using Npgsql;
using static MlsPrep.Tests.Progress.ProgressSite;

namespace MlsPrep.Tests.Cluster;

/// <summary>
/// A study group's server as docs/deploy.md describes it: two app processes on one PostgreSQL database behind
/// nginx on loopback, which hands each request to the next instance in turn.
/// </summary>
[Trait(TestDatabase.Trait, TestDatabase.PostgresOnly)]
public sealed class BehindNginxTests : IAsyncLifetime, IDisposable
{
    private const int Notes = 30;
    private readonly ContentFolder content = new();
    private readonly string dataFolder = Directory.CreateTempSubdirectory("mlsprep-nginx-").FullName;
    private readonly List<AppProcess> instances = [];
    private Process? nginx;
    private HttpClient reader = null!;

    private string ConnectionString => TestDatabase.ConnectionStringFor(dataFolder, "");

    public async Task InitializeAsync()
    {
        TestDatabase.RequirePostgres();
        for (var i = 0; i < Notes; i++) content.Write($"tst-c01/data/note-{i:D2}.md", ContentFolder.Note($"Note {i}"));
        var settings = new Dictionary<string, string>
        {
            ["Database__Provider"] = "PostgreSQL",
            ["ConnectionStrings__MlsPrep"] = ConnectionString,
            ["Content__Path"] = content.Root,
            ["Content__Watch"] = "true",
        };
        instances.AddRange([AppProcess.Start(settings), AppProcess.Start(settings)]);
        await Task.WhenAll(instances.Select(i => i.WaitUntilReadyAsync()));
        var port = StartNginx();
        reader = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!await AnswersAsync(reader))
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("nginx did not answer: " + File.ReadAllText(Path.Combine(dataFolder, "error.log")));
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task Registering_signing_in_and_ticking_work_whichever_instance_answers()
    {
        // Round robin: the register form comes from one instance and is posted to the other, antiforgery token and all.
        await reader.RegisterAsync("group@example.com");
        var answeredBy = new HashSet<string>();
        for (var i = 0; i < 4; i++)
        {
            var page = await reader.GetAsync($"/topics/note-{i:D2}");
            answeredBy.Add(string.Join(',', page.Headers.GetValues("X-Instance")));
            using var tick = await reader.PostFormAsync((await Html.ParseAsync(page)).ItemForm(First), new() { ["covered"] = "true" });
            Assert.Equal(HttpStatusCode.Redirect, tick.StatusCode);
            answeredBy.Add(string.Join(',', tick.Headers.GetValues("X-Instance")));
        }

        // Pages from one instance, ticks posted to the other.
        Assert.Equal(2, answeredBy.Count);
        // Each page twice, so each instance shows each tick.
        for (var i = 0; i < 8; i++)
        {
            var page = await reader.GetDocumentAsync($"/topics/note-{i / 2:D2}");
            Assert.Equal("Covered", page.QuerySelector($"#item-{First}")!.GetAttribute("data-state"));
        }
    }

    [Fact]
    public async Task Editing_every_note_while_a_reader_ticks_loses_no_tick_and_both_instances_show_the_edit()
    {
        await reader.RegisterAsync("busy@example.com");
        var acknowledged = new List<string>();
        var ticking = Task.Run(async () =>
        {
            for (var i = 0; i < Notes; i++)
            {
                var page = await reader.GetDocumentAsync($"/topics/note-{i:D2}");
                using var tick = await reader.PostFormAsync(page.ItemForm(First), new() { ["covered"] = "true" });
                if (tick.StatusCode == HttpStatusCode.Redirect) acknowledged.Add($"note-{i:D2}");
            }
        });
        for (var i = 0; i < Notes; i++)
        {
            content.Write($"tst-c01/data/note-{i:D2}.md", ContentFolder.Note($"Note {i}, revised"));
            await Task.Delay(20);
        }
        await ticking;

        Assert.Equal(Notes, acknowledged.Count);
        await using (var db = new NpgsqlConnection(ConnectionString))
        {
            await db.OpenAsync();
            await using var count = new NpgsqlCommand("""SELECT count(*) FROM "ItemTicks" t JOIN "AspNetUsers" u ON u."Id" = t."UserId" WHERE u."Email" = 'busy@example.com'""", db);
            Assert.Equal(Notes, (long)(await count.ExecuteScalarAsync())!);
        }
        var deadline = DateTime.UtcNow.AddSeconds(20);
        foreach (var i in Enumerable.Range(0, Notes))
        {
            // Twice each: one answer from each instance.
            for (var turn = 0; turn < 2; turn++)
            {
                var page = await reader.GetDocumentAsync($"/topics/note-{i:D2}");
                while (!page.Title!.Contains("revised", StringComparison.Ordinal) && DateTime.UtcNow < deadline)
                {
                    await Task.Delay(100);
                    page = await reader.GetDocumentAsync($"/topics/note-{i:D2}");
                }
                Assert.Contains("revised", page.Title!);
                Assert.Equal("Covered", page.QuerySelector($"#item-{First}")!.GetAttribute("data-state"));
            }
        }
    }

    private int StartNginx()
    {
        var port = AppProcess.FreePort();
        var temp = Path.Combine(dataFolder, "temp");
        Directory.CreateDirectory(temp);
        File.WriteAllText(Path.Combine(dataFolder, "nginx.conf"), $$"""
            {{(Environment.UserName == "root" ? "user root;" : "")}}
            worker_processes 1;
            pid {{dataFolder}}/nginx.pid;
            error_log {{dataFolder}}/error.log;
            events { worker_connections 256; }
            http {
                access_log off;
                client_body_temp_path {{temp}}/body;
                proxy_temp_path {{temp}}/proxy;
                fastcgi_temp_path {{temp}}/fastcgi;
                uwsgi_temp_path {{temp}}/uwsgi;
                scgi_temp_path {{temp}}/scgi;
                upstream mlsprep {
                    server 127.0.0.1:{{instances[0].Port}};
                    server 127.0.0.1:{{instances[1].Port}};
                }
                server {
                    listen 127.0.0.1:{{port}};
                    location / {
                        proxy_pass http://mlsprep;
                        proxy_set_header Host $host:$server_port;
                        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                        proxy_set_header X-Forwarded-Proto $scheme;
                        add_header X-Instance $upstream_addr always;
                    }
                }
            }
            """);
        var binary = File.Exists("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx";
        nginx = Process.Start(new ProcessStartInfo(binary, ["-p", dataFolder, "-c", Path.Combine(dataFolder, "nginx.conf"), "-g", "daemon off;"])
        {
            RedirectStandardError = true,
        })!;
        return port;
    }

    private static async Task<bool> AnswersAsync(HttpClient client)
    {
        try
        {
            using var response = await client.GetAsync("/healthz");
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        if (reader is null) return;
        if (nginx is { HasExited: false }) nginx.Kill(entireProcessTree: true);
        nginx?.Dispose();
        reader.Dispose();
        reader = null!;
        foreach (var instance in instances) instance.Dispose();
        TestDatabase.Drop(dataFolder);
        Directory.Delete(dataFolder, recursive: true);
        content.Dispose();
    }
}
