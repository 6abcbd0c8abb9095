using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MlsPrep.Web.Database.Migrations
{
    /// <summary>
    /// The full-text index. FTS5 tables are not EF entities, so this migration is written by hand: the importer fills
    /// the index (rebuilding it when it finds it empty), and search reads it with plain SQL.
    /// </summary>
    public partial class SearchIndex : Migration
    {
        // One row per topic (rowid = the topic's id) with all of its text: ranks whole notes, so every word may be anywhere in the note.
        // subject: the services the title names (what the note is about); services: every name and alias it lists.
        // filters: columns kept for narrowing results, never searched; searched: the ranked columns, in bm25 weight order.
        internal static string TopicsTable(string filters, string searched = "title, subject, services, headings, body") => $"""
            CREATE VIRTUAL TABLE SearchTopics USING fts5(
                topic_key UNINDEXED, {filters}, summary UNINDEXED,
                {searched},
                tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3');
            """;

        // One row per place in a note (rowid = topic id × 4096 + place number: a topic's places are one rowid range): finds where to land and what to quote.
        internal const string PlacesTable = """
            CREATE VIRTUAL TABLE SearchPlaces USING fts5(
                topic_key UNINDEXED, anchor UNINDEXED, kind UNINDEXED, section UNINDEXED,
                heading, body,
                tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3');
            """;

        internal const string TermsTable = "CREATE VIRTUAL TABLE SearchTerms USING fts5vocab(SearchTopics, 'row');";

        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(TopicsTable("domain_key UNINDEXED"));
            migrationBuilder.Sql(PlacesTable);
            migrationBuilder.Sql(TermsTable);
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE SearchTerms;");
            migrationBuilder.Sql("DROP TABLE SearchPlaces;");
            migrationBuilder.Sql("DROP TABLE SearchTopics;");
        }
    }
}
