-- CreateTable
CREATE TABLE "Shipment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "handle" TEXT NOT NULL,
    "secret" TEXT NOT NULL DEFAULT 'a "quoted" word',
    "secret2" DATETIME,
    "version" BIGINT,
    "data" INTEGER NOT NULL DEFAULT 0,
    "hash" DATETIME NOT NULL,
    "email" BLOB NOT NULL
);

-- CreateTable
CREATE TABLE "Event" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "handle" TEXT NOT NULL,
    "label" BOOLEAN,
    "createdAt" BIGINT NOT NULL,
    "rank" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "Folder" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "handle" TEXT NOT NULL,
    "createdAt" REAL NOT NULL,
    "count" REAL NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "Audit" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "price" BLOB NOT NULL,
    "price2" BIGINT NOT NULL,
    "email" BIGINT DEFAULT 1234567890123,
    "raw" DATE,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "tickets" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "size" DATETIME NOT NULL DEFAULT '2024-01-02 03:04:05 +00:00',
    "hash" DATETIME,
    "body_col" JSONB NOT NULL,
    "weight" TEXT NOT NULL DEFAULT 'back\slash',
    "hash2" REAL NOT NULL,
    "kind" DATETIME,
    "raw" geometry
);

-- CreateTable
CREATE TABLE "TagLink" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "avatar" REAL NOT NULL DEFAULT 1.5
);

-- CreateIndex
CREATE UNIQUE INDEX "Shipment_handle_key" ON "Shipment"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "shipment_secret_uq" ON "Shipment"("secret");

-- CreateIndex
CREATE INDEX "Shipment_handle_secret_idx" ON "Shipment"("handle" DESC, "secret");

-- CreateIndex
CREATE INDEX "Shipment_secret_secret2_idx" ON "Shipment"("secret" DESC, "secret2");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment_version_hash_key" ON "Shipment"("version", "hash");

-- CreateIndex
CREATE UNIQUE INDEX "Event_handle_key" ON "Event"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "Event_label_key" ON "Event"("label");

-- CreateIndex
CREATE INDEX "event_createdat_0_ix" ON "Event"("createdAt");

-- CreateIndex
CREATE INDEX "Event_handle_createdAt_idx" ON "Event"("handle" DESC, "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Folder_handle_key" ON "Folder"("handle");

-- CreateIndex
CREATE INDEX "audit_email_0_ix" ON "Audit"("email");

-- CreateIndex
CREATE INDEX "Audit_email_price2_idx" ON "Audit"("email" DESC, "price2");

-- CreateIndex
CREATE UNIQUE INDEX "Audit_price2_email_key" ON "Audit"("price2", "email");

-- CreateIndex
CREATE UNIQUE INDEX "tickets_email_key" ON "tickets"("email");

-- CreateIndex
CREATE INDEX "tickets_hash2_idx" ON "tickets"("hash2");

-- CreateIndex
CREATE INDEX "ticket_weight_1_ix" ON "tickets"("weight");

-- CreateIndex
CREATE UNIQUE INDEX "tickets_email_kind_key" ON "tickets"("email", "kind");
