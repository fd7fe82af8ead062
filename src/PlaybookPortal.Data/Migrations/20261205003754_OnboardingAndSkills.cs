using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PlaybookPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class OnboardingAndSkills : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "OnboardingPaths",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    PersonalForUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    IsArchived = table.Column<bool>(type: "INTEGER", nullable: false),
                    SourceText = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SourceFolder = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: true),
                    SourcePath = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: true),
                    SourceHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SourceInPlaybooksFolder = table.Column<bool>(type: "INTEGER", nullable: true),
                    SourceSyncedRevisionId = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OnboardingPaths", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OnboardingPaths_AspNetUsers_PersonalForUserId",
                        column: x => x.PersonalForUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SkillDocuments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    EditedInPortal = table.Column<bool>(type: "INTEGER", nullable: false),
                    SourceFolder = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: false),
                    SourcePath = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: false),
                    SourceHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SourceInPlaybooksFolder = table.Column<bool>(type: "INTEGER", nullable: false),
                    SourceSyncedRevisionId = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SkillDocuments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Skills",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Level0 = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Level1 = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Level2 = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Level3 = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Level4 = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    IsRetired = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Skills", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AutoEnrollRules",
                columns: table => new
                {
                    PositionId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PathId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AutoEnrollRules", x => new { x.PositionId, x.PathId });
                    table.ForeignKey(
                        name: "FK_AutoEnrollRules_OnboardingPaths_PathId",
                        column: x => x.PathId,
                        principalTable: "OnboardingPaths",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AutoEnrollRules_Positions_PositionId",
                        column: x => x.PositionId,
                        principalTable: "Positions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Enrollments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    PathId = table.Column<string>(type: "TEXT", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EnrolledUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EnrolledByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    CompletedUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Enrollments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Enrollments_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Enrollments_OnboardingPaths_PathId",
                        column: x => x.PathId,
                        principalTable: "OnboardingPaths",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OnboardingPathPositions",
                columns: table => new
                {
                    PathId = table.Column<string>(type: "TEXT", nullable: false),
                    PositionId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OnboardingPathPositions", x => new { x.PathId, x.PositionId });
                    table.ForeignKey(
                        name: "FK_OnboardingPathPositions_OnboardingPaths_PathId",
                        column: x => x.PathId,
                        principalTable: "OnboardingPaths",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OnboardingSteps",
                columns: table => new
                {
                    Key = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PathId = table.Column<string>(type: "TEXT", nullable: false),
                    StepId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DueDay = table.Column<int>(type: "INTEGER", nullable: false),
                    Required = table.Column<bool>(type: "INTEGER", nullable: false),
                    PlaybookRef = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: true),
                    PlaybookId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SkillId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Level = table.Column<int>(type: "INTEGER", nullable: true),
                    AddedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RemovedUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OnboardingSteps", x => x.Key);
                    table.ForeignKey(
                        name: "FK_OnboardingSteps_OnboardingPaths_PathId",
                        column: x => x.PathId,
                        principalTable: "OnboardingPaths",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Assessments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    SkillId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    AssessorUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    AssessorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AssessorEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    IsSelfAssessment = table.Column<bool>(type: "INTEGER", nullable: false),
                    AssessedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Assessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Assessments_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Assessments_Skills_SkillId",
                        column: x => x.SkillId,
                        principalTable: "Skills",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SkillTargets",
                columns: table => new
                {
                    PositionId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SkillId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SkillTargets", x => new { x.PositionId, x.SkillId });
                    table.ForeignKey(
                        name: "FK_SkillTargets_Positions_PositionId",
                        column: x => x.PositionId,
                        principalTable: "Positions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SkillTargets_Skills_SkillId",
                        column: x => x.SkillId,
                        principalTable: "Skills",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StepCompletions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EnrollmentId = table.Column<long>(type: "INTEGER", nullable: false),
                    StepKey = table.Column<long>(type: "INTEGER", nullable: false),
                    CompletedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CompletedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CompletedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RevisionId = table.Column<long>(type: "INTEGER", nullable: true),
                    WithdrawnUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    WithdrawnReason = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StepCompletions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StepCompletions_Enrollments_EnrollmentId",
                        column: x => x.EnrollmentId,
                        principalTable: "Enrollments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StepCompletions_OnboardingSteps_StepKey",
                        column: x => x.StepKey,
                        principalTable: "OnboardingSteps",
                        principalColumn: "Key",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_SkillId_AssessedUtc",
                table: "Assessments",
                columns: new[] { "SkillId", "AssessedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_UserId_SkillId_AssessedUtc",
                table: "Assessments",
                columns: new[] { "UserId", "SkillId", "AssessedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_AutoEnrollRules_PathId",
                table: "AutoEnrollRules",
                column: "PathId");

            migrationBuilder.CreateIndex(
                name: "IX_Enrollments_PathId",
                table: "Enrollments",
                column: "PathId");

            migrationBuilder.CreateIndex(
                name: "IX_Enrollments_UserId_PathId",
                table: "Enrollments",
                columns: new[] { "UserId", "PathId" });

            migrationBuilder.CreateIndex(
                name: "IX_OnboardingPathPositions_PositionId",
                table: "OnboardingPathPositions",
                column: "PositionId");

            migrationBuilder.CreateIndex(
                name: "IX_OnboardingPaths_PersonalForUserId",
                table: "OnboardingPaths",
                column: "PersonalForUserId");

            migrationBuilder.CreateIndex(
                name: "IX_OnboardingSteps_PathId_StepId",
                table: "OnboardingSteps",
                columns: new[] { "PathId", "StepId" });

            migrationBuilder.CreateIndex(
                name: "IX_OnboardingSteps_PlaybookId",
                table: "OnboardingSteps",
                column: "PlaybookId");

            migrationBuilder.CreateIndex(
                name: "IX_OnboardingSteps_SkillId",
                table: "OnboardingSteps",
                column: "SkillId");

            migrationBuilder.CreateIndex(
                name: "IX_SkillTargets_SkillId",
                table: "SkillTargets",
                column: "SkillId");

            migrationBuilder.CreateIndex(
                name: "IX_StepCompletions_EnrollmentId_StepKey",
                table: "StepCompletions",
                columns: new[] { "EnrollmentId", "StepKey" });

            migrationBuilder.CreateIndex(
                name: "IX_StepCompletions_StepKey",
                table: "StepCompletions",
                column: "StepKey");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Assessments");

            migrationBuilder.DropTable(
                name: "AutoEnrollRules");

            migrationBuilder.DropTable(
                name: "OnboardingPathPositions");

            migrationBuilder.DropTable(
                name: "SkillDocuments");

            migrationBuilder.DropTable(
                name: "SkillTargets");

            migrationBuilder.DropTable(
                name: "StepCompletions");

            migrationBuilder.DropTable(
                name: "Skills");

            migrationBuilder.DropTable(
                name: "Enrollments");

            migrationBuilder.DropTable(
                name: "OnboardingSteps");

            migrationBuilder.DropTable(
                name: "OnboardingPaths");
        }
    }
}
