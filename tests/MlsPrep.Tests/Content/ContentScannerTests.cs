using System.Text;
using MlsPrep.Tests.Support;
using MlsPrep.Web.Content;

namespace MlsPrep.Tests.Content;

public sealed class ContentScannerTests : IDisposable
{
    private readonly ContentFolder content = new();

    private ContentScan Scan() => ContentScanner.Scan(content.Root, new Dictionary<string, PreviousImport>());

    [Fact]
    public void A_broken_note_is_reported_and_the_rest_still_parses()
    {
        content.Write("tst-c01/data/good.md", ContentFolder.Note("Good"));
        content.Write("tst-c01/data/broken.md", "---\ntitle: Broken\nsummary: [oops\nexams:\n  TST-C01: [data]\n---\n");

        var files = Scan().Files;

        Assert.NotNull(files.Single(f => f.Path == "tst-c01/data/good.md").Topic);
        var broken = files.Single(f => f.Path == "tst-c01/data/broken.md");
        Assert.Null(broken.Topic);
        Assert.Contains(broken.Problems, p => p.IsError && p.Line > 1);
    }

    [Fact]
    public void Two_notes_with_one_id_are_reported_and_the_first_keeps_it()
    {
        content.Write("tst-c01/data/a.md", ContentFolder.Note("First", extraFrontMatter: "id: shared"));
        content.Write("tst-c01/models/b.md", ContentFolder.Note("Second", domain: "models", extraFrontMatter: "id: shared"));

        var files = Scan().Files;

        Assert.Equal("First", files.Single(f => f.Path == "tst-c01/data/a.md").Topic!.Title);
        var loser = files.Single(f => f.Path == "tst-c01/models/b.md");
        Assert.Null(loser.Topic);
        Assert.Contains(loser.Problems, p => p.Message.Contains("already used by tst-c01/data/a.md", StringComparison.Ordinal));
    }

    [Fact]
    public void Invalid_utf8_is_reported_with_its_line()
    {
        var bytes = Encoding.UTF8.GetBytes(ContentFolder.Note("Bad bytes")).Concat(new byte[] { 0xC3, 0x28 }).ToArray();
        File.WriteAllBytes(Path.Combine(content.ExamFolder, "bad.md"), bytes);

        var file = Scan().Files.Single();

        Assert.Null(file.Topic);
        Assert.Contains(file.Problems, p => p.Message.Contains("UTF-8", StringComparison.Ordinal) && p.Line > 1);
    }

    [Fact]
    public void Symbolic_links_are_not_followed_out_of_the_content_folder()
    {
        using var outside = new ContentFolder(withExam: false);
        var secret = outside.Write("secret.md", ContentFolder.Note("Secret"));
        File.CreateSymbolicLink(Path.Combine(content.ExamFolder, "linked.md"), secret);
        Directory.CreateSymbolicLink(Path.Combine(content.ExamFolder, "linked-folder"), outside.Root);

        var scan = Scan();

        Assert.Empty(scan.Files);
        Assert.Equal(2, scan.Problems.Count(p => p.Message.Contains("Symbolic links are not followed", StringComparison.Ordinal)));
    }

    [Fact]
    public void Files_that_are_not_notes_are_ignored_with_a_warning()
    {
        content.Write("tst-c01/data/diagram.png", "not a note");

        var scan = Scan();

        Assert.Empty(scan.Files);
        Assert.Contains(scan.Problems, p => !p.IsError && p.Path == "tst-c01/data/diagram.png");
    }

    [Fact]
    public void The_check_command_lists_problems_with_file_and_line_and_fails()
    {
        content.Write("tst-c01/data/good.md", ContentFolder.Note("Good"));
        content.Write("tst-c01/data/bad.md", "---\ntitle: Bad\nsummary: S\nexams:\n  TST-C01: [nowhere]\n---\n");
        using var output = new StringWriter();

        var exitCode = ContentCheck.Run(content.Root, output);

        Assert.Equal(1, exitCode);
        Assert.Contains("tst-c01/data/bad.md:5: error: TST-C01 has no task statement or domain 'nowhere'", output.ToString());
        Assert.Contains("1 valid topic(s)", output.ToString());
    }

    public void Dispose() => content.Dispose();
}
