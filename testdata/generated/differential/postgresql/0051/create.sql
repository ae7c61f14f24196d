-- CreateTable
CREATE TABLE "notes" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "level" SMALLINT NOT NULL,
    "title" TIME(0) NOT NULL,
    "meta" BYTEA,
    "score" JSONB NOT NULL DEFAULT '[]',
    "endsAt" TIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" TEXT NOT NULL,

    CONSTRAINT "notes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Address" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "kind" TIME(1),
    "raw" box,

    CONSTRAINT "Address_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "roles" (
    "id" SERIAL NOT NULL,
    "size" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "flags" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "roles_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" SMALLSERIAL NOT NULL,
    "createdAt" BIT(3) NOT NULL,
    "version" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "flags" TIMESTAMP(3),
    "amount" INTEGER DEFAULT 0,
    "weight" TIMESTAMP(3),
    "kind" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "File" (
    "id" TEXT NOT NULL,
    "handle" TEXT NOT NULL,
    "count_col" TEXT[],
    "meta_col" TIME(1) NOT NULL,
    "secret" BIGINT NOT NULL,
    "payload" DECIMAL(17,2) DEFAULT 2.25,
    "slug" REAL,
    "email" BOOLEAN DEFAULT false,

    CONSTRAINT "File_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Plan" (
    "id" TEXT NOT NULL,
    "name" BIGINT NOT NULL DEFAULT 1234567890123,

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "notes_slug_key" ON "notes"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "notes_endsAt_title_key" ON "notes"("endsAt", "title");

-- CreateIndex
CREATE UNIQUE INDEX "Address_email_key" ON "Address"("email");

-- CreateIndex
CREATE INDEX "address_email_0_ix" ON "Address"("email");

-- CreateIndex
CREATE INDEX "Address_email_idx" ON "Address"("email" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Project_weight_key" ON "Project"("weight");

-- CreateIndex
CREATE UNIQUE INDEX "project_pair_key" ON "Project"("createdAt", "version");

-- CreateIndex
CREATE UNIQUE INDEX "File_handle_key" ON "File"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "File_secret_key" ON "File"("secret");

-- CreateIndex
CREATE UNIQUE INDEX "file_pair_key" ON "File"("email", "handle");

-- CreateIndex
CREATE INDEX "Plan_name_idx" ON "Plan"("name");
