-- CreateIndex
CREATE INDEX "Passkey_userId_idx" ON "Passkey"("userId");
