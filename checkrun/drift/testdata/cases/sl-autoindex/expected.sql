-- RedefineIndex
DROP INDEX "sqlite_autoindex_teams_1";
CREATE UNIQUE INDEX "teams_slug_key" ON "teams"("slug");
