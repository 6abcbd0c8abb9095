using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace MlsPrep.Tests.Browser;

public static class Accessibility
{
    /// <summary>Runs axe on the page as it is now; serious and critical violations fail the test, with what and where.</summary>
    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        AxeResult result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id}: {v.Help} ({v.Nodes.Length} nodes, e.g. {v.Nodes.FirstOrDefault()?.Html})").ToList();
        Assert.True(serious.Count == 0, $"Accessibility violations on {page.Url}:\n{string.Join('\n', serious)}");
    }
}
