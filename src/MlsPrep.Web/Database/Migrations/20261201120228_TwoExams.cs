using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MlsPrep.Web.Database.Migrations
{
    /// <summary>
    /// One set of notes for several exams: a topic row per note with a placement per exam it serves, task statements
    /// and exam facts, each reader's chosen exam, each note's concept phrases, and the review schedule on each tick.
    /// </summary>
    public partial class TwoExams : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Topics_Domains_DomainId",
                table: "Topics");

            migrationBuilder.DropForeignKey(
                name: "FK_Topics_Exams_ExamId",
                table: "Topics");

            migrationBuilder.DropIndex(
                name: "IX_Topics_DomainId",
                table: "Topics");

            migrationBuilder.DropIndex(
                name: "IX_Topics_ExamId_Key",
                table: "Topics");

            migrationBuilder.DropIndex(
                name: "IX_Topics_Key",
                table: "Topics");

            migrationBuilder.DropColumn(
                name: "DomainId",
                table: "Topics");

            migrationBuilder.DropColumn(
                name: "ExamId",
                table: "Topics");

            migrationBuilder.DropColumn(
                name: "Order",
                table: "Topics");

            migrationBuilder.AddColumn<string>(
                name: "Concepts",
                table: "Topics",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<double>(
                name: "Difficulty",
                table: "ItemTicks",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ReviewedAt",
                table: "ItemTicks",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Stability",
                table: "ItemTicks",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Facts",
                table: "Exams",
                type: "TEXT",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.AddColumn<string>(
                name: "Tasks",
                table: "Domains",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ExamChoices",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    ExamCode = table.Column<string>(type: "TEXT", nullable: false),
                    ChosenAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExamChoices", x => x.UserId);
                    table.ForeignKey(
                        name: "FK_ExamChoices_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Placements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TopicId = table.Column<int>(type: "INTEGER", nullable: false),
                    ExamId = table.Column<int>(type: "INTEGER", nullable: false),
                    DomainId = table.Column<int>(type: "INTEGER", nullable: true),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Tasks = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Placements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Placements_Domains_DomainId",
                        column: x => x.DomainId,
                        principalTable: "Domains",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Placements_Exams_ExamId",
                        column: x => x.ExamId,
                        principalTable: "Exams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Placements_Topics_TopicId",
                        column: x => x.TopicId,
                        principalTable: "Topics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Topics_Key",
                table: "Topics",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Placements_DomainId",
                table: "Placements",
                column: "DomainId");

            migrationBuilder.CreateIndex(
                name: "IX_Placements_ExamId_TopicId",
                table: "Placements",
                columns: new[] { "ExamId", "TopicId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Placements_TopicId",
                table: "Placements",
                column: "TopicId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ExamChoices");

            migrationBuilder.DropTable(
                name: "Placements");

            migrationBuilder.DropIndex(
                name: "IX_Topics_Key",
                table: "Topics");

            migrationBuilder.DropColumn(
                name: "Concepts",
                table: "Topics");

            migrationBuilder.DropColumn(
                name: "Difficulty",
                table: "ItemTicks");

            migrationBuilder.DropColumn(
                name: "ReviewedAt",
                table: "ItemTicks");

            migrationBuilder.DropColumn(
                name: "Stability",
                table: "ItemTicks");

            migrationBuilder.DropColumn(
                name: "Facts",
                table: "Exams");

            migrationBuilder.DropColumn(
                name: "Tasks",
                table: "Domains");

            migrationBuilder.AddColumn<int>(
                name: "DomainId",
                table: "Topics",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ExamId",
                table: "Topics",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Order",
                table: "Topics",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_Topics_DomainId",
                table: "Topics",
                column: "DomainId");

            migrationBuilder.CreateIndex(
                name: "IX_Topics_ExamId_Key",
                table: "Topics",
                columns: new[] { "ExamId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Topics_Key",
                table: "Topics",
                column: "Key");

            migrationBuilder.AddForeignKey(
                name: "FK_Topics_Domains_DomainId",
                table: "Topics",
                column: "DomainId",
                principalTable: "Domains",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_Topics_Exams_ExamId",
                table: "Topics",
                column: "ExamId",
                principalTable: "Exams",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
