-- hand-written extras
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "Team_title_trgm_idx" ON "Team" USING GIN ("title" gin_trgm_ops);
CREATE INDEX "Team_lower_title_idx" ON "Team" (lower("title"));
CREATE INDEX "Team_partial_idx" ON "Team" ("slug") WHERE "title" <> '';
ALTER TABLE "Team" ADD COLUMN "legacy" TEXT;
ALTER TABLE "Team" ADD COLUMN "required_legacy" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Team" ALTER COLUMN "title" SET DEFAULT 'untitled';
CREATE TABLE "Audit" ("id" SERIAL PRIMARY KEY, "teamId" TEXT REFERENCES "Team"("id"));
CREATE FUNCTION touch() RETURNS trigger AS $$ BEGIN RETURN NEW; END; $$ LANGUAGE plpgsql;
CREATE TRIGGER "Team_touch" BEFORE UPDATE ON "Team" FOR EACH ROW EXECUTE FUNCTION touch();
CREATE VIEW "TeamView" AS SELECT "id" FROM "Team";
ALTER TABLE "Team" ADD CONSTRAINT "Team_title_check" CHECK ("title" <> '');
