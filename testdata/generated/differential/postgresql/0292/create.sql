-- CreateTable
CREATE TABLE "Price" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "amount" DOUBLE PRECISION,
    "email2" INTEGER NOT NULL,

    CONSTRAINT "Price_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "position" INTEGER,
    "title" BIGINT NOT NULL,
    "version" DOUBLE PRECISION NOT NULL,
    "noteid_ref" INTEGER NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "items" (
    "id" SERIAL NOT NULL,
    "score" DOUBLE PRECISION DEFAULT 0,
    "status" OID DEFAULT 74,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Note" (
    "id" SERIAL NOT NULL,
    "secret" JSONB,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Note_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Order2" (
    "id" INTEGER NOT NULL,
    "score" TIMESTAMP(3) NOT NULL,
    "isActive" TEXT NOT NULL,
    "amount" DECIMAL(65,30) DEFAULT 0,
    "expiresAt" BOOLEAN,

    CONSTRAINT "Order2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_NoteToOrder2" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_NoteToOrder2_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_UserToNote31" (
    "A" INTEGER NOT NULL,
    "B" UUID NOT NULL,

    CONSTRAINT "_UserToNote31_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Price_email_key" ON "Price"("email");

-- CreateIndex
CREATE UNIQUE INDEX "User_version_key" ON "User"("version");

-- CreateIndex
CREATE INDEX "item_status_0_ix" ON "items"("status" DESC);

-- CreateIndex
CREATE INDEX "item_status_1_ix" ON "items"("status");

-- CreateIndex
CREATE INDEX "Note_secret_idx" ON "Note" USING GIN ("secret" jsonb_ops);

-- CreateIndex
CREATE INDEX "_NoteToOrder2_B_index" ON "_NoteToOrder2"("B");

-- CreateIndex
CREATE INDEX "_UserToNote31_B_index" ON "_UserToNote31"("B");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_noteid_ref_fkey" FOREIGN KEY ("noteid_ref") REFERENCES "Note"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_NoteToOrder2" ADD CONSTRAINT "_NoteToOrder2_A_fkey" FOREIGN KEY ("A") REFERENCES "Note"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_NoteToOrder2" ADD CONSTRAINT "_NoteToOrder2_B_fkey" FOREIGN KEY ("B") REFERENCES "Order2"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_UserToNote31" ADD CONSTRAINT "_UserToNote31_A_fkey" FOREIGN KEY ("A") REFERENCES "Note"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_UserToNote31" ADD CONSTRAINT "_UserToNote31_B_fkey" FOREIGN KEY ("B") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
