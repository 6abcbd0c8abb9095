using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;
using MlsPrep.Web.Database;
using Microsoft.EntityFrameworkCore;

namespace MlsPrep.Web.Catalog;

/// <summary>
/// Each note as its page shows it (rendered HTML, sections, checklist, resources), the same for every reader, kept
/// in memory between imports: a signed-in page then reads only the reader's own state from the database. Bounded
/// by the size of what it holds, so a 5,000-note catalog keeps its most read notes and not all of them.
/// </summary>
public sealed class TopicPages : IDisposable
{
    /// <summary>About 32 MB of note text: the real catalog fits many times over; large ones keep what is read.</summary>
    public const long Budget = 16_000_000;

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = Budget });
    private CancellationTokenSource generation = new();

    /// <summary>Called by the importer after each commit: every entry goes, and loads started before it are not kept.</summary>
    public void Invalidate()
    {
        var old = Interlocked.Exchange(ref generation, new CancellationTokenSource());
        old.Cancel();
        old.Dispose();
    }

    public async Task<Topic?> GetAsync(MlsPrepDb db, string key)
    {
        if (cache.TryGetValue(key, out Topic? cached)) return cached;
        var current = generation;
        // Four statements (the note, its sections, items, resources) in one snapshot: never half an import.
        await using var snapshot = await db.BeginSnapshotAsync();
        var topic = await db.Topics.AsNoTracking().AsSplitQuery()
            .Include(t => t.Sections.OrderBy(s => s.Order))
            .Include(t => t.Items.OrderBy(i => i.Order))
            .Include(t => t.Resources.OrderBy(r => r.Order))
            .FirstOrDefaultAsync(t => t.Key == key);
        // Unknown keys are never kept, so nobody can fill the cache with misses.
        if (topic is null || current.IsCancellationRequested) return topic;
        try
        {
            cache.Set(key, topic, new MemoryCacheEntryOptions { Size = SizeOf(topic) }.AddExpirationToken(new CancellationChangeToken(current.Token)));
        }
        catch (ObjectDisposedException)
        {
            // An import replaced the generation while this one loaded: the row may be stale, so it is not kept.
        }
        return topic;
    }

    /// <summary>Characters held, near enough: the rendered note dominates.</summary>
    private static long SizeOf(Topic topic) =>
        topic.Html.Length + topic.Sections.Sum(s => s.PlainText.Length + s.Heading.Length) + topic.Items.Sum(i => i.Html.Length + i.Text.Length) + 1_000;

    public void Dispose()
    {
        cache.Dispose();
        generation.Dispose();
    }
}
