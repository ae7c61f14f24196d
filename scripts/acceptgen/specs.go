package main

import "strings"

// Severities and classes of the expected findings. The reasoning: a table,
// column or enum value the client uses but the database lacks, a nullable
// column the client reads as required, a changed referential action, or a
// NOT NULL column the client never fills all fail (or change behaviour) at
// run time → breaking, error. A missing index is harmless → missing,
// warning.
const (
	errBreaking = "error/breaking"
	warnMissing = "warning/missing"
)

func expect(sevClass string, objects []string, at ...loc) expectSpec {
	sev, class, _ := strings.Cut(sevClass, "/")
	return expectSpec{Severity: sev, Class: class, Objects: objects, At: at}
}

func objs(names ...string) []string { return names }

// blockOf allows findings anywhere in a block.
func blockOf(file, header string) allowSpec {
	return allowSpec{At: loc{File: file, Header: header}, Block: true}
}

// lineOf allows findings on one line.
func lineOf(file, header, contains string) allowSpec {
	return allowSpec{At: loc{File: file, Header: header, Contains: contains}}
}

// newModel adds model (appended to file) and its back-relation field
// (inserted into backHeader after the line containing backAfter).
func newModel(file, name, model string, tables []string, backFile, backHeader, backAfter, backField string) caseSpec {
	header := "model " + name + " {"
	edits := map[string][]edit{}
	edits[backFile] = append(edits[backFile], insertAfter(backHeader, backAfter, backField))
	edits[file] = append(edits[file], appendText(model))
	return caseSpec{
		Name:        "new-model",
		Description: "adds model " + name + " with a relation to an existing model and the back-relation field, without a migration: the table is missing",
		Edits:       edits,
		Expect:      []expectSpec{expect(errBreaking, append([]string{name}, tables...), loc{File: file, Header: header})},
		Allow:       []allowSpec{blockOf(file, header), lineOf(backFile, backHeader, strings.Fields(backField)[0])},
	}
}

// newField inserts a required field (no default) after the line containing after.
func newField(file, header, after, field string, objects []string) caseSpec {
	name := strings.Fields(field)[0]
	return caseSpec{
		Name:        "new-required-field",
		Description: "adds the required field " + strings.TrimSpace(field) + " to " + header + " without a migration: the column is missing",
		Edits:       map[string][]edit{file: {insertAfter(header, after, field)}},
		Expect:      []expectSpec{expect(errBreaking, objects, loc{File: file, Header: header, Contains: field})},
		Allow:       []allowSpec{lineOf(file, header, name)},
	}
}

// newEnumValue inserts an enum value after the line containing after.
func newEnumValue(file, enum, after, value string) caseSpec {
	header := "enum " + enum + " {"
	return caseSpec{
		Name:        "new-enum-value",
		Description: "adds the value " + value + " to enum " + enum + " without a migration: the database enum lacks it",
		Edits:       map[string][]edit{file: {insertAfter(header, after, "  "+value)}},
		Expect:      []expectSpec{expect(errBreaking, objs(enum), loc{File: file, Header: header, Contains: "  " + value})},
		Allow:       []allowSpec{blockOf(file, header)},
	}
}

// newIndex inserts an @@index line after the line containing after.
func newIndex(file, header, after, index, name string) caseSpec {
	return caseSpec{
		Name:        "new-index",
		Description: "adds " + strings.TrimSpace(index) + " to " + header + " without a migration: index " + name + " is missing",
		Edits:       map[string][]edit{file: {insertAfter(header, after, index)}},
		Expect:      []expectSpec{expect(warnMissing, objs(name), loc{File: file, Header: header, Contains: strings.TrimSpace(index)})},
		Allow:       []allowSpec{lineOf(file, header, strings.TrimSpace(index))},
	}
}

// changeLine replaces old by new on a field line.
func changeLine(name, desc, file, header, contains, old, new, sevClass string, objects []string) caseSpec {
	return caseSpec{
		Name:        name,
		Description: desc,
		Edits:       map[string][]edit{file: {replaceIn(header, contains, old, new)}},
		Expect:      []expectSpec{expect(sevClass, objects, loc{File: file, Header: header, Contains: contains})},
		Allow:       []allowSpec{lineOf(file, header, contains)},
	}
}

func onDelete(file, header, contains, old, new, fk string) caseSpec {
	return changeLine("changed-ondelete", "changes the referential action of "+header+"'s relation ("+old+" → "+new+") without a migration: foreign key "+fk+" keeps the old action",
		file, header, contains, old, new, errBreaking, objs(fk))
}

