using System.Data.Common;
using MlsPrep.Web.Catalog;
using MlsPrep.Web.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace MlsPrep.Web.Search;

/// <summary>
/// Keeps the FTS5 tables in step with the catalog, inside the import's transaction, and caches the vocabulary
/// for spelling corrections. SearchTopics holds one row per note (title, its subject — the services its title names —,
/// every service name and alias, headings and tags, all text) to rank notes; SearchPlaces holds one row per section, checklist item and resource to land on.
/// </summary>
public sealed class SearchIndexer
{
    /// <summary>Places of one topic share a rowid range, so replacing or finding them never scans the index.</summary>
    public const int PlacesPerTopicRange = 4096;

    private volatile IReadOnlyList<VocabularyTerm>? vocabulary;

    public sealed record VocabularyTerm(string Term, int Documents);

    private sealed record Place(string Anchor, string Kind, string Section, string Heading, string Body);

    /// <summary>Replaces the rows of the given topics and drops those of removed ones; rebuilds everything when the index is empty.</summary>
    public async Task RefreshAsync(MlsPrepDb db, IReadOnlyCollection<Topic> changed, IReadOnlyCollection<int> removedIds, CancellationToken cancellation = default)
    {
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var topics = changed;
        // An empty index (first run, or after a migration) is built from every topic; on a first import the
        // topics just imported are all of them, so they need no second trip to the database.
        if (await IsEmptyAsync(connection, transaction, cancellation) && changed.Count < await db.Topics.CountAsync(cancellation))
        {
            topics = await db.Topics.AsNoTracking().AsSplitQuery().Include(t => t.Placements).Include(t => t.Sections).Include(t => t.Items).Include(t => t.Resources).ToListAsync(cancellation);
        }
        else
        {
            foreach (var id in changed.Select(t => t.Id).Concat(removedIds))
            {
                await ExecuteAsync(connection, transaction, "DELETE FROM SearchTopics WHERE rowid = $p0; DELETE FROM SearchPlaces WHERE rowid >= $p1 AND rowid < $p2;",
                    cancellation, id, (long)id * PlacesPerTopicRange, ((long)id + 1) * PlacesPerTopicRange);
            }
        }
        if (topics.Count == 0 && removedIds.Count == 0) return;

        var domainRows = await db.Domains.AsNoTracking().ToListAsync(cancellation);
        var domainKeys = domainRows.ToDictionary(d => d.Id, d => d.Key);
        // The exam guide's words for what a note serves ("Monitor model inference") are words candidates use too.
        var taskTitles = domainRows.SelectMany(d => d.Tasks.Select(t => (d.ExamId, t.Key, t.Title))).ToDictionary(t => (t.ExamId, t.Key), t => t.Title);
        var examCodes = await db.Exams.AsNoTracking().ToDictionaryAsync(e => e.Id, e => e.Code, cancellation);
        await using var topicRow = Insert(connection, transaction, "SearchTopics", "rowid", "topic_key", "exams", "domains", "summary", "title", "subject", "services", "headings", "concepts", "body");
        await using var placeRow = Insert(connection, transaction, "SearchPlaces", "rowid", "topic_key", "anchor", "kind", "section", "heading", "body");
        foreach (var topic in topics)
        {
            // Space-delimited lists, so a filter can ask for " MLA-C01 " without matching a longer code.
            var exams = Delimited(topic.Placements.Select(p => examCodes.GetValueOrDefault(p.ExamId, "")));
            var domains = Delimited(topic.Placements.Select(p => p.DomainId is { } id ? domainKeys.GetValueOrDefault(id, "") : ""));
            await RunAsync(topicRow, cancellation, topic.Id, topic.Key, exams, domains, topic.Summary, topic.Title, Names(Subject(topic)), Names(topic.Services),
                string.Join(" | ", topic.Sections.Select(s => s.Heading).Concat(topic.Tags)),
                string.Join(" | ", topic.Concepts.Concat(topic.Placements.SelectMany(p => p.Tasks.Select(task => taskTitles.GetValueOrDefault((p.ExamId, task), ""))))),
                AllText(topic));
            var places = topic.Sections.Select(s => new Place(s.Anchor, "section", s.Heading, s.Heading, s.PlainText))
                .Concat(topic.Items.Select(i => new Place($"item-{i.Key}", "item", "Checklist", "", i.Text)))
                .Concat(topic.Resources.Select(r => new Place($"resource-{r.Order + 1}", "resource", "Resources", r.Title, r.Description)))
                .Take(PlacesPerTopicRange);
            var rowid = (long)topic.Id * PlacesPerTopicRange;
            foreach (var place in places)
                await RunAsync(placeRow, cancellation, rowid++, topic.Key, place.Anchor, place.Kind, place.Section, place.Heading, place.Body);
        }
        vocabulary = null;
    }

    public static string Delimited(IEnumerable<string> values) => $" {string.Join(' ', values.Where(v => v.Length > 0))} ";

    /// <summary>Distinct indexed terms with the number of notes holding each, loaded once per catalog version.</summary>
    public async Task<IReadOnlyList<VocabularyTerm>> VocabularyAsync(MlsPrepDb db, CancellationToken cancellation)
    {
        if (vocabulary is { } cached) return cached;
        var terms = new List<VocabularyTerm>();
        await db.Database.OpenConnectionAsync(cancellation);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "SELECT term, doc FROM SearchTerms";
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation)) terms.Add(new(reader.GetString(0), reader.GetInt32(1)));
        vocabulary = terms;
        return terms;
    }

    /// <summary>Names and aliases, plus run-together forms: "K-Means" is also found as "kmeans", "Ground Truth" as "groundtruth".</summary>
    /// <summary>What a note is about: the services its title names, or else the first it lists.</summary>
    private static IEnumerable<TopicService> Subject(Topic topic)
    {
        var title = Compact(topic.Title);
        var named = topic.Services.Where(s => s.Aliases.Prepend(s.Name).Any(n => Compact(n) is { Length: > 1 } name && title.Contains(name, StringComparison.Ordinal))).ToList();
        return named.Count > 0 ? named : topic.Services.Take(1);
    }

    private static string Compact(string text) => new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

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

    private static DbCommand Insert(DbConnection connection, DbTransaction? transaction, string table, params string[] columns)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        for (var i = 0; i < columns.Length; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"$p{i}";
            command.Parameters.Add(parameter);
        }
        return command;
    }

    private static async Task RunAsync(DbCommand command, CancellationToken cancellation, params object[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i];
        await command.ExecuteNonQueryAsync(cancellation);
    }

    private static async Task<bool> IsEmptyAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellation)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT NOT EXISTS (SELECT 1 FROM SearchTopics)";
        return Convert.ToBoolean(await command.ExecuteScalarAsync(cancellation), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellation, params object[] values)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var i = 0; i < values.Length; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"$p{i}";
            parameter.Value = values[i];
            command.Parameters.Add(parameter);
        }
        await command.ExecuteNonQueryAsync(cancellation);
    }
}
