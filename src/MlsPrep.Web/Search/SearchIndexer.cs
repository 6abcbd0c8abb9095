using MlsPrep.Web.Catalog;
using MlsPrep.Web.Database;
using Microsoft.EntityFrameworkCore;

namespace MlsPrep.Web.Search;

/// <summary>
/// Keeps the search index in step with the catalog, inside the import's transaction: one entry per note (title, its
/// subject — the services its title names —, every service name and alias, headings and tags, concepts, all text)
/// to rank notes, and one per section, checklist item and resource to land on. The engine decides how to store them.
/// </summary>
public sealed class SearchIndexer(ISearchEngine engine)
{
    /// <summary>Replaces the rows of the given topics and drops those of removed ones; rebuilds everything when the index is empty.</summary>
    public async Task RefreshAsync(MlsPrepDb db, IReadOnlyCollection<Topic> changed, IReadOnlyCollection<int> removedIds, CancellationToken cancellation = default)
    {
        var topics = changed;
        // An empty index (first run, or after a migration) is built from every topic; on a first import the
        // topics just imported are all of them, so they need no second trip to the database.
        var empty = await engine.IsEmptyAsync(db, cancellation);
        if (empty && changed.Count < await db.Topics.CountAsync(cancellation))
        {
            topics = await db.Topics.AsNoTracking().AsSplitQuery().Include(t => t.Placements).Include(t => t.Sections).Include(t => t.Items).Include(t => t.Resources).ToListAsync(cancellation);
        }
        else if (!empty)
        {
            await engine.DeleteAsync(db, changed.Select(t => (long)t.Id).Concat(removedIds.Select(id => (long)id)), cancellation);
        }
        if (topics.Count == 0 && removedIds.Count == 0) return;

        var domainRows = await db.Domains.AsNoTracking().ToListAsync(cancellation);
        var domainKeys = domainRows.ToDictionary(d => d.Id, d => d.Key);
        // The exam guide's words for what a note serves ("Monitor model inference") are words candidates use too.
        var taskTitles = domainRows.SelectMany(d => d.Tasks.Select(t => (d.ExamId, t.Key, t.Title))).ToDictionary(t => (t.ExamId, t.Key), t => t.Title);
        var examCodes = await db.Exams.AsNoTracking().ToDictionaryAsync(e => e.Id, e => e.Code, cancellation);
        var rows = topics.Select(topic => new IndexedTopic(
            topic.Id, topic.Key,
            // Space-delimited lists, so a filter can ask for " MLA-C01 " without matching a longer code.
            Delimited(topic.Placements.Select(p => examCodes.GetValueOrDefault(p.ExamId, ""))),
            Delimited(topic.Placements.Select(p => p.DomainId is { } id ? domainKeys.GetValueOrDefault(id, "") : "")),
            topic.Summary, topic.Title, Names(Subject(topic)), Names(topic.Services),
            string.Join(" | ", topic.Sections.Select(s => s.Heading).Concat(topic.Tags)),
            string.Join(" | ", topic.Concepts.Concat(topic.Placements.SelectMany(p => p.Tasks.Select(task => taskTitles.GetValueOrDefault((p.ExamId, task), ""))))),
            AllText(topic),
            topic.Sections.Select(s => new IndexedPlace(s.Anchor, "section", s.Heading, s.Heading, s.PlainText))
                .Concat(topic.Items.Select(i => new IndexedPlace($"item-{i.Key}", "item", "Checklist", "", i.Text)))
                .Concat(topic.Resources.Select(r => new IndexedPlace($"resource-{r.Order + 1}", "resource", "Resources", r.Title, r.Description)))
                .ToList())).ToList();
        await engine.WriteAsync(db, rows, cancellation);
    }

    public static string Delimited(IEnumerable<string> values) => $" {string.Join(' ', values.Where(v => v.Length > 0))} ";

    /// <summary>What a note is about: the services its title names, or else the first it lists.</summary>
    private static IEnumerable<TopicService> Subject(Topic topic)
    {
        var title = Compact(topic.Title);
        var named = topic.Services.Where(s => s.Aliases.Prepend(s.Name).Any(n => Compact(n) is { Length: > 1 } name && title.Contains(name, StringComparison.Ordinal))).ToList();
        return named.Count > 0 ? named : topic.Services.Take(1);
    }

    private static string Compact(string text) => new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    /// <summary>Names and aliases, plus run-together forms: "K-Means" is also found as "kmeans", "Ground Truth" as "groundtruth".</summary>
    private static string Names(IEnumerable<TopicService> services)
    {
        var names = services.SelectMany(s => s.Aliases.Prepend(s.Name)).ToList();
        var compact = names.Select(n => new string(n.Where(char.IsLetterOrDigit).ToArray())).Where(c => !names.Contains(c, StringComparer.OrdinalIgnoreCase));
        return string.Join(" | ", names.Concat(compact));
    }

    private static string AllText(Topic topic) => string.Join(" \n ",
        new[] { topic.Summary }
            .Concat(topic.Sections.Select(s => s.PlainText))
            .Concat(topic.Items.Select(i => i.Text))
            .Concat(topic.Resources.Select(r => $"{r.Title} {r.Description}")));
}