func optionalToRequired(file, header, contains, old string, objects []string) caseSpec {
	return changeLine("optional-to-required", "makes "+header+"'s field `"+strings.TrimSpace(contains)+"` required without a migration: the column stays nullable",
		file, header, contains, old, strings.TrimSuffix(old, "?"), errBreaking, objects)
}

func removeMigration(name, folder, desc string, expects []expectSpec, allows ...allowSpec) caseSpec {
	return caseSpec{Name: name, Description: desc, Remove: []string{folder}, Expect: expects, Allow: allows, Cosmetic: len(expects) == 0}
}

// cosmeticParams names the anchors of a project's cosmetic edits.
type cosmeticParams struct {
	File          string // the schema file edited (the datasource/generator file for generator)
	Model         string // header of a model
	FieldA        string // two field lines of Model to swap
	FieldB        string
	MoveBlock     string // header of a block moved to the end of its file
	GeneratorOld  string // text in the generator block to change
	GeneratorNew  string
	GeneratorFile string // default File
}

// cosmetic returns the edits that must not change the database.
func cosmetic(p cosmeticParams) []caseSpec {
	gf := p.GeneratorFile
	if gf == "" {
		gf = p.File
	}
	c := func(name, desc string, file string, edits ...edit) caseSpec {
		return caseSpec{Name: name, Description: desc + ": nothing to report", Edits: map[string][]edit{file: edits}, Cosmetic: true}
	}
	return []caseSpec{
		c("cosmetic-comments", "adds // comments above, inside and at the end of lines of "+p.Model, p.File,
			insertBefore(p.Model, "", "// Comment added above the block."),
			insertAfter(p.Model, "", "  // a comment inside the block"),
			appendToLine(p.Model, p.FieldA, " // trailing comment")),
		c("cosmetic-field-order", "swaps two fields of "+p.Model, p.File, swapLines(p.Model, p.FieldA, p.FieldB)),
		c("cosmetic-block-order", "moves "+p.MoveBlock+" to the end of its file", p.File, moveToEnd(p.MoveBlock)),
		c("cosmetic-doc-comments", "adds /// documentation to "+p.Model+" and one of its fields", p.File,
			insertBefore(p.Model, "", "/// Documentation of the model.\n/// It spans two lines."),
			insertBefore(p.Model, p.FieldB, "  /// Documentation of a field.")),
		c("cosmetic-formatting", "re-indents "+p.Model+" with tabs, drops the column alignment, adds blank lines and trailing spaces", p.File,
			reformat(p.Model)),
		c("cosmetic-generator", "changes the generator block and adds a second generator", gf,
			replaceText(p.GeneratorOld, p.GeneratorNew),
			appendText("generator docs {\n  provider = \"node node_modules/prisma-docs-generator\"\n  output   = \"../docs\"\n}")),
	}
}

func suites() []suite {
	return []suite{umamiSuite(), documensoSuite(), papermarkSuite(), teableSuite(), runOpsSuite(), pingvinSuite()}
}

