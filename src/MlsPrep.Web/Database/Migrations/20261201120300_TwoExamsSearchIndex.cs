using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MlsPrep.Web.Database.Migrations
{
    /// <summary>
    /// The index learns which exams and domains each note serves, and searches its concept phrases in a column of their
    /// own. Written by hand, like <see cref="SearchIndex"/>, and kept apart from <see cref="TwoExams"/> so its SQL never
    /// runs while that migration's table rebuild is pending.
    /// </summary>
    [DbContext(typeof(MlsPrepDb))]
    [Migration("20261201120300_TwoExamsSearchIndex")]
    public partial class TwoExamsSearchIndex : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Every note is read again on the next start, so each gets its placements and concepts; nobody's progress is touched.
            migrationBuilder.Sql("DELETE FROM SourceFiles;");
            // An empty index is rebuilt from the catalog by the importer.
            DropIndex(migrationBuilder);
            migrationBuilder.Sql(SearchIndex.TopicsTable("exams UNINDEXED, domains UNINDEXED", "title, subject, services, headings, concepts, body"));
            migrationBuilder.Sql(SearchIndex.PlacesTable);
            migrationBuilder.Sql(SearchIndex.TermsTable);
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DELETE FROM SourceFiles;");
            DropIndex(migrationBuilder);
            migrationBuilder.Sql(SearchIndex.TopicsTable("domain_key UNINDEXED"));
            migrationBuilder.Sql(SearchIndex.PlacesTable);
            migrationBuilder.Sql(SearchIndex.TermsTable);
        }

        private static void DropIndex(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE SearchTerms;");
            migrationBuilder.Sql("DROP TABLE SearchPlaces;");
            migrationBuilder.Sql("DROP TABLE SearchTopics;");
        }
    }
}
