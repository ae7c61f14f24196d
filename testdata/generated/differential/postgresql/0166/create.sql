-- CreateTable
CREATE TABLE "Profile" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "updatedAt" TIMETZ NOT NULL,
    "count" TIMESTAMP(5)[],
    "code" INTEGER NOT NULL DEFAULT 0,
    "amount" BIGINT DEFAULT 0,
    "data" BIGINT NOT NULL DEFAULT 1234567890123,
    "url" TEXT NOT NULL DEFAULT 'fixed'::text,

    CONSTRAINT "Profile_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Event" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TIMETZ(3)[],
    "isActive" TEXT,
    "title2" SMALLINT,
    "flags" TIMESTAMP(3),
    "eventTenantId" TEXT,
    "eventNumber" INTEGER,
    "profileTenantId" TEXT NOT NULL,
    "profilenumber_ref" INTEGER NOT NULL,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Tag" (
    "eventTenantId" TEXT NOT NULL,
    "eventNumber" INTEGER NOT NULL,
    "profileTenantId" TEXT NOT NULL,
    "profileNumber" INTEGER NOT NULL,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("eventTenantId","eventNumber","profileTenantId","profileNumber")
);

-- CreateIndex
CREATE INDEX "profile_data_0_ix" ON "Profile"("data" DESC);

-- CreateIndex
CREATE INDEX "Profile_tenantId_idx" ON "Profile" USING SPGIST ("tenantId");

-- CreateIndex
CREATE INDEX "Event_profileTenantId_profilenumber_ref_idx" ON "Event"("profileTenantId", "profilenumber_ref");

-- CreateIndex
CREATE INDEX "Event_eventNumber_idx" ON "Event"("eventNumber");

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_eventTenantId_eventNumber_fkey" FOREIGN KEY ("eventTenantId", "eventNumber") REFERENCES "Event"("tenantId", "number") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_profileTenantId_profilenumber_ref_fkey" FOREIGN KEY ("profileTenantId", "profilenumber_ref") REFERENCES "Profile"("tenantId", "number") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tag" ADD CONSTRAINT "Tag_eventTenantId_eventNumber_fkey" FOREIGN KEY ("eventTenantId", "eventNumber") REFERENCES "Event"("tenantId", "number") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tag" ADD CONSTRAINT "Tag_profileTenantId_profileNumber_fkey" FOREIGN KEY ("profileTenantId", "profileNumber") REFERENCES "Profile"("tenantId", "number") ON DELETE CASCADE ON UPDATE CASCADE;