func umamiSuite() suite {
	const f = "prisma/schema.prisma"
	s := suite{Key: "umami", Unit: "umami", Base: "corpus/umami-software__umami", Schema: f, Migrations: "prisma/migrations", Provider: "postgresql"}
	s.Cases = []caseSpec{
		newModel(f, "RefreshToken", `model RefreshToken {
  id        String    @id() @map("refresh_token_id") @db.Uuid
  token     String    @unique @db.VarChar(255)
  userId    String    @map("user_id") @db.Uuid
  createdAt DateTime? @default(now()) @map("created_at") @db.Timestamptz(6)

  user User @relation(fields: [userId], references: [id])

  @@index([userId])
  @@map("refresh_token")
}`, objs("refresh_token"), f, "model User {", "boards", "  refreshTokens RefreshToken[]"),
		newField(f, "model Website {", "  name ", `  ownerEmail String    @map("owner_email") @db.VarChar(255)`, objs("website.owner_email", "ownerEmail", "owner_email")),
		newIndex(f, "model Board {", "@@index([createdAt])", "  @@index([type])", "board_type_idx"),
		{
			Name: "changed-ondelete",
			Description: "adds onDelete: Cascade to Board.team; the datasource uses relationMode = \"prisma\", so there is no foreign key " +
				"and Prisma generates no SQL: nothing to report",
			Edits:    map[string][]edit{f: {replaceIn("model Board {", "team Team?", "references: [id]", "references: [id], onDelete: Cascade")}},
			Cosmetic: true,
		},
		optionalToRequired(f, "model Website {", "  domain ", "String?", objs("website.domain", "domain")),
		removeMigration("removed-migration", "prisma/migrations/19_add_session_replay",
			"removes the latest migration folder (19_add_session_replay): two tables and two website columns are missing, and board.slug "+
				"(NOT NULL, no default, dropped by that migration) is still in the migrations' database where the client never fills it",
			[]expectSpec{
				expect(errBreaking, objs("SessionReplay", "session_replay"), loc{File: f, Header: "model SessionReplay {"}),
				expect(errBreaking, objs("SessionReplaySaved", "session_replay_saved"), loc{File: f, Header: "model SessionReplaySaved {"}),
				expect(errBreaking, objs("replay_enabled", "replayEnabled"), loc{File: f, Header: "model Website {", Contains: "replayEnabled"}),
				expect(errBreaking, objs("replay_config", "replayConfig"), loc{File: f, Header: "model Website {", Contains: "replayConfig"}),
				expect(errBreaking, objs("board.slug", "slug"),
					loc{File: "prisma/migrations/16_boards/migration.sql", Line: 8},
					loc{File: f, Header: "model Board {"}),
			},
			blockOf(f, "model SessionReplay {"), blockOf(f, "model SessionReplaySaved {"), blockOf(f, "model Board {"),
			lineOf(f, "model Website {", "sessionReplays"), lineOf(f, "model Website {", "sessionReplaysSaved"),
			allowSpec{At: loc{File: "prisma/migrations/16_boards/migration.sql", Line: 18}},
			allowSpec{At: loc{File: "prisma/migrations/16_boards/migration.sql", Line: 21}},
		),
	}
	s.Cases = append(s.Cases, cosmetic(cosmeticParams{File: f, Model: "model Share {", FieldA: "  entityId ", FieldB: "  name ",
		MoveBlock: "model User {", GeneratorOld: `output     = "../src/generated/prisma"`, GeneratorNew: `output     = "../src/generated/client"`})...)
	return s
}

func documensoSuite() suite {
	const f = "packages/prisma/schema.prisma"
	s := suite{Key: "documenso", Unit: "documenso", Base: "corpus/documenso__documenso", Schema: f, Migrations: "packages/prisma/migrations", Provider: "postgresql"}
	s.Cases = []caseSpec{
		newModel(f, "RefreshToken", `model RefreshToken {
  id        Int      @id @default(autoincrement())
  token     String   @unique
  userId    Int
  expiresAt DateTime
  createdAt DateTime @default(now())

  user User @relation(fields: [userId], references: [id], onDelete: Cascade)

  @@index([userId])
}`, nil, f, "model User {", "  roles ", "  refreshTokens    RefreshToken[]"),
		newField(f, "model Passkey {", "  counter ", "  deviceLabel          String", objs("Passkey.deviceLabel", "deviceLabel")),
		newEnumValue(f, "Role", "  USER", "SUPPORT"),
		newIndex(f, "model Passkey {", "  user User", "\n  @@index([userId])", "Passkey_userId_idx"),
		onDelete(f, "model Passkey {", "  user User @relation", "onDelete: Cascade", "onDelete: Restrict", "Passkey_userId_fkey"),
		optionalToRequired(f, "model User {", "  name ", "String?", objs("User.name", "name")),
		removeMigration("removed-migration", "packages/prisma/migrations/20260622120000_add_recipient_reminder_count",
			"removes the latest migration folder (20260622120000_add_recipient_reminder_count): column Recipient.reminderCount is missing",
			[]expectSpec{expect(errBreaking, objs("reminderCount"), loc{File: f, Header: "model Recipient {", Contains: "reminderCount"})}),
	}
	s.Cases = append(s.Cases, cosmetic(cosmeticParams{File: f, Model: "model Passkey {", FieldA: "  userId ", FieldB: "  lastUsedAt ",
		MoveBlock: "model User {", GeneratorOld: `generator client {
  provider = "prisma-client-js"
}`, GeneratorNew: `generator client {
  provider        = "prisma-client-js"
  previewFeatures = ["fullTextSearchPostgres"]
}`})...)
	return s
}

