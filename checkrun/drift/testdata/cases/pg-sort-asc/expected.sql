-- CreateIndex
CREATE UNIQUE INDEX "T_b_key" ON "T"("b" ASC);

-- CreateIndex
CREATE INDEX "T_a_idx" ON "T"("a" ASC);

-- CreateIndex
CREATE INDEX "T_c_idx" ON "T"("c");
