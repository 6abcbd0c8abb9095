using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MlsPrep.Web.Database.Migrations
{
    /// <inheritdoc />
    public partial class TopicKeyIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Topics_Key",
                table: "Topics",
                column: "Key");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Topics_Key",
                table: "Topics");
        }
    }
}