func papermarkSuite() suite {
	const (
		dir  = "prisma/schema"
		team = dir + "/team.prisma"
	)
	s := suite{Key: "papermark", Unit: "papermark", Base: "corpus/mfts__papermark", Schema: dir, Migrations: "prisma/migrations", Provider: "postgresql"}
	nm := newModel(dir+"/refresh-token.prisma", "RefreshToken", `model RefreshToken {
  id        String   @id @default(cuid())
  token     String   @unique
  teamId    String
  createdAt DateTime @default(now())

  team Team @relation(fields: [teamId], references: [id], onDelete: Cascade)

  @@index([teamId])
}`, nil, team, "model Team {", "  name ", "  refreshTokens RefreshToken[]")
	nm.Description += " (the model is in a new file of the schema folder)"
	s.Cases = []caseSpec{
		nm,
		newField(team, "model Team {", "  name ", "  region       String", objs("Team.region", "region")),
		newEnumValue(team, "Role", "  MEMBER", "VIEWER"),
		newIndex(team, "model UserTeam {", "@@index([teamId])", "  @@index([status])", "UserTeam_status_idx"),
		onDelete(team, "model UserTeam {", "  user ", "onDelete: Cascade", "onDelete: Restrict", "UserTeam_userId_fkey"),
		optionalToRequired(team, "model Team {", "  vectorStoreId ", "String?", objs("Team.vectorStoreId", "vectorStoreId")),
		removeMigration("removed-migration", "prisma/migrations/20260227000000_add_survey_data_to_team",
			"removes the latest migration folder (20260227000000_add_survey_data_to_team): column Team.surveyData is missing",
			[]expectSpec{expect(errBreaking, objs("surveyData"), loc{File: team, Header: "model Team {", Contains: "surveyData"})}),
	}
	s.Cases = append(s.Cases, cosmetic(cosmeticParams{File: team, Model: "model UserTeam {", FieldA: "  status ", FieldB: "  userId ",
		MoveBlock: "model Team {", GeneratorFile: dir + "/schema.prisma",
		GeneratorOld: `previewFeatures = ["relationJoins", "prismaSchemaFolder"]`, GeneratorNew: `previewFeatures = ["prismaSchemaFolder", "relationJoins"]
  output          = "../../node_modules/.prisma/client"`})...)
	return s
}

func teableSuite() suite {
	const f = "packages/db-main-prisma/prisma/postgres/schema.prisma"
	const migs = "packages/db-main-prisma/prisma/postgres/migrations"
	s := suite{Key: "teable-postgres", Unit: "teable/postgres", Base: "corpus/teableio__teable", Schema: f, Migrations: migs, Provider: "postgresql"}
	s.Cases = []caseSpec{
		newModel(f, "RefreshToken", `model RefreshToken {
  id          String   @id @default(cuid())
  token       String   @unique
  userId      String   @map("user_id")
  createdTime DateTime @default(now()) @map("created_time")

  user User @relation(fields: [userId], references: [id], onDelete: Cascade)

  @@index([userId])
  @@map("refresh_token")
}`, objs("refresh_token"), f, "model User {", "  collaborators ", "  refreshTokens    RefreshToken[]"),
		newField(f, "model Space {", "  name ", "  region           String", objs("space.region", "region")),
		newIndex(f, "model User {", "  collaborators ", "\n  @@index([name])", "users_name_idx"),
		onDelete(f, "model Account {", "  user ", "onDelete: Cascade", "onDelete: Restrict", "account_user_id_fkey"),
		optionalToRequired(f, "model User {", "  avatar ", "String?", objs("users.avatar", "avatar")),
		removeMigration("removed-migration", migs+"/20241008161823_share_meta",
			"removes the latest migration folder (20241008161823_share_meta), which only updates rows: nothing to report", nil),
		removeMigration("removed-ddl-migration", migs+"/20240919032636_add_comment",
			"removes the latest schema-changing migration folder (20240919032636_add_comment): tables comment and comment_subscription are missing",
			[]expectSpec{
				expect(errBreaking, objs("Comment", "comment"), loc{File: f, Header: "model Comment {"}),
				expect(errBreaking, objs("CommentSubscription", "comment_subscription"), loc{File: f, Header: "model CommentSubscription {"}),
			},
			blockOf(f, "model Comment {"), blockOf(f, "model CommentSubscription {")),
	}
	s.Cases = append(s.Cases, cosmetic(cosmeticParams{File: f, Model: "model Account {", FieldA: "  type ", FieldB: "  provider ",
		MoveBlock: "model Space {", GeneratorOld: `previewFeatures = ["tracing"]`, GeneratorNew: `previewFeatures = ["tracing", "metrics"]`})...)
	return s
}

