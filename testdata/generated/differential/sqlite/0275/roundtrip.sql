-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Address" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "handle" TEXT NOT NULL,
    "isActive" INTEGER,
    "publishedAt" TEXT NOT NULL,
    "name" REAL NOT NULL,
    "email" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Address" ("email", "handle", "id", "isActive", "name", "publishedAt", "updatedAt") SELECT "email", "handle", "id", "isActive", "name", "publishedAt", "updatedAt" FROM "Address";
DROP TABLE "Address";
ALTER TABLE "new_Address" RENAME TO "Address";
CREATE UNIQUE INDEX "Address_handle_key" ON "Address"("handle");
CREATE INDEX "Address_isActive_idx" ON "Address"("isActive");
CREATE INDEX "address_name_1_ix" ON "Address"("name");
CREATE TABLE "new_Ticket" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email_col" TEXT NOT NULL DEFAULT 'x',
    "body" BLOB NOT NULL,
    "endsAt" INTEGER NOT NULL,
    "raw" money,
    "updatedAt" DATETIME NOT NULL,
    "addresshandle_ref" TEXT
);
INSERT INTO "new_Ticket" ("addresshandle_ref", "body", "email_col", "endsAt", "id", "raw", "updatedAt") SELECT "addresshandle_ref", "body", "email_col", "endsAt", "id", "raw", "updatedAt" FROM "Ticket";
DROP TABLE "Ticket";
ALTER TABLE "new_Ticket" RENAME TO "Ticket";
CREATE UNIQUE INDEX "Ticket_endsAt_key" ON "Ticket"("endsAt");
CREATE INDEX "Ticket_addresshandle_ref_idx" ON "Ticket"("addresshandle_ref");
CREATE INDEX "Ticket_email_col_idx" ON "Ticket"("email_col");
CREATE INDEX "ticket_addresshandle_1_ix" ON "Ticket"("addresshandle_ref");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
