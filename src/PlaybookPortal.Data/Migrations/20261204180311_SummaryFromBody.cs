using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PlaybookPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class SummaryFromBody : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "SummaryFromBody",
                table: "Playbooks",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SummaryFromBody",
                table: "Playbooks");
        }
    }
}