func runOpsSuite() suite {
	const f = "internal-packages/run-ops-database/prisma/schema.prisma"
	const migs = "internal-packages/run-ops-database/prisma/migrations"
	s := suite{Key: "trigger-run-ops", Unit: "trigger.dev/run-ops-database", Base: "corpus/triggerdotdev__trigger.dev", Schema: f, Migrations: migs, Provider: "postgresql"}
	s.Cases = []caseSpec{
		newModel(f, "TaskRunNote", `model TaskRunNote {
  id        String   @id @default(cuid())
  body      String
  taskRunId String
  createdAt DateTime @default(now())

  taskRun TaskRun @relation(fields: [taskRunId], references: [id], onDelete: Cascade, onUpdate: Cascade)

  @@index([taskRunId])
}`, nil, f, "model TaskRun {", "attempts TaskRunAttempt[]", "  notes TaskRunNote[]"),
		newField(f, "model TaskRunTag {", "  name ", "  color String", objs("TaskRunTag.color", "color")),
		newEnumValue(f, "TaskRunStatus", "  DELAYED", "PAUSED_FOR_REVIEW"),
		newIndex(f, "model TaskRunTag {", "@@index([name, id])", "  @@index([createdAt])", "TaskRunTag_createdAt_idx"),
		onDelete(f, "model TaskRunDependency {", "  taskRun ", "onDelete: Cascade", "onDelete: Restrict", "TaskRunDependency_taskRunId_fkey"),
		removeMigration("removed-migration", migs+"/20260727120000_add_batch_task_run_created_at_dashboard_index",
			"removes the latest migration folder (20260727120000_add_batch_task_run_created_at_dashboard_index): index BatchTaskRun_runtimeEnvironmentId_createdAt_id_idx is missing",
			[]expectSpec{expect(warnMissing, objs("BatchTaskRun_runtimeEnvironmentId_createdAt_id_idx"),
				loc{File: f, Header: "model BatchTaskRun {", Contains: "@@index([runtimeEnvironmentId, createdAt(sort: Desc), id(sort: Desc)])"})}),
	}
	s.Cases = append(s.Cases, optionalToRequired(f, "model BatchTaskRun {", "  idempotencyKey ", "String?", objs("BatchTaskRun.idempotencyKey", "idempotencyKey")))
	s.Cases = append(s.Cases, cosmetic(cosmeticParams{File: f, Model: "model TaskRunTag {", FieldA: "  friendlyId ", FieldB: "  createdAt ",
		MoveBlock: "model TaskRunTag {", GeneratorOld: `previewFeatures = ["metrics", "driverAdapters"]`, GeneratorNew: `previewFeatures = ["metrics"]`})...)
	return s
}

func pingvinSuite() suite {
	const f = "backend/prisma/schema.prisma"
	const migs = "backend/prisma/migrations"
	s := suite{Key: "pingvin-share", Unit: "pingvin-share", Base: "corpus/stonith404__pingvin-share", Schema: f, Migrations: migs, Provider: "sqlite"}
	s.Cases = []caseSpec{
		newModel(f, "ApiKey", `model ApiKey {
  id        String   @id @default(uuid())
  key       String   @unique
  createdAt DateTime @default(now())

  userId String
  user   User   @relation(fields: [userId], references: [id], onDelete: Cascade)
}`, nil, f, "model User {", "  oAuthUsers ", "  apiKeys ApiKey[]"),
		newField(f, "model ShareRecipient {", "  email ", "  name  String", objs("ShareRecipient.name", "name")),
		newIndex(f, "model File {", "  share ", "\n  @@index([shareId])", "File_shareId_idx"),
		onDelete(f, "model ShareRecipient {", "  share ", "onDelete: Cascade", "onDelete: Restrict", "ShareRecipient_shareId_fkey"),
		optionalToRequired(f, "model User {", "  password ", "String?", objs("User.password", "password")),
		removeMigration("removed-migration", migs+"/20250102175831_timespan_type_config_variables",
			"removes the latest migration folder (20250102175831_timespan_type_config_variables), which only updates rows: nothing to report", nil),
		removeMigration("removed-ddl-migration", migs+"/20241218145829_add_s3_support",
			"removes the latest schema-changing migration folder (20241218145829_add_s3_support): column Share.storageProvider is missing",
			[]expectSpec{expect(errBreaking, objs("storageProvider"), loc{File: f, Header: "model Share {", Contains: "storageProvider"})}),
	}
	s.Cases = append(s.Cases, cosmetic(cosmeticParams{File: f, Model: "model RefreshToken {", FieldA: "  token ", FieldB: "  createdAt ",
		MoveBlock: "model User {", GeneratorOld: `provider = "prisma-client-js"`, GeneratorNew: `provider = "prisma-client-js"
  output   = "../node_modules/.prisma/client"`})...)
	return s
}
