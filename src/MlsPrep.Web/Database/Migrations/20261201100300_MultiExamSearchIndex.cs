using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MlsPrep.Web.Database.Migrations
{
    /// <summary>
    /// The index learns which exams and domains each note serves. Written by hand, like <see cref="SearchIndex"/>, and kept
    /// apart from <see cref="MultiExam"/> so its SQL never runs while that migration's table rebuild is pending.
    /// </summary>
    [DbContext(typeof(MlsPrepDb))]
    [Migration("20261201100300_MultiExamSearchIndex")]
    public partial class MultiExamSearchIndex : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Every note is read again on the next start, so each gets its placements; nobody's progress is touched.
            migrationBuilder.Sql("DELETE FROM SourceFiles;");
            // An empty index is rebuilt from the catalog by the importer.
            DropIndex(migrationBuilder);
            migrationBuilder.Sql(SearchIndex.TopicsTable("exams UNINDEXED, domains UNINDEXED"));
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
