using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PlaybookPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class EditingAndAcknowledgements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "SourceInPlaybooksFolder",
                table: "Positions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SourceSyncedRevisionId",
                table: "Positions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "AckRevisionId",
                table: "Playbooks",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MovedFromPath",
                table: "Playbooks",
                type: "TEXT",
                maxLength: 1024,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "PendingRevisionId",
                table: "Playbooks",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "SourceInPlaybooksFolder",
                table: "Playbooks",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SourceSyncedRevisionId",
                table: "Playbooks",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "BaseRevisionId",
                table: "PlaybookRevisions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsMaterial",
                table: "PlaybookRevisions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "PublishedByName",
                table: "PlaybookRevisions",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishedUtc",
                table: "PlaybookRevisions",
                type: "TEXT",
                nullable: true);

            // Every revision stored before pending revisions existed was released when written.
            migrationBuilder.Sql(
                "UPDATE \"PlaybookRevisions\" SET \"PublishedUtc\" = \"CreatedUtc\", " +
                "\"PublishedByName\" = \"AuthorName\", \"IsMaterial\" = TRUE;");

            migrationBuilder.CreateTable(
                name: "Acknowledgements",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlaybookId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RevisionId = table.Column<long>(type: "INTEGER", nullable: false),
                    AcknowledgedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Acknowledgements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Acknowledgements_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Acknowledgements_PlaybookRevisions_RevisionId",
                        column: x => x.RevisionId,
                        principalTable: "PlaybookRevisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Acknowledgements_Playbooks_PlaybookId",
                        column: x => x.PlaybookId,
                        principalTable: "Playbooks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlaybookSlugAliases",
                columns: table => new
                {
                    Slug = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    PlaybookId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlaybookSlugAliases", x => x.Slug);
                    table.ForeignKey(
                        name: "FK_PlaybookSlugAliases_Playbooks_PlaybookId",
                        column: x => x.PlaybookId,
                        principalTable: "Playbooks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Playbooks_AckRevisionId",
                table: "Playbooks",
                column: "AckRevisionId");

            migrationBuilder.CreateIndex(
                name: "IX_Playbooks_PendingRevisionId",
                table: "Playbooks",
                column: "PendingRevisionId");

            migrationBuilder.CreateIndex(
                name: "IX_Acknowledgements_PlaybookId",
                table: "Acknowledgements",
                column: "PlaybookId");

            migrationBuilder.CreateIndex(
                name: "IX_Acknowledgements_RevisionId",
                table: "Acknowledgements",
                column: "RevisionId");

            migrationBuilder.CreateIndex(
                name: "IX_Acknowledgements_UserId_PlaybookId_RevisionId",
                table: "Acknowledgements",
                columns: new[] { "UserId", "PlaybookId", "RevisionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlaybookSlugAliases_PlaybookId",
                table: "PlaybookSlugAliases",
                column: "PlaybookId");

            migrationBuilder.AddForeignKey(
                name: "FK_Playbooks_PlaybookRevisions_AckRevisionId",
                table: "Playbooks",
                column: "AckRevisionId",
                principalTable: "PlaybookRevisions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Playbooks_PlaybookRevisions_PendingRevisionId",
                table: "Playbooks",
                column: "PendingRevisionId",
                principalTable: "PlaybookRevisions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Playbooks_PlaybookRevisions_AckRevisionId",
                table: "Playbooks");

            migrationBuilder.DropForeignKey(
                name: "FK_Playbooks_PlaybookRevisions_PendingRevisionId",
                table: "Playbooks");

            migrationBuilder.DropTable(
                name: "Acknowledgements");

            migrationBuilder.DropTable(
                name: "PlaybookSlugAliases");

            migrationBuilder.DropIndex(
                name: "IX_Playbooks_AckRevisionId",
                table: "Playbooks");

            migrationBuilder.DropIndex(
                name: "IX_Playbooks_PendingRevisionId",
                table: "Playbooks");

            migrationBuilder.DropColumn(
                name: "SourceInPlaybooksFolder",
                table: "Positions");

            migrationBuilder.DropColumn(
                name: "SourceSyncedRevisionId",
                table: "Positions");

            migrationBuilder.DropColumn(
                name: "AckRevisionId",
                table: "Playbooks");

            migrationBuilder.DropColumn(
                name: "MovedFromPath",
                table: "Playbooks");

            migrationBuilder.DropColumn(
                name: "PendingRevisionId",
                table: "Playbooks");

            migrationBuilder.DropColumn(
                name: "SourceInPlaybooksFolder",
                table: "Playbooks");

            migrationBuilder.DropColumn(
                name: "SourceSyncedRevisionId",
                table: "Playbooks");

            migrationBuilder.DropColumn(
                name: "BaseRevisionId",
                table: "PlaybookRevisions");

            migrationBuilder.DropColumn(
                name: "IsMaterial",
                table: "PlaybookRevisions");

            migrationBuilder.DropColumn(
                name: "PublishedByName",
                table: "PlaybookRevisions");

            migrationBuilder.DropColumn(
                name: "PublishedUtc",
                table: "PlaybookRevisions");
        }
    }
}
