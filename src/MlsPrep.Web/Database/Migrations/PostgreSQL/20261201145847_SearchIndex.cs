using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MlsPrep.Web.Database.Migrations.PostgreSQL
{
    /// <summary>Full-text search tables, outside the EF model: filled by the importer (PostgresSearchEngine).</summary>
    public partial class SearchIndex : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // pg_trgm is a trusted extension: the database's owner may create it without being a superuser.
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
            // English stemming without a stop-word list, like SQLite's porter tokenizer: "s" in "1 MB/s" and
            // "it" in "IT operations" stay searchable; question words are dropped before a query is built.
            migrationBuilder.Sql("""
                CREATE TEXT SEARCH DICTIONARY mlsprep_stem (TEMPLATE = snowball, Language = english);
                CREATE TEXT SEARCH CONFIGURATION mlsprep (COPY = english);
                ALTER TEXT SEARCH CONFIGURATION mlsprep ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH mlsprep_stem;
                """);
            migrationBuilder.Sql("""
                CREATE TABLE search_topics (
                    id bigint PRIMARY KEY,
                    topic_key text NOT NULL,
                    exams text NOT NULL,
                    domains text NOT NULL,
                    summary text NOT NULL,
                    title text NOT NULL,
                    subject text NOT NULL,
                    services text NOT NULL,
                    headings text NOT NULL,
                    concepts text NOT NULL,
                    body text NOT NULL,
                    -- One vector per column, to rank each by its own length as BM25 does; one weighted vector of
                    -- them all, to match and to ask where a word was found (A title and subject, B services,
                    -- C headings and concepts, D body).
                    title_words tsvector GENERATED ALWAYS AS (to_tsvector('mlsprep', title)) STORED,
                    subject_words tsvector GENERATED ALWAYS AS (to_tsvector('mlsprep', subject)) STORED,
                    services_words tsvector GENERATED ALWAYS AS (to_tsvector('mlsprep', services)) STORED,
                    headings_words tsvector GENERATED ALWAYS AS (to_tsvector('mlsprep', headings)) STORED,
                    concepts_words tsvector GENERATED ALWAYS AS (to_tsvector('mlsprep', concepts)) STORED,
                    body_words tsvector GENERATED ALWAYS AS (to_tsvector('mlsprep', body)) STORED,
                    document tsvector GENERATED ALWAYS AS (
                        setweight(to_tsvector('mlsprep', title || ' ' || subject), 'A')
                        || setweight(to_tsvector('mlsprep', services), 'B')
                        || setweight(to_tsvector('mlsprep', headings || ' ' || concepts), 'C')
                        || setweight(to_tsvector('mlsprep', body), 'D')) STORED);
                CREATE INDEX search_topics_document ON search_topics USING gin (document);

                CREATE TABLE search_places (
                    id bigint PRIMARY KEY,
                    topic_id bigint NOT NULL,
                    topic_key text NOT NULL,
                    anchor text NOT NULL,
                    kind text NOT NULL,
                    section text NOT NULL,
                    heading text NOT NULL,
                    body text NOT NULL,
                    document tsvector GENERATED ALWAYS AS (
                        setweight(to_tsvector('mlsprep', heading), 'A') || setweight(to_tsvector('mlsprep', body), 'D')) STORED);
                CREATE INDEX search_places_topic ON search_places (topic_id);

                CREATE TABLE search_words (
                    word text PRIMARY KEY,
                    documents integer NOT NULL);
                CREATE INDEX search_words_trigrams ON search_words USING gin (word gin_trgm_ops);
                """);
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE search_words; DROP TABLE search_places; DROP TABLE search_topics;");
            migrationBuilder.Sql("DROP TEXT SEARCH CONFIGURATION mlsprep; DROP TEXT SEARCH DICTIONARY mlsprep_stem;");
        }
    }
}
