-- CreateTable
CREATE TABLE "taskitems" (
    "id" TEXT NOT NULL,
    "verified" BYTEA NOT NULL,
    "url" INTEGER,
    "ratio" TIMESTAMP(3) NOT NULL DEFAULT '2024-01-02 03:04:05 +00:00',
    "hash_col" BIGINT NOT NULL,
    "weight" INTEGER,
    "deviceTenantId" TEXT NOT NULL,
    "deviceNumber" INTEGER NOT NULL,

    CONSTRAINT "taskitem_primary" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Audit" (
    "id" SERIAL NOT NULL,
    "version" TIMESTAMP NOT NULL,
    "position_col" TIMESTAMP(3),
    "score" DOUBLE PRECISION NOT NULL DEFAULT -2.25,
    "level_col" JSON NOT NULL DEFAULT '{"a": 1}',
    "startsAt" JSONB DEFAULT '[]',

    CONSTRAINT "Audit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Device" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "data" BYTEA,
    "raw" cidr,

    CONSTRAINT "Device_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Role" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "handle" TEXT NOT NULL,
    "isActive" BOOLEAN,
    "size" DOUBLE PRECISION,
    "endsAt" SMALLINT NOT NULL,

    CONSTRAINT "Role_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateIndex
CREATE INDEX "Audit_version_position_col_idx" ON "Audit"("version", "position_col");

-- CreateIndex
CREATE INDEX "audit_position_1_ix" ON "Audit"("position_col");

-- CreateIndex
CREATE INDEX "Device_tenantId_idx" ON "Device" USING SPGIST ("tenantId");

-- CreateIndex
CREATE UNIQUE INDEX "Role_handle_key" ON "Role"("handle");

-- CreateIndex
CREATE INDEX "Role_handle_idx" ON "Role"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "Role_isActive_handle_key" ON "Role"("isActive", "handle");

-- AddForeignKey
ALTER TABLE "taskitems" ADD CONSTRAINT "taskitems_deviceTenantId_deviceNumber_fkey" FOREIGN KEY ("deviceTenantId", "deviceNumber") REFERENCES "Device"("tenantId", "number") ON DELETE CASCADE ON UPDATE NO ACTION;
