using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MlsPrep.Web.Database.Migrations
{
    /// <summary>
    /// Each note's concept phrases (how candidates ask for it), stored and searched in a column of their own. The
    /// index is recreated empty (the importer rebuilds it) and every note read again so the phrases are stored.
    /// </summary>
    public partial class NoteConcepts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Concepts",
                table: "Topics",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.Sql("DELETE FROM SourceFiles;");
            DropIndex(migrationBuilder);
            migrationBuilder.Sql(SearchIndex.TopicsTable("exams UNINDEXED, domains UNINDEXED", "title, subject, services, headings, concepts, body"));
            migrationBuilder.Sql(SearchIndex.PlacesTable);
            migrationBuilder.Sql(SearchIndex.TermsTable);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DELETE FROM SourceFiles;");
            DropIndex(migrationBuilder);
            migrationBuilder.Sql(SearchIndex.TopicsTable("exams UNINDEXED, domains UNINDEXED"));
            migrationBuilder.Sql(SearchIndex.PlacesTable);
            migrationBuilder.Sql(SearchIndex.TermsTable);

            migrationBuilder.DropColumn(
                name: "Concepts",
                table: "Topics");
        }

        private static void DropIndex(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE SearchTerms;");
            migrationBuilder.Sql("DROP TABLE SearchPlaces;");
            migrationBuilder.Sql("DROP TABLE SearchTopics;");
        }
    }
}
