-- CreateTable
CREATE TABLE "Range" (
    "id" INTEGER NOT NULL,
    "span" int4range,
    "legacy" Int4,
    "box" box NOT NULL,
    "when" timestamp(6) with time zone,

    CONSTRAINT "Range_pkey" PRIMARY KEY ("id")
);
