-- CreateTable
CREATE TABLE "Profile" (
    "id" SERIAL NOT NULL,
    "handle" TEXT NOT NULL,
    "name" BIGINT NOT NULL,
    "payload" BYTEA,
    "endsAt" DECIMAL(65,30),
    "flags" TIMESTAMP(3),
    "payload2" BIGINT,

    CONSTRAINT "Profile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Role" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" BOOLEAN NOT NULL DEFAULT true,
    "meta" BOOLEAN NOT NULL DEFAULT false,
    "expiresAt" INTEGER NOT NULL,
    "count" BOOLEAN NOT NULL DEFAULT false,
    "level" JSONB DEFAULT '[]',
    "data" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "raw" tsvector,
    "addressTenantId" TEXT NOT NULL,
    "addressNumber" INTEGER NOT NULL,

    CONSTRAINT "Role_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Address" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "isActive" DOUBLE PRECISION NOT NULL,
    "version" TEXT NOT NULL,
    "note" VARBIT,
    "score" DECIMAL,
    "roleSlug" TEXT NOT NULL,

    CONSTRAINT "address_pk" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "projects" (
    "id" BIGSERIAL NOT NULL,
    "hash" TEXT NOT NULL,
    "isActive" BOOLEAN DEFAULT false,

    CONSTRAINT "projects_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_ProfileToProject" (
    "A" INTEGER NOT NULL,
    "B" BIGINT NOT NULL,

    CONSTRAINT "_ProfileToProject_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Profile_handle_key" ON "Profile"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "Profile_flags_key" ON "Profile"("flags");

-- CreateIndex
CREATE UNIQUE INDEX "Role_slug_key" ON "Role"("slug");

-- CreateIndex
CREATE INDEX "Role_addressTenantId_addressNumber_idx" ON "Role"("addressTenantId", "addressNumber");

-- CreateIndex
CREATE INDEX "Role_title_idx" ON "Role"("title");

-- CreateIndex
CREATE INDEX "Role_slug_expiresAt_idx" ON "Role"("slug", "expiresAt");

-- CreateIndex
CREATE INDEX "Address_roleSlug_idx" ON "Address"("roleSlug");

-- CreateIndex
CREATE INDEX "projects_hash_idx" ON "projects"("hash");

-- CreateIndex
CREATE INDEX "projects_isActive_idx" ON "projects"("isActive" DESC);

-- CreateIndex
CREATE INDEX "project_hash_sx" ON "projects" USING SPGIST ("hash");

-- CreateIndex
CREATE INDEX "_ProfileToProject_B_index" ON "_ProfileToProject"("B");

-- AddForeignKey
ALTER TABLE "Role" ADD CONSTRAINT "Role_addressTenantId_addressNumber_fkey" FOREIGN KEY ("addressTenantId", "addressNumber") REFERENCES "Address"("tenantId", "number") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Address" ADD CONSTRAINT "Address_roleSlug_fkey" FOREIGN KEY ("roleSlug") REFERENCES "Role"("slug") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ProfileToProject" ADD CONSTRAINT "_ProfileToProject_A_fkey" FOREIGN KEY ("A") REFERENCES "Profile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ProfileToProject" ADD CONSTRAINT "_ProfileToProject_B_fkey" FOREIGN KEY ("B") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;
