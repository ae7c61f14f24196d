-- CreateTable
CREATE TABLE "Shape" (
    "id" INTEGER NOT NULL,
    "area" circle,
    "doc" tsvector,

    CONSTRAINT "Shape_pkey" PRIMARY KEY ("id")
);
