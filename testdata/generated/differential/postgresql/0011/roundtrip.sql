-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "hstore";
