-- DropIndex
DROP INDEX "Team_title_idx";

-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "Audit";
PRAGMA foreign_keys=on;
