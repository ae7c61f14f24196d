-- CreateEnum
CREATE TYPE "AuthenticationMethod" AS ENUM ('GITHUB', 'MAGIC_LINK', 'GOOGLE', 'SSO');

-- CreateEnum
CREATE TYPE "OrganizationAccessTokenType" AS ENUM ('USER', 'SYSTEM');

-- CreateEnum
CREATE TYPE "OrgMemberRole" AS ENUM ('ADMIN', 'MEMBER');

-- CreateEnum
CREATE TYPE "RuntimeEnvironmentType" AS ENUM ('PRODUCTION', 'STAGING', 'DEVELOPMENT', 'PREVIEW');

-- CreateEnum
CREATE TYPE "EnvironmentPauseSource" AS ENUM ('BILLING_LIMIT');

-- CreateEnum
CREATE TYPE "ProjectVersion" AS ENUM ('V2', 'V3');

-- CreateEnum
CREATE TYPE "SecretStoreProvider" AS ENUM ('DATABASE', 'AWS_PARAM_STORE');

-- CreateEnum
CREATE TYPE "TaskTriggerSource" AS ENUM ('STANDARD', 'SCHEDULED', 'AGENT', 'WEBHOOK');

-- CreateEnum
CREATE TYPE "WebhookEndpointStatus" AS ENUM ('ACTIVE', 'INACTIVE', 'DELETING');

-- CreateEnum
CREATE TYPE "WebhookDeliveryStatus" AS ENUM ('PENDING', 'PROCESSING', 'SUCCEEDED', 'FAILED', 'FILTERED');

-- CreateEnum
CREATE TYPE "TaskRunStatus" AS ENUM ('DELAYED', 'PENDING', 'PENDING_VERSION', 'WAITING_FOR_DEPLOY', 'DEQUEUED', 'EXECUTING', 'WAITING_TO_RESUME', 'RETRYING_AFTER_FAILURE', 'PAUSED', 'CANCELED', 'INTERRUPTED', 'COMPLETED_SUCCESSFULLY', 'COMPLETED_WITH_ERRORS', 'SYSTEM_FAILURE', 'CRASHED', 'EXPIRED', 'TIMED_OUT');

-- CreateEnum
CREATE TYPE "RunEngineVersion" AS ENUM ('V1', 'V2');

-- CreateEnum
CREATE TYPE "TaskRunExecutionStatus" AS ENUM ('RUN_CREATED', 'DELAYED', 'QUEUED', 'QUEUED_EXECUTING', 'PENDING_EXECUTING', 'EXECUTING', 'EXECUTING_WITH_WAITPOINTS', 'SUSPENDED', 'PENDING_CANCEL', 'FINISHED');

-- CreateEnum
CREATE TYPE "TaskRunCheckpointType" AS ENUM ('DOCKER', 'KUBERNETES', 'COMPUTE');

-- CreateEnum
CREATE TYPE "WaitpointType" AS ENUM ('RUN', 'DATETIME', 'MANUAL', 'BATCH');

-- CreateEnum
CREATE TYPE "WaitpointStatus" AS ENUM ('PENDING', 'COMPLETED');

-- CreateEnum
CREATE TYPE "WorkerInstanceGroupType" AS ENUM ('MANAGED', 'UNMANAGED');

-- CreateEnum
CREATE TYPE "WorkloadType" AS ENUM ('CONTAINER', 'MICROVM');

-- CreateEnum
CREATE TYPE "TaskRunAttemptStatus" AS ENUM ('PENDING', 'EXECUTING', 'PAUSED', 'FAILED', 'CANCELED', 'COMPLETED');

-- CreateEnum
CREATE TYPE "TaskEventLevel" AS ENUM ('TRACE', 'DEBUG', 'LOG', 'INFO', 'WARN', 'ERROR');

-- CreateEnum
CREATE TYPE "TaskEventKind" AS ENUM ('UNSPECIFIED', 'INTERNAL', 'SERVER', 'CLIENT', 'PRODUCER', 'CONSUMER', 'UNRECOGNIZED', 'LOG');

-- CreateEnum
CREATE TYPE "TaskEventStatus" AS ENUM ('UNSET', 'OK', 'ERROR', 'UNRECOGNIZED');

-- CreateEnum
CREATE TYPE "TaskQueueType" AS ENUM ('VIRTUAL', 'NAMED');

-- CreateEnum
CREATE TYPE "TaskQueueVersion" AS ENUM ('V1', 'V2');

-- CreateEnum
CREATE TYPE "BatchTaskRunStatus" AS ENUM ('PENDING', 'PROCESSING', 'COMPLETED', 'PARTIAL_FAILED', 'ABORTED');

-- CreateEnum
CREATE TYPE "BatchTaskRunItemStatus" AS ENUM ('PENDING', 'FAILED', 'CANCELED', 'COMPLETED');

-- CreateEnum
CREATE TYPE "CheckpointType" AS ENUM ('DOCKER', 'KUBERNETES');

-- CreateEnum
CREATE TYPE "CheckpointRestoreEventType" AS ENUM ('CHECKPOINT', 'RESTORE');

-- CreateEnum
CREATE TYPE "WorkerDeploymentType" AS ENUM ('MANAGED', 'UNMANAGED', 'V1');

-- CreateEnum
CREATE TYPE "WorkerDeploymentStatus" AS ENUM ('PENDING', 'INSTALLING', 'BUILDING', 'DEPLOYING', 'DEPLOYED', 'FAILED', 'CANCELED', 'TIMED_OUT');

-- CreateEnum
CREATE TYPE "ScheduleType" AS ENUM ('DECLARATIVE', 'IMPERATIVE');

-- CreateEnum
CREATE TYPE "ScheduleGeneratorType" AS ENUM ('CRON');

-- CreateEnum
CREATE TYPE "ProjectAlertChannelType" AS ENUM ('EMAIL', 'SLACK', 'WEBHOOK');

-- CreateEnum
CREATE TYPE "ProjectAlertType" AS ENUM ('TASK_RUN', 'TASK_RUN_ATTEMPT', 'DEPLOYMENT_FAILURE', 'DEPLOYMENT_SUCCESS', 'ERROR_GROUP', 'DASHBOARD_AGENT_WATCH');

-- CreateEnum
CREATE TYPE "ProjectAlertStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateEnum
CREATE TYPE "IntegrationService" AS ENUM ('SLACK', 'VERCEL');

-- CreateEnum
CREATE TYPE "BulkActionType" AS ENUM ('CANCEL', 'REPLAY');

-- CreateEnum
CREATE TYPE "BulkActionStatus" AS ENUM ('PENDING', 'COMPLETED', 'ABORTED');

-- CreateEnum
CREATE TYPE "BulkActionNotificationType" AS ENUM ('NONE', 'EMAIL');

-- CreateEnum
CREATE TYPE "BulkActionItemStatus" AS ENUM ('PENDING', 'COMPLETED', 'FAILED');

-- CreateEnum
CREATE TYPE "GithubRepositorySelection" AS ENUM ('ALL', 'SELECTED');

-- CreateEnum
CREATE TYPE "ImpersonationAuditLogAction" AS ENUM ('START', 'STOP');

-- CreateEnum
CREATE TYPE "CustomerQuerySource" AS ENUM ('DASHBOARD', 'API');

-- CreateEnum
CREATE TYPE "CustomerQueryScope" AS ENUM ('ORGANIZATION', 'PROJECT', 'ENVIRONMENT');

-- CreateEnum
CREATE TYPE "PlatformNotificationSurface" AS ENUM ('WEBAPP', 'CLI');

-- CreateEnum
CREATE TYPE "PlatformNotificationScope" AS ENUM ('USER', 'PROJECT', 'ORGANIZATION', 'GLOBAL');

-- CreateEnum
CREATE TYPE "ErrorGroupStatus" AS ENUM ('UNRESOLVED', 'RESOLVED', 'IGNORED');

-- CreateEnum
CREATE TYPE "DataStoreKind" AS ENUM ('CLICKHOUSE');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "authenticationMethod" "AuthenticationMethod" NOT NULL,
    "authenticationProfile" JSONB,
    "authenticationExtraParams" JSONB,
    "authIdentifier" TEXT,
    "displayName" TEXT,
    "name" TEXT,
    "avatarUrl" TEXT,
    "admin" BOOLEAN NOT NULL DEFAULT false,
    "dashboardPreferences" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "isOnCloudWaitlist" BOOLEAN NOT NULL DEFAULT false,
    "featureCloud" BOOLEAN NOT NULL DEFAULT false,
    "isOnHostedRepoWaitlist" BOOLEAN NOT NULL DEFAULT false,
    "marketingEmails" BOOLEAN NOT NULL DEFAULT true,
    "confirmedBasicDetails" BOOLEAN NOT NULL DEFAULT false,
    "referralSource" TEXT,
    "onboardingData" JSONB,
    "mfaEnabledAt" TIMESTAMP(3),
    "mfaSecretReferenceId" TEXT,
    "mfaLastUsedCode" TEXT,
    "sessionDuration" INTEGER NOT NULL DEFAULT 31556952,
    "nextSessionEnd" TIMESTAMP(3),
    "invitationCodeId" TEXT,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MfaBackupCode" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MfaBackupCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InvitationCode" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InvitationCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuthorizationCode" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "personalAccessTokenId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AuthorizationCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PersonalAccessToken" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "encryptedToken" JSONB NOT NULL,
    "obfuscatedToken" TEXT NOT NULL,
    "hashedToken" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "lastAccessedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PersonalAccessToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrganizationAccessToken" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" "OrganizationAccessTokenType" NOT NULL DEFAULT 'USER',
    "hashedToken" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "lastAccessedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OrganizationAccessToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organization" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "maximumExecutionTimePerRunInMs" INTEGER NOT NULL DEFAULT 900000,
    "maximumConcurrencyLimit" INTEGER NOT NULL DEFAULT 10,
    "maximumSchedulesLimit" INTEGER NOT NULL DEFAULT 5,
    "maximumDevQueueSize" INTEGER,
    "maximumDeployedQueueSize" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),
    "companySize" TEXT,
    "onboardingData" JSONB,
    "avatar" JSONB,
    "runsEnabled" BOOLEAN NOT NULL DEFAULT true,
    "v3Enabled" BOOLEAN NOT NULL DEFAULT false,
    "v2Enabled" BOOLEAN NOT NULL DEFAULT false,
    "v2MarqsEnabled" BOOLEAN NOT NULL DEFAULT false,
    "hasRequestedV3" BOOLEAN NOT NULL DEFAULT false,
    "apiRateLimiterConfig" JSONB,
    "realtimeRateLimiterConfig" JSONB,
    "batchRateLimitConfig" JSONB,
    "batchQueueConcurrencyConfig" JSONB,
    "featureFlags" JSONB,
    "maximumProjectCount" INTEGER NOT NULL DEFAULT 25,
    "maxSessionDuration" INTEGER,
    "streamBasinName" TEXT,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrgMember" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "OrgMemberRole" NOT NULL DEFAULT 'MEMBER',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OrgMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrgMemberInvite" (
    "id" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" "OrgMemberRole" NOT NULL DEFAULT 'MEMBER',
    "rbacRoleId" TEXT,
    "organizationId" TEXT NOT NULL,
    "inviterId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OrgMemberInvite_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RuntimeEnvironment" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "apiKey" TEXT NOT NULL,
    "pkApiKey" TEXT NOT NULL,
    "type" "RuntimeEnvironmentType" NOT NULL DEFAULT 'DEVELOPMENT',
    "isBranchableEnvironment" BOOLEAN NOT NULL DEFAULT false,
    "branchName" TEXT,
    "parentEnvironmentId" TEXT,
    "git" JSONB,
    "archivedAt" TIMESTAMP(3),
    "shortcode" TEXT NOT NULL,
    "maximumConcurrencyLimit" INTEGER NOT NULL DEFAULT 5,
    "concurrencyLimitBurstFactor" DECIMAL(4,2) NOT NULL DEFAULT 2.00,
    "paused" BOOLEAN NOT NULL DEFAULT false,
    "pauseSource" "EnvironmentPauseSource",
    "autoEnableInternalSources" BOOLEAN NOT NULL DEFAULT true,
    "organizationId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "orgMemberId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "builtInEnvironmentVariableOverrides" JSONB,
    "tunnelId" TEXT,
    "currentSessionId" TEXT,

    CONSTRAINT "RuntimeEnvironment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "api_keys" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "key_hash" TEXT NOT NULL,
    "last_four" TEXT NOT NULL,
    "runtime_environment_id" TEXT NOT NULL,
    "created_by_user_id" TEXT,
    "preset_id" TEXT,
    "scopes" TEXT[],
    "last_used_at" TIMESTAMP(3),
    "revoked_at" TIMESTAMP(3),
    "expires_at" TIMESTAMP(3),
    "updated_at" TIMESTAMP(3) NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "api_keys_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RevokedApiKey" (
    "id" TEXT NOT NULL,
    "apiKey" TEXT NOT NULL,
    "runtimeEnvironmentId" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RevokedApiKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "externalRef" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),
    "initializedAt" TIMESTAMP(3),
    "defaultRuntime" TEXT,
    "version" "ProjectVersion" NOT NULL DEFAULT 'V2',
    "engine" "RunEngineVersion" NOT NULL DEFAULT 'V1',
    "builderProjectId" TEXT,
    "defaultWorkerGroupId" TEXT,
    "allowedMasterQueues" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "buildSettings" JSONB,
    "onboardingData" JSONB,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SecretReference" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "provider" "SecretStoreProvider" NOT NULL DEFAULT 'DATABASE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SecretReference_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SecretStore" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "version" TEXT NOT NULL DEFAULT '1',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL
);

-- CreateTable
CREATE TABLE "DataMigration" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "completedAt" TIMESTAMP(3),

    CONSTRAINT "DataMigration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BackgroundWorker" (
    "id" TEXT NOT NULL,
    "friendlyId" TEXT NOT NULL,
    "engine" "RunEngineVersion" NOT NULL DEFAULT 'V1',
    "contentHash" TEXT NOT NULL,
    "sdkVersion" TEXT NOT NULL DEFAULT 'unknown',
    "cliVersion" TEXT NOT NULL DEFAULT 'unknown',
    "projectId" TEXT NOT NULL,
    "runtimeEnvironmentId" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "metadata" JSONB NOT NULL,
    "runtime" TEXT,
    "runtimeVersion" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "workerGroupId" TEXT,
    "supportsLazyAttempts" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "BackgroundWorker_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BackgroundWorkerFile" (
    "id" TEXT NOT NULL,
    "friendlyId" TEXT NOT NULL,
    "filePath" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "contents" BYTEA NOT NULL,
    "projectId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BackgroundWorkerFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "prompts" (
    "id" TEXT NOT NULL,
    "friendly_id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "description" TEXT,
    "type" TEXT NOT NULL DEFAULT 'text',
    "organizationId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "runtimeEnvironmentId" TEXT NOT NULL,
    "filePath" TEXT,
    "exportName" TEXT,
    "variableSchema" JSONB,
    "defaultModel" TEXT,
    "defaultConfig" JSONB,
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "prompts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "prompt_versions" (
    "id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "promptId" TEXT NOT NULL,
    "textContent" TEXT,
    "chatContent" JSONB,
    "model" TEXT,
    "config" JSONB,
    "source" TEXT NOT NULL,
    "commitMessage" TEXT,
    "contentHash" TEXT NOT NULL,
    "labels" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "workerId" TEXT,
    "createdBy" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "prompt_versions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BackgroundWorkerTask" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "description" TEXT,
    "friendlyId" TEXT NOT NULL,
    "filePath" TEXT NOT NULL,
    "exportName" TEXT,
    "workerId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "fileId" TEXT,
    "runtimeEnvironmentId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "queueConfig" JSONB,
    "retryConfig" JSONB,
    "machineConfig" JSONB,
    "queueId" TEXT,
    "maxDurationInSeconds" INTEGER,
    "ttl" TEXT,
    "triggerSource" "TaskTriggerSource" NOT NULL DEFAULT 'STANDARD',
    "config" JSONB,
    "payloadSchema" JSONB,

    CONSTRAINT "BackgroundWorkerTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookEndpoint" (
    "id" TEXT NOT NULL,
    "friendlyId" TEXT NOT NULL,
    "opaqueId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "runtimeEnvironmentId" TEXT NOT NULL,
    "environmentType" "RuntimeEnvironmentType" NOT NULL,
    "endpointTenantId" TEXT NOT NULL DEFAULT '',
    "endpointExternalRef" TEXT NOT NULL DEFAULT '',
    "source" TEXT NOT NULL,
    "handlerWebhookId" TEXT NOT NULL,
    "routingTarget" JSONB NOT NULL,
    "verifierArtifact" JSONB NOT NULL,
    "filter" TEXT,
    "filterAst" JSONB,
    "filterAstVersion" INTEGER,
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "secretProvisioning" TEXT NOT NULL DEFAULT 'either',
    "signingSecretKey" TEXT,
    "status" "WebhookEndpointStatus" NOT NULL DEFAULT 'ACTIVE',
    "manuallyDeactivatedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WebhookEndpoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookDelivery" (
    "id" TEXT NOT NULL,
    "friendlyId" TEXT NOT NULL,
    "webhookEndpointId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "runtimeEnvironmentId" TEXT NOT NULL,
    "environmentType" "RuntimeEnvironmentType" NOT NULL,
    "externalDeliveryId" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "runId" TEXT,
    "status" "WebhookDeliveryStatus" NOT NULL DEFAULT 'PENDING',
    "isTest" BOOLEAN NOT NULL DEFAULT false,
    "parsedEvent" JSONB,
    "headers" JSONB,
    "rawBodyHash" TEXT,
    "errorMessage" TEXT,
    "filterReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "processedAt" TIMESTAMP(3),

    CONSTRAINT "WebhookDelivery_pkey" PRIMARY KEY ("id","createdAt")
);

-- CreateTable
CREATE TABLE "PlaygroundConversation" (
    "id" TEXT NOT NULL,
    "chatId" TEXT NOT NULL,
    "title" TEXT NOT NULL DEFAULT 'New conversation',
    "agentSlug" TEXT NOT NULL,
    "runId" TEXT,
    "clientData" JSONB,
    "messages" JSONB,
    "lastEventId" TEXT,
    "projectId" TEXT NOT NULL,
    "runtimeEnvironmentId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlaygroundConversation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "friendlyId" TEXT NOT NULL,
    "externalId" TEXT,
    "type" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "runtimeEnvironmentId" TEXT NOT NULL,
    "environmentType" "RuntimeEnvironmentType" NOT NULL,
    "organizationId" TEXT NOT NULL,
    "taskIdentifier" TEXT NOT NULL,
    "triggerConfig" JSONB NOT NULL,
    "isTest" BOOLEAN NOT NULL DEFAULT false,
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "metadata" JSONB,
    "currentRunId" TEXT,
    "currentRunVersion" INTEGER NOT NULL DEFAULT 0,
    "closedAt" TIMESTAMP(3),
    "closedReason" TEXT,
    "expiresAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "streamBasinName" TEXT,
    "chatSnapshotStoragePath" TEXT,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SessionRun" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "runId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "triggeredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SessionRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TaskRun" (
    "id" TEXT NOT NULL,
    "number" INTEGER NOT NULL DEFAULT 0,
    "friendlyId" TEXT NOT NULL,
    "engine" "RunEngineVersion" NOT NULL DEFAULT 'V1',
    "status" "TaskRunStatus" NOT NULL DEFAULT 'PENDING',
    "statusReason" TEXT,
    "idempotencyKey" TEXT,
    "idempotencyKeyExpiresAt" TIMESTAMP(3),
    "idempotencyKeyOptions" JSONB,
    "debounce" JSONB,
    "taskIdentifier" TEXT NOT NULL,
    "isTest" BOOLEAN NOT NULL DEFAULT false,
    "payload" TEXT NOT NULL,
    "payloadType" TEXT NOT NULL DEFAULT 'application/json',
    "context" JSONB,
    "traceContext" JSONB,
    "traceId" TEXT NOT NULL,
    "spanId" TEXT NOT NULL,
    "runtimeEnvironmentId" TEXT NOT NULL,
    "environmentType" "RuntimeEnvironmentType",
    "projectId" TEXT NOT NULL,
    "organizationId" TEXT,
    "queue" TEXT NOT NULL,
    "lockedQueueId" TEXT,
    "masterQueue" TEXT NOT NULL DEFAULT 'main',
    "region" TEXT,
    "secondaryMasterQueue" TEXT,
    "attemptNumber" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "runTags" TEXT[],
    "taskVersion" TEXT,
    "sdkVersion" TEXT,
    "cliVersion" TEXT,
    "startedAt" TIMESTAMP(3),
    "executedAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "machinePreset" TEXT,
    "usageDurationMs" INTEGER NOT NULL DEFAULT 0,
    "costInCents" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "baseCostInCents" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "lockedAt" TIMESTAMP(3),
    "lockedById" TEXT,
    "lockedToVersionId" TEXT,
    "priorityMs" INTEGER NOT NULL DEFAULT 0,
    "concurrencyKey" TEXT,
    "delayUntil" TIMESTAMP(3),
    "queuedAt" TIMESTAMP(3),
    "ttl" TEXT,
    "expiredAt" TIMESTAMP(3),
    "maxAttempts" INTEGER,
    "lockedRetryConfig" JSONB,
    "oneTimeUseToken" TEXT,
    "taskEventStore" TEXT NOT NULL DEFAULT 'taskEvent',
    "queueTimestamp" TIMESTAMP(3),
    "scheduleInstanceId" TEXT,
    "scheduleId" TEXT,
    "bulkActionGroupIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "logsDeletedAt" TIMESTAMP(3),
    "replayedFromTaskRunFriendlyId" TEXT,
    "rootTaskRunId" TEXT,
    "parentTaskRunId" TEXT,
    "parentTaskRunAttemptId" TEXT,
    "batchId" TEXT,
    "resumeParentOnCompletion" BOOLEAN NOT NULL DEFAULT false,
    "depth" INTEGER NOT NULL DEFAULT 0,
    "parentSpanId" TEXT,
    "runChainState" JSONB,
    "seedMetadata" TEXT,
    "seedMetadataType" TEXT NOT NULL DEFAULT 'application/json',
    "metadata" TEXT,
    "metadataType" TEXT NOT NULL DEFAULT 'application/json',
    "metadataVersion" INTEGER NOT NULL DEFAULT 1,
    "annotations" JSONB,
    "isWarmStart" BOOLEAN,
    "output" TEXT,
    "outputType" TEXT NOT NULL DEFAULT 'application/json',
    "error" JSONB,
    "planType" TEXT,
    "maxDurationInSeconds" INTEGER,
    "realtimeStreamsVersion" TEXT NOT NULL DEFAULT 'v1',
    "realtimeStreams" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "streamBasinName" TEXT,

    CONSTRAINT "TaskRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TaskRunTemplate" (
    "id" TEXT NOT NULL,
    "taskSlug" TEXT NOT NULL,
    "triggerSource" "TaskTriggerSource" NOT NULL,
    "label" TEXT NOT NULL,
    "payload" TEXT,
    "payloadType" TEXT NOT NULL DEFAULT 'application/json',
    "metadata" TEXT,
    "metadataType" TEXT NOT NULL DEFAULT 'application/json',
    "queue" TEXT,
    "concurrencyKey" TEXT,
    "ttlSeconds" INTEGER,
    "maxAttempts" INTEGER,
    "maxDurationSeconds" INTEGER,
    "tags" TEXT[],
    "machinePreset" TEXT,
    "projectId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TaskRunTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TaskRunExecutionSnapshot" (
    "id" TEXT NOT NULL,
    "engine" "RunEngineVersion" NOT NULL DEFAULT 'V2',
    "executionStatus" "TaskRunExecutionStatus" NOT NULL,
    "description" TEXT NOT NULL,
    "isValid" BOOLEAN NOT NULL DEFAULT true,
    "error" TEXT,
    "previousSnapshotId" TEXT,
    "runId" TEXT NOT NULL,
    "runStatus" "TaskRunStatus" NOT NULL,
    "batchId" TEXT,
    "attemptNumber" INTEGER,
    "environmentId" TEXT NOT NULL,
    "environmentType" "RuntimeEnvironmentType" NOT NULL,
    "projectId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "completedWaitpointOrder" TEXT[],
    "checkpointId" TEXT,
    "workerId" TEXT,
    "runnerId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "lastHeartbeatAt" TIMESTAMP(3),
    "metadata" JSONB,

    CONSTRAINT "TaskRunExecutionSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TaskRunCheckpoint" (
    "id" TEXT NOT NULL,
    "friendlyId" TEXT NOT NULL,
    "type" "TaskRunCheckpointType" NOT NULL,
    "location" TEXT NOT NULL,
    "imageRef" TEXT,
    "reason" TEXT,
    "metadata" TEXT,
    "projectId" TEXT NOT NULL,
    "runtimeEnvironmentId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TaskRunCheckpoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Waitpoint" (
    "id" TEXT NOT NULL,
    "friendlyId" TEXT NOT NULL,
    "type" "WaitpointType" NOT NULL,
    "status" "WaitpointStatus" NOT NULL DEFAULT 'PENDING',
    "completedAt" TIMESTAMP(3),
    "idempotencyKey" TEXT NOT NULL,
    "userProvidedIdempotencyKey" BOOLEAN NOT NULL,
    "idempotencyKeyExpiresAt" TIMESTAMP(3),
    "inactiveIdempotencyKey" TEXT,
    "completedByTaskRunId" TEXT,
    "completedAfter" TIMESTAMP(3),
    "completedByBatchId" TEXT,
    "output" TEXT,
    "outputType" TEXT NOT NULL DEFAULT 'application/json',
    "outputIsError" BOOLEAN NOT NULL DEFAULT false,
    "projectId" TEXT NOT NULL,
    "environmentId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "tags" TEXT[],

    CONSTRAINT "Waitpoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TaskRunWaitpoint" (
    "id" TEXT NOT NULL,
    "taskRunId" TEXT NOT NULL,
    "waitpointId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "spanIdToComplete" TEXT,
    "batchId" TEXT,
    "batchIndex" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TaskRunWaitpoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WaitpointTag" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "environmentId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WaitpointTag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeatureFlag" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "value" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FeatureFlag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkerInstance" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "resourceIdentifier" TEXT NOT NULL,
    "metadata" JSONB,
    "workerGroupId" TEXT NOT NULL,
    "organizationId" TEXT,
    "projectId" TEXT,
    "environmentId" TEXT,
    "deploymentId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "lastDequeueAt" TIMESTAMP(3),
    "lastHeartbeatAt" TIMESTAMP(3),

    CONSTRAINT "WorkerInstance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkerInstanceGroup" (
    "id" TEXT NOT NULL,
    "type" "WorkerInstanceGroupType" NOT NULL,
    "name" TEXT NOT NULL,
    "masterQueue" TEXT NOT NULL,
    "description" TEXT,
    "hidden" BOOLEAN NOT NULL DEFAULT false,
    "tokenId" TEXT NOT NULL,
    "organizationId" TEXT,
    "projectId" TEXT,
    "cloudProvider" TEXT,
    "location" TEXT,
    "staticIPs" TEXT,
    "workloadType" "WorkloadType" NOT NULL DEFAULT 'CONTAINER',
    "region" TEXT,
    "enableFastPath" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WorkerInstanceGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkerGroupToken" (
    "id" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WorkerGroupToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TaskRunTag" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "friendlyId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TaskRunTag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TaskRunDependency" (
    "id" TEXT NOT NULL,
    "taskRunId" TEXT NOT NULL,
    "checkpointEventId" TEXT,
    "dependentAttemptId" TEXT,
    "dependentBatchRunId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "resumedAt" TIMESTAMP(3),

    CONSTRAINT "TaskRunDependency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TaskRunCounter" (
    "taskIdentifier" TEXT NOT NULL,
    "lastNumber" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "TaskRunCounter_pkey" PRIMARY KEY ("taskIdentifier")
);

-- CreateTable
CREATE TABLE "TaskRunNumberCounter" (
    "id" TEXT NOT NULL,
    "taskIdentifier" TEXT NOT NULL,
    "environmentId" TEXT NOT NULL,
    "lastNumber" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "TaskRunNumberCounter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TaskRunAttempt" (
    "id" TEXT NOT NULL,
    "number" INTEGER NOT NULL DEFAULT 0,
    "friendlyId" TEXT NOT NULL,
    "taskRunId" TEXT NOT NULL,
    "backgroundWorkerId" TEXT NOT NULL,
    "backgroundWorkerTaskId" TEXT NOT NULL,
    "runtimeEnvironmentId" TEXT NOT NULL,
    "queueId" TEXT NOT NULL,
    "status" "TaskRunAttemptStatus" NOT NULL DEFAULT 'PENDING',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "startedAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "usageDurationMs" INTEGER NOT NULL DEFAULT 0,
    "error" JSONB,
    "output" TEXT,
    "outputType" TEXT NOT NULL DEFAULT 'application/json',

    CONSTRAINT "TaskRunAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TaskEvent" (
    "id" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "traceId" TEXT NOT NULL,
    "spanId" TEXT NOT NULL,
    "parentId" TEXT,
    "tracestate" TEXT,
    "isError" BOOLEAN NOT NULL DEFAULT false,
    "isPartial" BOOLEAN NOT NULL DEFAULT false,
    "isCancelled" BOOLEAN NOT NULL DEFAULT false,
    "isDebug" BOOLEAN NOT NULL DEFAULT false,
    "serviceName" TEXT NOT NULL,
    "serviceNamespace" TEXT NOT NULL,
    "level" "TaskEventLevel" NOT NULL DEFAULT 'TRACE',
    "kind" "TaskEventKind" NOT NULL DEFAULT 'INTERNAL',
    "status" "TaskEventStatus" NOT NULL DEFAULT 'UNSET',
    "links" JSONB,
    "events" JSONB,
    "startTime" BIGINT NOT NULL,
    "duration" BIGINT NOT NULL DEFAULT 0,
    "attemptId" TEXT,
    "attemptNumber" INTEGER,
    "environmentId" TEXT NOT NULL,
    "environmentType" "RuntimeEnvironmentType" NOT NULL,
    "organizationId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "projectRef" TEXT NOT NULL,
    "runId" TEXT NOT NULL,
    "runIsTest" BOOLEAN NOT NULL DEFAULT false,
    "idempotencyKey" TEXT,
    "taskSlug" TEXT NOT NULL,
    "taskPath" TEXT,
    "taskExportName" TEXT,
    "workerId" TEXT,
    "workerVersion" TEXT,
    "queueId" TEXT,
    "queueName" TEXT,
    "batchId" TEXT,
    "properties" JSONB NOT NULL,
    "metadata" JSONB,
    "style" JSONB,
    "output" JSONB,
    "outputType" TEXT,
    "payload" JSONB,
    "payloadType" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "usageDurationMs" INTEGER NOT NULL DEFAULT 0,
    "usageCostInCents" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "machinePreset" TEXT,
    "machinePresetCpu" DOUBLE PRECISION,
    "machinePresetMemory" DOUBLE PRECISION,
    "machinePresetCentsPerMs" DOUBLE PRECISION,

    CONSTRAINT "TaskEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TaskQueue" (
    "id" TEXT NOT NULL,
    "friendlyId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" "TaskQueueType" NOT NULL DEFAULT 'VIRTUAL',
    "version" "TaskQueueVersion" NOT NULL DEFAULT 'V1',
    "orderableName" TEXT,
    "projectId" TEXT NOT NULL,
    "runtimeEnvironmentId" TEXT NOT NULL,
    "concurrencyLimit" INTEGER,
    "concurrencyLimitOverriddenAt" TIMESTAMP(3),
    "concurrencyLimitOverriddenBy" TEXT,
    "concurrencyLimitBase" INTEGER,
    "concurrencyLimitOverridePercent" DECIMAL(5,2),
    "rateLimit" JSONB,
    "paused" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TaskQueue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BatchTaskRun" (
    "id" TEXT NOT NULL,
    "friendlyId" TEXT NOT NULL,
    "idempotencyKey" TEXT,
    "idempotencyKeyExpiresAt" TIMESTAMP(3),
    "status" "BatchTaskRunStatus" NOT NULL DEFAULT 'PENDING',
    "runtimeEnvironmentId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "runIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "runCount" INTEGER NOT NULL DEFAULT 0,
    "payload" TEXT,
    "payloadType" TEXT NOT NULL DEFAULT 'application/json',
    "options" JSONB,
    "batchVersion" TEXT NOT NULL DEFAULT 'v1',
    "sealed" BOOLEAN NOT NULL DEFAULT false,
    "sealedAt" TIMESTAMP(3),
    "expectedCount" INTEGER NOT NULL DEFAULT 0,
    "completedCount" INTEGER NOT NULL DEFAULT 0,
    "completedAt" TIMESTAMP(3),
    "resumedAt" TIMESTAMP(3),
    "processingJobsCount" INTEGER NOT NULL DEFAULT 0,
    "processingJobsExpectedCount" INTEGER NOT NULL DEFAULT 0,
    "oneTimeUseToken" TEXT,
    "processingStartedAt" TIMESTAMP(3),
    "processingCompletedAt" TIMESTAMP(3),
    "successfulRunCount" INTEGER,
    "failedRunCount" INTEGER,
    "taskIdentifier" TEXT,
    "checkpointEventId" TEXT,
    "dependentTaskAttemptId" TEXT,

    CONSTRAINT "BatchTaskRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BatchTaskRunItem" (
    "id" TEXT NOT NULL,
    "status" "BatchTaskRunItemStatus" NOT NULL DEFAULT 'PENDING',
    "batchTaskRunId" TEXT NOT NULL,
    "taskRunId" TEXT NOT NULL,
    "taskRunAttemptId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "completedAt" TIMESTAMP(3),

    CONSTRAINT "BatchTaskRunItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BatchTaskRunError" (
    "id" TEXT NOT NULL,
    "batchTaskRunId" TEXT NOT NULL,
    "index" INTEGER NOT NULL,
    "taskIdentifier" TEXT NOT NULL,
    "payload" TEXT,
    "options" JSONB,
    "error" TEXT NOT NULL,
    "errorCode" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BatchTaskRunError_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EnvironmentVariable" (
    "id" TEXT NOT NULL,
    "friendlyId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EnvironmentVariable_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EnvironmentVariableValue" (
    "id" TEXT NOT NULL,
    "valueReferenceId" TEXT,
    "variableId" TEXT NOT NULL,
    "environmentId" TEXT NOT NULL,
    "isSecret" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "lastUpdatedBy" JSONB,

    CONSTRAINT "EnvironmentVariableValue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Checkpoint" (
    "id" TEXT NOT NULL,
    "friendlyId" TEXT NOT NULL,
    "type" "CheckpointType" NOT NULL,
    "location" TEXT NOT NULL,
    "imageRef" TEXT NOT NULL,
    "reason" TEXT,
    "metadata" TEXT,
    "runId" TEXT NOT NULL,
    "attemptId" TEXT NOT NULL,
    "attemptNumber" INTEGER,
    "projectId" TEXT NOT NULL,
    "runtimeEnvironmentId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Checkpoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CheckpointRestoreEvent" (
    "id" TEXT NOT NULL,
    "type" "CheckpointRestoreEventType" NOT NULL,
    "reason" TEXT,
    "metadata" TEXT,
    "checkpointId" TEXT NOT NULL,
    "runId" TEXT NOT NULL,
    "attemptId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "runtimeEnvironmentId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CheckpointRestoreEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkerDeployment" (
    "id" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "friendlyId" TEXT NOT NULL,
    "shortCode" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "runtime" TEXT,
    "runtimeVersion" TEXT,
    "imageReference" TEXT,
    "imagePlatform" TEXT NOT NULL DEFAULT 'linux/amd64',
    "externalBuildData" JSONB,
    "buildServerMetadata" JSONB,
    "status" "WorkerDeploymentStatus" NOT NULL DEFAULT 'PENDING',
    "type" "WorkerDeploymentType" NOT NULL DEFAULT 'V1',
    "projectId" TEXT NOT NULL,
    "environmentId" TEXT NOT NULL,
    "workerId" TEXT,
    "triggeredById" TEXT,
    "triggeredVia" TEXT,
    "commitSHA" TEXT,
    "externalId" TEXT,
    "startedAt" TIMESTAMP(3),
    "installedAt" TIMESTAMP(3),
    "builtAt" TIMESTAMP(3),
    "deployedAt" TIMESTAMP(3),
    "failedAt" TIMESTAMP(3),
    "errorData" JSONB,
    "canceledAt" TIMESTAMP(3),
    "canceledReason" TEXT,
    "git" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WorkerDeployment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkerDeploymentPromotion" (
    "id" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "deploymentId" TEXT NOT NULL,
    "environmentId" TEXT NOT NULL,

    CONSTRAINT "WorkerDeploymentPromotion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TaskSchedule" (
    "id" TEXT NOT NULL,
    "type" "ScheduleType" NOT NULL DEFAULT 'IMPERATIVE',
    "friendlyId" TEXT NOT NULL,
    "taskIdentifier" TEXT NOT NULL,
    "deduplicationKey" TEXT NOT NULL,
    "userProvidedDeduplicationKey" BOOLEAN NOT NULL DEFAULT false,
    "generatorExpression" TEXT NOT NULL,
    "generatorDescription" TEXT NOT NULL DEFAULT '',
    "generatorType" "ScheduleGeneratorType" NOT NULL DEFAULT 'CRON',
    "timezone" TEXT NOT NULL DEFAULT 'UTC',
    "windowDurationSeconds" INTEGER,
    "windowPercentage" INTEGER,
    "externalId" TEXT,
    "lastRunTriggeredAt" TIMESTAMP(3),
    "projectId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "TaskSchedule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TaskScheduleInstance" (
    "id" TEXT NOT NULL,
    "taskScheduleId" TEXT NOT NULL,
    "environmentId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "schedulePhase" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "lastScheduledTimestamp" TIMESTAMP(3),
    "nextScheduledTimestamp" TIMESTAMP(3),

    CONSTRAINT "TaskScheduleInstance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RuntimeEnvironmentSession" (
    "id" TEXT NOT NULL,
    "ipAddress" TEXT NOT NULL,
    "environmentId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "disconnectedAt" TIMESTAMP(3),

    CONSTRAINT "RuntimeEnvironmentSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectAlertChannel" (
    "id" TEXT NOT NULL,
    "friendlyId" TEXT NOT NULL,
    "deduplicationKey" TEXT NOT NULL,
    "userProvidedDeduplicationKey" BOOLEAN NOT NULL DEFAULT false,
    "integrationId" TEXT,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "type" "ProjectAlertChannelType" NOT NULL,
    "name" TEXT NOT NULL,
    "properties" JSONB NOT NULL,
    "alertTypes" "ProjectAlertType"[],
    "environmentTypes" "RuntimeEnvironmentType"[] DEFAULT ARRAY['STAGING', 'PRODUCTION']::"RuntimeEnvironmentType"[],
    "errorAlertConfig" JSONB,
    "projectId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProjectAlertChannel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectAlert" (
    "id" TEXT NOT NULL,
    "friendlyId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "environmentId" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "status" "ProjectAlertStatus" NOT NULL DEFAULT 'PENDING',
    "type" "ProjectAlertType" NOT NULL,
    "taskRunAttemptId" TEXT,
    "taskRunId" TEXT,
    "workerDeploymentId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProjectAlert_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectAlertStorage" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "alertChannelId" TEXT NOT NULL,
    "alertType" "ProjectAlertType" NOT NULL,
    "storageId" TEXT NOT NULL,
    "storageData" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProjectAlertStorage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrganizationIntegration" (
    "id" TEXT NOT NULL,
    "friendlyId" TEXT NOT NULL,
    "service" "IntegrationService" NOT NULL,
    "externalOrganizationId" TEXT,
    "integrationData" JSONB NOT NULL,
    "tokenReferenceId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "OrganizationIntegration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrganizationProjectIntegration" (
    "id" TEXT NOT NULL,
    "organizationIntegrationId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "externalEntityId" TEXT NOT NULL,
    "integrationData" JSONB NOT NULL,
    "installedBy" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "OrganizationProjectIntegration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BulkActionGroup" (
    "id" TEXT NOT NULL,
    "friendlyId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "environmentId" TEXT,
    "type" "BulkActionType" NOT NULL,
    "status" "BulkActionStatus" NOT NULL DEFAULT 'PENDING',
    "queryName" TEXT,
    "params" JSONB,
    "dedupeKey" TEXT,
    "cursor" JSONB,
    "successCount" INTEGER NOT NULL DEFAULT 0,
    "failureCount" INTEGER NOT NULL DEFAULT 0,
    "totalCount" INTEGER NOT NULL DEFAULT 0,
    "completionNotification" "BulkActionNotificationType" NOT NULL DEFAULT 'NONE',
    "userId" TEXT,
    "name" TEXT,
    "completedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BulkActionGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BulkActionItem" (
    "id" TEXT NOT NULL,
    "friendlyId" TEXT,
    "groupId" TEXT NOT NULL,
    "type" "BulkActionType" NOT NULL,
    "status" "BulkActionItemStatus" NOT NULL DEFAULT 'PENDING',
    "sourceRunId" TEXT NOT NULL,
    "destinationRunId" TEXT,
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BulkActionItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RealtimeStreamChunk" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "runId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RealtimeStreamChunk_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TaskEventPartitioned" (
    "id" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "traceId" TEXT NOT NULL,
    "spanId" TEXT NOT NULL,
    "parentId" TEXT,
    "tracestate" TEXT,
    "isError" BOOLEAN NOT NULL DEFAULT false,
    "isPartial" BOOLEAN NOT NULL DEFAULT false,
    "isCancelled" BOOLEAN NOT NULL DEFAULT false,
    "serviceName" TEXT NOT NULL,
    "serviceNamespace" TEXT NOT NULL,
    "level" "TaskEventLevel" NOT NULL DEFAULT 'TRACE',
    "kind" "TaskEventKind" NOT NULL DEFAULT 'INTERNAL',
    "status" "TaskEventStatus" NOT NULL DEFAULT 'UNSET',
    "links" JSONB,
    "events" JSONB,
    "startTime" BIGINT NOT NULL,
    "duration" BIGINT NOT NULL DEFAULT 0,
    "attemptId" TEXT,
    "attemptNumber" INTEGER,
    "environmentId" TEXT NOT NULL,
    "environmentType" "RuntimeEnvironmentType" NOT NULL,
    "organizationId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "projectRef" TEXT NOT NULL,
    "runId" TEXT NOT NULL,
    "runIsTest" BOOLEAN NOT NULL DEFAULT false,
    "idempotencyKey" TEXT,
    "taskSlug" TEXT NOT NULL,
    "taskPath" TEXT,
    "taskExportName" TEXT,
    "workerId" TEXT,
    "workerVersion" TEXT,
    "queueId" TEXT,
    "queueName" TEXT,
    "batchId" TEXT,
    "properties" JSONB NOT NULL,
    "metadata" JSONB,
    "style" JSONB,
    "output" JSONB,
    "outputType" TEXT,
    "payload" JSONB,
    "payloadType" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "usageDurationMs" INTEGER NOT NULL DEFAULT 0,
    "usageCostInCents" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "machinePreset" TEXT,
    "machinePresetCpu" DOUBLE PRECISION,
    "machinePresetMemory" DOUBLE PRECISION,
    "machinePresetCentsPerMs" DOUBLE PRECISION,

    CONSTRAINT "TaskEventPartitioned_pkey" PRIMARY KEY ("id","createdAt")
);

-- CreateTable
CREATE TABLE "GithubAppInstallation" (
    "id" TEXT NOT NULL,
    "appInstallationId" BIGINT NOT NULL,
    "targetId" BIGINT NOT NULL,
    "targetType" TEXT NOT NULL,
    "accountHandle" TEXT NOT NULL,
    "permissions" JSONB,
    "repositorySelection" "GithubRepositorySelection" NOT NULL,
    "installedBy" TEXT,
    "organizationId" TEXT NOT NULL,
    "deletedAt" TIMESTAMP(3),
    "suspendedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GithubAppInstallation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GithubRepository" (
    "id" TEXT NOT NULL,
    "githubId" BIGINT NOT NULL,
    "name" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "htmlUrl" TEXT NOT NULL,
    "private" BOOLEAN NOT NULL,
    "defaultBranch" TEXT NOT NULL,
    "installationId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GithubRepository_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConnectedGithubRepository" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "repositoryId" TEXT NOT NULL,
    "branchTracking" JSONB NOT NULL,
    "previewDeploymentsEnabled" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConnectedGithubRepository_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImpersonationAuditLog" (
    "id" TEXT NOT NULL,
    "action" "ImpersonationAuditLogAction" NOT NULL,
    "adminId" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "ipAddress" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImpersonationAuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CustomerQuery" (
    "id" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "scope" "CustomerQueryScope" NOT NULL,
    "stats" JSONB NOT NULL,
    "title" TEXT,
    "source" "CustomerQuerySource" NOT NULL DEFAULT 'DASHBOARD',
    "organizationId" TEXT NOT NULL,
    "projectId" TEXT,
    "environmentId" TEXT,
    "userId" TEXT,
    "filterPeriod" TEXT,
    "filterFrom" TIMESTAMP(3),
    "filterTo" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CustomerQuery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IntegrationDeployment" (
    "id" TEXT NOT NULL,
    "integrationName" TEXT NOT NULL,
    "integrationDeploymentId" TEXT NOT NULL,
    "commitSHA" TEXT NOT NULL,
    "deploymentId" TEXT,
    "status" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IntegrationDeployment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MetricsDashboard" (
    "id" TEXT NOT NULL,
    "friendlyId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "organizationId" TEXT NOT NULL,
    "projectId" TEXT,
    "ownerId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "layout" TEXT NOT NULL,

    CONSTRAINT "MetricsDashboard_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "llm_models" (
    "id" TEXT NOT NULL,
    "friendly_id" TEXT NOT NULL,
    "project_id" TEXT,
    "model_name" TEXT NOT NULL,
    "match_pattern" TEXT NOT NULL,
    "start_date" TIMESTAMP(3),
    "source" TEXT NOT NULL DEFAULT 'default',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "provider" TEXT,
    "description" TEXT,
    "context_window" INTEGER,
    "max_output_tokens" INTEGER,
    "capabilities" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "is_hidden" BOOLEAN NOT NULL DEFAULT false,
    "base_model_name" TEXT,
    "pricing_unit" TEXT,

    CONSTRAINT "llm_models_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "llm_pricing_tiers" (
    "id" TEXT NOT NULL,
    "model_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "is_default" BOOLEAN NOT NULL DEFAULT true,
    "priority" INTEGER NOT NULL DEFAULT 0,
    "conditions" JSONB NOT NULL DEFAULT '[]',

    CONSTRAINT "llm_pricing_tiers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "llm_prices" (
    "id" TEXT NOT NULL,
    "model_id" TEXT NOT NULL,
    "pricing_tier_id" TEXT NOT NULL,
    "usage_type" TEXT NOT NULL,
    "price" DECIMAL(20,12) NOT NULL,

    CONSTRAINT "llm_prices_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlatformNotification" (
    "id" TEXT NOT NULL,
    "friendlyId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "surface" "PlatformNotificationSurface" NOT NULL,
    "scope" "PlatformNotificationScope" NOT NULL,
    "userId" TEXT,
    "organizationId" TEXT,
    "projectId" TEXT,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "cliMaxDaysAfterFirstSeen" INTEGER,
    "cliMaxShowCount" INTEGER,
    "cliShowEvery" INTEGER,
    "priority" INTEGER NOT NULL DEFAULT 0,
    "isDraft" BOOLEAN NOT NULL DEFAULT false,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlatformNotification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlatformNotificationInteraction" (
    "id" TEXT NOT NULL,
    "notificationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "firstSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "showCount" INTEGER NOT NULL DEFAULT 1,
    "webappDismissedAt" TIMESTAMP(3),
    "webappClickedAt" TIMESTAMP(3),
    "cliDismissedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlatformNotificationInteraction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LogsSearchProjectorCheckpoint" (
    "id" BIGSERIAL NOT NULL,
    "projectorId" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "windowEnd" TIMESTAMP(3) NOT NULL,
    "queryId" TEXT,
    "completedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LogsSearchProjectorCheckpoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ErrorGroupState" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "environmentId" TEXT,
    "taskIdentifier" TEXT NOT NULL,
    "errorFingerprint" TEXT NOT NULL,
    "status" "ErrorGroupStatus" NOT NULL DEFAULT 'UNRESOLVED',
    "ignoredUntil" TIMESTAMP(3),
    "ignoredUntilOccurrenceRate" INTEGER,
    "ignoredUntilTotalOccurrences" INTEGER,
    "ignoredAtOccurrenceCount" BIGINT,
    "ignoredAt" TIMESTAMP(3),
    "ignoredReason" TEXT,
    "ignoredByUserId" TEXT,
    "resolvedAt" TIMESTAMP(3),
    "resolvedInVersion" TEXT,
    "resolvedBy" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ErrorGroupState_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TaskIdentifier" (
    "id" TEXT NOT NULL,
    "runtimeEnvironmentId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "currentTriggerSource" "TaskTriggerSource" NOT NULL DEFAULT 'STANDARD',
    "currentWorkerId" TEXT,
    "firstSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "isInLatestDeployment" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "TaskIdentifier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrganizationDataStore" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "organizationIds" TEXT[],
    "kind" "DataStoreKind" NOT NULL,
    "config" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OrganizationDataStore_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_BackgroundWorkerToBackgroundWorkerFile" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_BackgroundWorkerToBackgroundWorkerFile_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_BackgroundWorkerToTaskQueue" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_BackgroundWorkerToTaskQueue_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_WaitpointRunConnections" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_WaitpointRunConnections_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_completedWaitpoints" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_completedWaitpoints_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "User_authIdentifier_key" ON "User"("authIdentifier");

-- CreateIndex
CREATE UNIQUE INDEX "MfaBackupCode_userId_code_key" ON "MfaBackupCode"("userId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "InvitationCode_code_key" ON "InvitationCode"("code");

-- CreateIndex
CREATE UNIQUE INDEX "AuthorizationCode_code_key" ON "AuthorizationCode"("code");

-- CreateIndex
CREATE UNIQUE INDEX "PersonalAccessToken_hashedToken_key" ON "PersonalAccessToken"("hashedToken");

-- CreateIndex
CREATE INDEX "PersonalAccessToken_userId_idx" ON "PersonalAccessToken"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "OrganizationAccessToken_hashedToken_key" ON "OrganizationAccessToken"("hashedToken");

-- CreateIndex
CREATE INDEX "OrganizationAccessToken_organizationId_type_createdAt_idx" ON "OrganizationAccessToken"("organizationId", "type", "createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Organization_slug_key" ON "Organization"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "OrgMember_organizationId_userId_key" ON "OrgMember"("organizationId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "OrgMemberInvite_token_key" ON "OrgMemberInvite"("token");

-- CreateIndex
CREATE UNIQUE INDEX "OrgMemberInvite_organizationId_email_key" ON "OrgMemberInvite"("organizationId", "email");

-- CreateIndex
CREATE UNIQUE INDEX "RuntimeEnvironment_apiKey_key" ON "RuntimeEnvironment"("apiKey");

-- CreateIndex
CREATE UNIQUE INDEX "RuntimeEnvironment_pkApiKey_key" ON "RuntimeEnvironment"("pkApiKey");

-- CreateIndex
CREATE INDEX "RuntimeEnvironment_parentEnvironmentId_idx" ON "RuntimeEnvironment"("parentEnvironmentId");

-- CreateIndex
CREATE INDEX "RuntimeEnvironment_projectId_idx" ON "RuntimeEnvironment"("projectId");

-- CreateIndex
CREATE INDEX "RuntimeEnvironment_organizationId_idx" ON "RuntimeEnvironment"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "RuntimeEnvironment_projectId_slug_orgMemberId_key" ON "RuntimeEnvironment"("projectId", "slug", "orgMemberId");

-- CreateIndex
CREATE UNIQUE INDEX "RuntimeEnvironment_projectId_shortcode_key" ON "RuntimeEnvironment"("projectId", "shortcode");

-- CreateIndex
CREATE UNIQUE INDEX "api_keys_key_hash_key" ON "api_keys"("key_hash");

-- CreateIndex
CREATE INDEX "api_keys_runtime_environment_id_revoked_at_created_at_idx" ON "api_keys"("runtime_environment_id", "revoked_at", "created_at" DESC);

-- CreateIndex
CREATE INDEX "RevokedApiKey_apiKey_idx" ON "RevokedApiKey"("apiKey");

-- CreateIndex
CREATE INDEX "RevokedApiKey_runtimeEnvironmentId_idx" ON "RevokedApiKey"("runtimeEnvironmentId");

-- CreateIndex
CREATE UNIQUE INDEX "Project_slug_key" ON "Project"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Project_externalRef_key" ON "Project"("externalRef");

-- CreateIndex
CREATE UNIQUE INDEX "SecretReference_key_key" ON "SecretReference"("key");

-- CreateIndex
CREATE UNIQUE INDEX "SecretStore_key_key" ON "SecretStore"("key");

-- CreateIndex
CREATE INDEX "SecretStore_key_idx" ON "SecretStore"("key" text_pattern_ops);

-- CreateIndex
CREATE UNIQUE INDEX "DataMigration_name_key" ON "DataMigration"("name");

-- CreateIndex
CREATE UNIQUE INDEX "BackgroundWorker_friendlyId_key" ON "BackgroundWorker"("friendlyId");

-- CreateIndex
CREATE INDEX "BackgroundWorker_runtimeEnvironmentId_idx" ON "BackgroundWorker"("runtimeEnvironmentId");

-- CreateIndex
CREATE INDEX "BackgroundWorker_runtimeEnvironmentId_createdAt_idx" ON "BackgroundWorker"("runtimeEnvironmentId", "createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "BackgroundWorker_projectId_runtimeEnvironmentId_version_key" ON "BackgroundWorker"("projectId", "runtimeEnvironmentId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "BackgroundWorkerFile_friendlyId_key" ON "BackgroundWorkerFile"("friendlyId");

-- CreateIndex
CREATE UNIQUE INDEX "BackgroundWorkerFile_projectId_contentHash_key" ON "BackgroundWorkerFile"("projectId", "contentHash");

-- CreateIndex
CREATE UNIQUE INDEX "prompts_friendly_id_key" ON "prompts"("friendly_id");

-- CreateIndex
CREATE INDEX "prompts_projectId_idx" ON "prompts"("projectId");

-- CreateIndex
CREATE INDEX "prompts_runtimeEnvironmentId_idx" ON "prompts"("runtimeEnvironmentId");

-- CreateIndex
CREATE UNIQUE INDEX "prompts_projectId_runtimeEnvironmentId_slug_key" ON "prompts"("projectId", "runtimeEnvironmentId", "slug");

-- CreateIndex
CREATE INDEX "prompt_versions_promptId_idx" ON "prompt_versions"("promptId");

-- CreateIndex
CREATE INDEX "prompt_versions_contentHash_idx" ON "prompt_versions"("contentHash");

-- CreateIndex
CREATE UNIQUE INDEX "prompt_versions_promptId_version_key" ON "prompt_versions"("promptId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "BackgroundWorkerTask_friendlyId_key" ON "BackgroundWorkerTask"("friendlyId");

-- CreateIndex
CREATE INDEX "BackgroundWorkerTask_projectId_slug_idx" ON "BackgroundWorkerTask"("projectId", "slug");

-- CreateIndex
CREATE INDEX "BackgroundWorkerTask_projectId_slug_createdAt_idx" ON "BackgroundWorkerTask"("projectId", "slug", "createdAt");

-- CreateIndex
CREATE INDEX "BackgroundWorkerTask_runtimeEnvironmentId_projectId_idx" ON "BackgroundWorkerTask"("runtimeEnvironmentId", "projectId");

-- CreateIndex
CREATE INDEX "BackgroundWorkerTask_runtimeEnvironmentId_slug_triggerSourc_idx" ON "BackgroundWorkerTask"("runtimeEnvironmentId", "slug", "triggerSource");

-- CreateIndex
CREATE UNIQUE INDEX "BackgroundWorkerTask_workerId_slug_key" ON "BackgroundWorkerTask"("workerId", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "WebhookEndpoint_friendlyId_key" ON "WebhookEndpoint"("friendlyId");

-- CreateIndex
CREATE UNIQUE INDEX "WebhookEndpoint_opaqueId_key" ON "WebhookEndpoint"("opaqueId");

-- CreateIndex
CREATE INDEX "WebhookEndpoint_runtimeEnvironmentId_source_idx" ON "WebhookEndpoint"("runtimeEnvironmentId", "source");

-- CreateIndex
CREATE INDEX "WebhookEndpoint_projectId_createdAt_idx" ON "WebhookEndpoint"("projectId", "createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "WebhookEndpoint_runtimeEnvironmentId_handlerWebhookId_endpo_key" ON "WebhookEndpoint"("runtimeEnvironmentId", "handlerWebhookId", "endpointTenantId", "endpointExternalRef");

-- CreateIndex
CREATE INDEX "WebhookDelivery_webhookEndpointId_createdAt_idx" ON "WebhookDelivery"("webhookEndpointId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "PlaygroundConversation_runtimeEnvironmentId_agentSlug_updat_idx" ON "PlaygroundConversation"("runtimeEnvironmentId", "agentSlug", "updatedAt" DESC);

-- CreateIndex
CREATE INDEX "PlaygroundConversation_userId_runtimeEnvironmentId_idx" ON "PlaygroundConversation"("userId", "runtimeEnvironmentId");

-- CreateIndex
CREATE UNIQUE INDEX "PlaygroundConversation_chatId_runtimeEnvironmentId_key" ON "PlaygroundConversation"("chatId", "runtimeEnvironmentId");

-- CreateIndex
CREATE UNIQUE INDEX "Session_friendlyId_key" ON "Session"("friendlyId");

-- CreateIndex
CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");

-- CreateIndex
CREATE INDEX "Session_currentRunId_idx" ON "Session"("currentRunId");

-- CreateIndex
CREATE UNIQUE INDEX "Session_runtimeEnvironmentId_externalId_key" ON "Session"("runtimeEnvironmentId", "externalId");

-- CreateIndex
CREATE UNIQUE INDEX "SessionRun_runId_key" ON "SessionRun"("runId");

-- CreateIndex
CREATE INDEX "SessionRun_sessionId_idx" ON "SessionRun"("sessionId");

-- CreateIndex
CREATE UNIQUE INDEX "TaskRun_friendlyId_key" ON "TaskRun"("friendlyId");

-- CreateIndex
CREATE INDEX "TaskRun_parentTaskRunId_idx" ON "TaskRun"("parentTaskRunId");

-- CreateIndex
CREATE INDEX "TaskRun_spanId_idx" ON "TaskRun"("spanId");

-- CreateIndex
CREATE INDEX "TaskRun_parentSpanId_idx" ON "TaskRun"("parentSpanId");

-- CreateIndex
CREATE INDEX "TaskRun_runTags_idx" ON "TaskRun" USING GIN ("runTags" array_ops);

-- CreateIndex
CREATE INDEX "TaskRun_runtimeEnvironmentId_batchId_idx" ON "TaskRun"("runtimeEnvironmentId", "batchId");

-- CreateIndex
CREATE INDEX "TaskRun_runtimeEnvironmentId_createdAt_idx" ON "TaskRun"("runtimeEnvironmentId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "TaskRun_createdAt_idx" ON "TaskRun" USING BRIN ("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "TaskRun_oneTimeUseToken_key" ON "TaskRun"("oneTimeUseToken");

-- CreateIndex
CREATE UNIQUE INDEX "TaskRun_runtimeEnvironmentId_taskIdentifier_idempotencyKey_key" ON "TaskRun"("runtimeEnvironmentId", "taskIdentifier", "idempotencyKey");

-- CreateIndex
CREATE INDEX "TaskRunTemplate_projectId_taskSlug_triggerSource_createdAt_idx" ON "TaskRunTemplate"("projectId", "taskSlug", "triggerSource", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "TaskRunExecutionSnapshot_runId_isValid_createdAt_idx" ON "TaskRunExecutionSnapshot"("runId", "isValid", "createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "TaskRunCheckpoint_friendlyId_key" ON "TaskRunCheckpoint"("friendlyId");

-- CreateIndex
CREATE UNIQUE INDEX "Waitpoint_friendlyId_key" ON "Waitpoint"("friendlyId");

-- CreateIndex
CREATE UNIQUE INDEX "Waitpoint_completedByTaskRunId_key" ON "Waitpoint"("completedByTaskRunId");

-- CreateIndex
CREATE INDEX "Waitpoint_completedByBatchId_idx" ON "Waitpoint"("completedByBatchId");

-- CreateIndex
CREATE INDEX "Waitpoint_environmentId_type_createdAt_idx" ON "Waitpoint"("environmentId", "type", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Waitpoint_environmentId_type_status_idx" ON "Waitpoint"("environmentId", "type", "status");

-- CreateIndex
CREATE INDEX "Waitpoint_environmentId_type_id_idx" ON "Waitpoint"("environmentId", "type", "id" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Waitpoint_environmentId_idempotencyKey_key" ON "Waitpoint"("environmentId", "idempotencyKey");

-- CreateIndex
CREATE INDEX "TaskRunWaitpoint_taskRunId_idx" ON "TaskRunWaitpoint"("taskRunId");

-- CreateIndex
CREATE INDEX "TaskRunWaitpoint_waitpointId_idx" ON "TaskRunWaitpoint"("waitpointId");

-- CreateIndex
CREATE UNIQUE INDEX "TaskRunWaitpoint_taskRunId_waitpointId_batchIndex_key" ON "TaskRunWaitpoint"("taskRunId", "waitpointId", "batchIndex");

-- CreateIndex
CREATE UNIQUE INDEX "WaitpointTag_environmentId_name_key" ON "WaitpointTag"("environmentId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "FeatureFlag_key_key" ON "FeatureFlag"("key");

-- CreateIndex
CREATE UNIQUE INDEX "WorkerInstance_workerGroupId_resourceIdentifier_key" ON "WorkerInstance"("workerGroupId", "resourceIdentifier");

-- CreateIndex
CREATE UNIQUE INDEX "WorkerInstanceGroup_masterQueue_key" ON "WorkerInstanceGroup"("masterQueue");

-- CreateIndex
CREATE UNIQUE INDEX "WorkerInstanceGroup_tokenId_key" ON "WorkerInstanceGroup"("tokenId");

-- CreateIndex
CREATE UNIQUE INDEX "WorkerGroupToken_tokenHash_key" ON "WorkerGroupToken"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "TaskRunTag_friendlyId_key" ON "TaskRunTag"("friendlyId");

-- CreateIndex
CREATE INDEX "TaskRunTag_name_id_idx" ON "TaskRunTag"("name", "id");

-- CreateIndex
CREATE UNIQUE INDEX "TaskRunTag_projectId_name_key" ON "TaskRunTag"("projectId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "TaskRunDependency_taskRunId_key" ON "TaskRunDependency"("taskRunId");

-- CreateIndex
CREATE UNIQUE INDEX "TaskRunDependency_checkpointEventId_key" ON "TaskRunDependency"("checkpointEventId");

-- CreateIndex
CREATE INDEX "TaskRunDependency_dependentAttemptId_idx" ON "TaskRunDependency"("dependentAttemptId");

-- CreateIndex
CREATE INDEX "TaskRunDependency_dependentBatchRunId_idx" ON "TaskRunDependency"("dependentBatchRunId");

-- CreateIndex
CREATE UNIQUE INDEX "TaskRunNumberCounter_taskIdentifier_environmentId_key" ON "TaskRunNumberCounter"("taskIdentifier", "environmentId");

-- CreateIndex
CREATE UNIQUE INDEX "TaskRunAttempt_friendlyId_key" ON "TaskRunAttempt"("friendlyId");

-- CreateIndex
CREATE INDEX "TaskRunAttempt_taskRunId_idx" ON "TaskRunAttempt"("taskRunId");

-- CreateIndex
CREATE UNIQUE INDEX "TaskRunAttempt_taskRunId_number_key" ON "TaskRunAttempt"("taskRunId", "number");

-- CreateIndex
CREATE INDEX "TaskEvent_traceId_idx" ON "TaskEvent"("traceId");

-- CreateIndex
CREATE INDEX "TaskEvent_spanId_idx" ON "TaskEvent"("spanId");

-- CreateIndex
CREATE INDEX "TaskEvent_runId_idx" ON "TaskEvent"("runId");

-- CreateIndex
CREATE UNIQUE INDEX "TaskQueue_friendlyId_key" ON "TaskQueue"("friendlyId");

-- CreateIndex
CREATE UNIQUE INDEX "TaskQueue_runtimeEnvironmentId_name_key" ON "TaskQueue"("runtimeEnvironmentId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "BatchTaskRun_friendlyId_key" ON "BatchTaskRun"("friendlyId");

-- CreateIndex
CREATE UNIQUE INDEX "BatchTaskRun_checkpointEventId_key" ON "BatchTaskRun"("checkpointEventId");

-- CreateIndex
CREATE INDEX "BatchTaskRun_dependentTaskAttemptId_idx" ON "BatchTaskRun"("dependentTaskAttemptId");

-- CreateIndex
CREATE INDEX "BatchTaskRun_runtimeEnvironmentId_id_idx" ON "BatchTaskRun"("runtimeEnvironmentId", "id" DESC);

-- CreateIndex
CREATE INDEX "BatchTaskRun_runtimeEnvironmentId_createdAt_id_idx" ON "BatchTaskRun"("runtimeEnvironmentId", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "BatchTaskRun_oneTimeUseToken_key" ON "BatchTaskRun"("oneTimeUseToken");

-- CreateIndex
CREATE UNIQUE INDEX "BatchTaskRun_runtimeEnvironmentId_idempotencyKey_key" ON "BatchTaskRun"("runtimeEnvironmentId", "idempotencyKey");

-- CreateIndex
CREATE INDEX "idx_batchtaskrunitem_taskrunattempt" ON "BatchTaskRunItem"("taskRunAttemptId");

-- CreateIndex
CREATE INDEX "idx_batchtaskrunitem_taskrun" ON "BatchTaskRunItem"("taskRunId");

-- CreateIndex
CREATE UNIQUE INDEX "BatchTaskRunItem_batchTaskRunId_taskRunId_key" ON "BatchTaskRunItem"("batchTaskRunId", "taskRunId");

-- CreateIndex
CREATE INDEX "BatchTaskRunError_batchTaskRunId_idx" ON "BatchTaskRunError"("batchTaskRunId");

-- CreateIndex
CREATE UNIQUE INDEX "BatchTaskRunError_batchTaskRunId_index_key" ON "BatchTaskRunError"("batchTaskRunId", "index");

-- CreateIndex
CREATE UNIQUE INDEX "EnvironmentVariable_friendlyId_key" ON "EnvironmentVariable"("friendlyId");

-- CreateIndex
CREATE UNIQUE INDEX "EnvironmentVariable_projectId_key_key" ON "EnvironmentVariable"("projectId", "key");

-- CreateIndex
CREATE INDEX "EnvironmentVariableValue_environmentId_idx" ON "EnvironmentVariableValue"("environmentId");

-- CreateIndex
CREATE INDEX "EnvironmentVariableValue_valueReferenceId_idx" ON "EnvironmentVariableValue"("valueReferenceId");

-- CreateIndex
CREATE UNIQUE INDEX "EnvironmentVariableValue_variableId_environmentId_key" ON "EnvironmentVariableValue"("variableId", "environmentId");

-- CreateIndex
CREATE UNIQUE INDEX "Checkpoint_friendlyId_key" ON "Checkpoint"("friendlyId");

-- CreateIndex
CREATE INDEX "Checkpoint_attemptId_idx" ON "Checkpoint"("attemptId");

-- CreateIndex
CREATE INDEX "Checkpoint_runId_idx" ON "Checkpoint"("runId");

-- CreateIndex
CREATE INDEX "CheckpointRestoreEvent_checkpointId_idx" ON "CheckpointRestoreEvent"("checkpointId");

-- CreateIndex
CREATE INDEX "CheckpointRestoreEvent_runId_idx" ON "CheckpointRestoreEvent"("runId");

-- CreateIndex
CREATE UNIQUE INDEX "WorkerDeployment_friendlyId_key" ON "WorkerDeployment"("friendlyId");

-- CreateIndex
CREATE UNIQUE INDEX "WorkerDeployment_workerId_key" ON "WorkerDeployment"("workerId");

-- CreateIndex
CREATE INDEX "WorkerDeployment_commitSHA_idx" ON "WorkerDeployment"("commitSHA");

-- CreateIndex
CREATE INDEX "WorkerDeployment_environmentId_createdAt_idx" ON "WorkerDeployment"("environmentId", "createdAt");

-- CreateIndex
CREATE INDEX "WorkerDeployment_environmentId_status_id_idx" ON "WorkerDeployment"("environmentId", "status", "id");

-- CreateIndex
CREATE INDEX "WorkerDeployment_environmentId_externalId_idx" ON "WorkerDeployment"("environmentId", "externalId");

-- CreateIndex
CREATE UNIQUE INDEX "WorkerDeployment_projectId_shortCode_key" ON "WorkerDeployment"("projectId", "shortCode");

-- CreateIndex
CREATE UNIQUE INDEX "WorkerDeployment_environmentId_version_key" ON "WorkerDeployment"("environmentId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "WorkerDeploymentPromotion_environmentId_label_key" ON "WorkerDeploymentPromotion"("environmentId", "label");

-- CreateIndex
CREATE UNIQUE INDEX "TaskSchedule_friendlyId_key" ON "TaskSchedule"("friendlyId");

-- CreateIndex
CREATE INDEX "TaskSchedule_projectId_idx" ON "TaskSchedule"("projectId");

-- CreateIndex
CREATE INDEX "TaskSchedule_projectId_createdAt_idx" ON "TaskSchedule"("projectId", "createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "TaskSchedule_projectId_deduplicationKey_key" ON "TaskSchedule"("projectId", "deduplicationKey");

-- CreateIndex
CREATE INDEX "TaskScheduleInstance_environmentId_idx" ON "TaskScheduleInstance"("environmentId");

-- CreateIndex
CREATE INDEX "TaskScheduleInstance_projectId_active_idx" ON "TaskScheduleInstance"("projectId", "active");

-- CreateIndex
CREATE UNIQUE INDEX "TaskScheduleInstance_taskScheduleId_environmentId_key" ON "TaskScheduleInstance"("taskScheduleId", "environmentId");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectAlertChannel_friendlyId_key" ON "ProjectAlertChannel"("friendlyId");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectAlertChannel_projectId_deduplicationKey_key" ON "ProjectAlertChannel"("projectId", "deduplicationKey");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectAlert_friendlyId_key" ON "ProjectAlert"("friendlyId");

-- CreateIndex
CREATE INDEX "ProjectAlert_channelId_idx" ON "ProjectAlert"("channelId");

-- CreateIndex
CREATE INDEX "ProjectAlertStorage_alertChannelId_alertType_storageId_idx" ON "ProjectAlertStorage"("alertChannelId", "alertType", "storageId");

-- CreateIndex
CREATE UNIQUE INDEX "OrganizationIntegration_friendlyId_key" ON "OrganizationIntegration"("friendlyId");

-- CreateIndex
CREATE INDEX "OrganizationIntegration_externalOrganizationId_idx" ON "OrganizationIntegration"("externalOrganizationId");

-- CreateIndex
CREATE INDEX "OrganizationProjectIntegration_projectId_idx" ON "OrganizationProjectIntegration"("projectId");

-- CreateIndex
CREATE INDEX "OrganizationProjectIntegration_projectId_organizationIntegr_idx" ON "OrganizationProjectIntegration"("projectId", "organizationIntegrationId");

-- CreateIndex
CREATE INDEX "OrganizationProjectIntegration_externalEntityId_idx" ON "OrganizationProjectIntegration"("externalEntityId");

-- CreateIndex
CREATE UNIQUE INDEX "BulkActionGroup_friendlyId_key" ON "BulkActionGroup"("friendlyId");

-- CreateIndex
CREATE INDEX "BulkActionGroup_environmentId_createdAt_idx" ON "BulkActionGroup"("environmentId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "BulkActionGroup_environmentId_type_dedupeKey_idx" ON "BulkActionGroup"("environmentId", "type", "dedupeKey");

-- CreateIndex
CREATE INDEX "BulkActionGroup_environmentId_status_type_idx" ON "BulkActionGroup"("environmentId", "status", "type");

-- CreateIndex
CREATE INDEX "RealtimeStreamChunk_runId_idx" ON "RealtimeStreamChunk"("runId");

-- CreateIndex
CREATE INDEX "RealtimeStreamChunk_createdAt_idx" ON "RealtimeStreamChunk"("createdAt");

-- CreateIndex
CREATE INDEX "TaskEventPartitioned_traceId_idx" ON "TaskEventPartitioned"("traceId");

-- CreateIndex
CREATE INDEX "TaskEventPartitioned_spanId_idx" ON "TaskEventPartitioned"("spanId");

-- CreateIndex
CREATE INDEX "TaskEventPartitioned_runId_idx" ON "TaskEventPartitioned"("runId");

-- CreateIndex
CREATE UNIQUE INDEX "GithubAppInstallation_appInstallationId_key" ON "GithubAppInstallation"("appInstallationId");

-- CreateIndex
CREATE INDEX "GithubAppInstallation_organizationId_idx" ON "GithubAppInstallation"("organizationId");

-- CreateIndex
CREATE INDEX "GithubRepository_installationId_idx" ON "GithubRepository"("installationId");

-- CreateIndex
CREATE UNIQUE INDEX "GithubRepository_installationId_githubId_key" ON "GithubRepository"("installationId", "githubId");

-- CreateIndex
CREATE INDEX "ConnectedGithubRepository_repositoryId_idx" ON "ConnectedGithubRepository"("repositoryId");

-- CreateIndex
CREATE UNIQUE INDEX "ConnectedGithubRepository_projectId_key" ON "ConnectedGithubRepository"("projectId");

-- CreateIndex
CREATE INDEX "ImpersonationAuditLog_adminId_idx" ON "ImpersonationAuditLog"("adminId");

-- CreateIndex
CREATE INDEX "ImpersonationAuditLog_targetId_idx" ON "ImpersonationAuditLog"("targetId");

-- CreateIndex
CREATE INDEX "ImpersonationAuditLog_createdAt_idx" ON "ImpersonationAuditLog"("createdAt");

-- CreateIndex
CREATE INDEX "CustomerQuery_organizationId_createdAt_idx" ON "CustomerQuery"("organizationId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "CustomerQuery_createdAt_idx" ON "CustomerQuery"("createdAt");

-- CreateIndex
CREATE INDEX "IntegrationDeployment_commitSHA_idx" ON "IntegrationDeployment"("commitSHA");

-- CreateIndex
CREATE INDEX "IntegrationDeployment_deploymentId_idx" ON "IntegrationDeployment"("deploymentId");

-- CreateIndex
CREATE UNIQUE INDEX "MetricsDashboard_friendlyId_key" ON "MetricsDashboard"("friendlyId");

-- CreateIndex
CREATE INDEX "MetricsDashboard_projectId_createdAt_idx" ON "MetricsDashboard"("projectId", "createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "llm_models_friendly_id_key" ON "llm_models"("friendly_id");

-- CreateIndex
CREATE INDEX "llm_models_project_id_idx" ON "llm_models"("project_id");

-- CreateIndex
CREATE UNIQUE INDEX "llm_models_project_id_model_name_start_date_key" ON "llm_models"("project_id", "model_name", "start_date");

-- CreateIndex
CREATE UNIQUE INDEX "llm_pricing_tiers_model_id_priority_key" ON "llm_pricing_tiers"("model_id", "priority");

-- CreateIndex
CREATE UNIQUE INDEX "llm_pricing_tiers_model_id_name_key" ON "llm_pricing_tiers"("model_id", "name");

-- CreateIndex
CREATE UNIQUE INDEX "llm_prices_model_id_usage_type_pricing_tier_id_key" ON "llm_prices"("model_id", "usage_type", "pricing_tier_id");

-- CreateIndex
CREATE UNIQUE INDEX "PlatformNotification_friendlyId_key" ON "PlatformNotification"("friendlyId");

-- CreateIndex
CREATE INDEX "PlatformNotification_surface_scope_startsAt_idx" ON "PlatformNotification"("surface", "scope", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "PlatformNotificationInteraction_notificationId_userId_key" ON "PlatformNotificationInteraction"("notificationId", "userId");

-- CreateIndex
CREATE INDEX "LogsSearchProjectorCheckpoint_projectorId_mode_windowEnd_idx" ON "LogsSearchProjectorCheckpoint"("projectorId", "mode", "windowEnd" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "LogsSearchProjectorCheckpoint_projectorId_mode_windowStart__key" ON "LogsSearchProjectorCheckpoint"("projectorId", "mode", "windowStart", "windowEnd");

-- CreateIndex
CREATE INDEX "ErrorGroupState_environmentId_status_idx" ON "ErrorGroupState"("environmentId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "ErrorGroupState_environmentId_taskIdentifier_errorFingerpri_key" ON "ErrorGroupState"("environmentId", "taskIdentifier", "errorFingerprint");

-- CreateIndex
CREATE INDEX "TaskIdentifier_runtimeEnvironmentId_isInLatestDeployment_idx" ON "TaskIdentifier"("runtimeEnvironmentId", "isInLatestDeployment");

-- CreateIndex
CREATE UNIQUE INDEX "TaskIdentifier_runtimeEnvironmentId_slug_key" ON "TaskIdentifier"("runtimeEnvironmentId", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "OrganizationDataStore_key_key" ON "OrganizationDataStore"("key");

-- CreateIndex
CREATE INDEX "OrganizationDataStore_kind_idx" ON "OrganizationDataStore"("kind");

-- CreateIndex
CREATE INDEX "_BackgroundWorkerToBackgroundWorkerFile_B_index" ON "_BackgroundWorkerToBackgroundWorkerFile"("B");

-- CreateIndex
CREATE INDEX "_BackgroundWorkerToTaskQueue_B_index" ON "_BackgroundWorkerToTaskQueue"("B");

-- CreateIndex
CREATE INDEX "_WaitpointRunConnections_B_index" ON "_WaitpointRunConnections"("B");

-- CreateIndex
CREATE INDEX "_completedWaitpoints_B_index" ON "_completedWaitpoints"("B");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_mfaSecretReferenceId_fkey" FOREIGN KEY ("mfaSecretReferenceId") REFERENCES "SecretReference"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_invitationCodeId_fkey" FOREIGN KEY ("invitationCodeId") REFERENCES "InvitationCode"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MfaBackupCode" ADD CONSTRAINT "MfaBackupCode_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuthorizationCode" ADD CONSTRAINT "AuthorizationCode_personalAccessTokenId_fkey" FOREIGN KEY ("personalAccessTokenId") REFERENCES "PersonalAccessToken"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonalAccessToken" ADD CONSTRAINT "PersonalAccessToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizationAccessToken" ADD CONSTRAINT "OrganizationAccessToken_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrgMember" ADD CONSTRAINT "OrgMember_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrgMember" ADD CONSTRAINT "OrgMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrgMemberInvite" ADD CONSTRAINT "OrgMemberInvite_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrgMemberInvite" ADD CONSTRAINT "OrgMemberInvite_inviterId_fkey" FOREIGN KEY ("inviterId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RuntimeEnvironment" ADD CONSTRAINT "RuntimeEnvironment_parentEnvironmentId_fkey" FOREIGN KEY ("parentEnvironmentId") REFERENCES "RuntimeEnvironment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RuntimeEnvironment" ADD CONSTRAINT "RuntimeEnvironment_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RuntimeEnvironment" ADD CONSTRAINT "RuntimeEnvironment_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RuntimeEnvironment" ADD CONSTRAINT "RuntimeEnvironment_orgMemberId_fkey" FOREIGN KEY ("orgMemberId") REFERENCES "OrgMember"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RuntimeEnvironment" ADD CONSTRAINT "RuntimeEnvironment_currentSessionId_fkey" FOREIGN KEY ("currentSessionId") REFERENCES "RuntimeEnvironmentSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_runtime_environment_id_fkey" FOREIGN KEY ("runtime_environment_id") REFERENCES "RuntimeEnvironment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_created_by_user_id_fkey" FOREIGN KEY ("created_by_user_id") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RevokedApiKey" ADD CONSTRAINT "RevokedApiKey_runtimeEnvironmentId_fkey" FOREIGN KEY ("runtimeEnvironmentId") REFERENCES "RuntimeEnvironment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_defaultWorkerGroupId_fkey" FOREIGN KEY ("defaultWorkerGroupId") REFERENCES "WorkerInstanceGroup"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BackgroundWorker" ADD CONSTRAINT "BackgroundWorker_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BackgroundWorker" ADD CONSTRAINT "BackgroundWorker_runtimeEnvironmentId_fkey" FOREIGN KEY ("runtimeEnvironmentId") REFERENCES "RuntimeEnvironment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BackgroundWorker" ADD CONSTRAINT "BackgroundWorker_workerGroupId_fkey" FOREIGN KEY ("workerGroupId") REFERENCES "WorkerInstanceGroup"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BackgroundWorkerFile" ADD CONSTRAINT "BackgroundWorkerFile_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "prompts" ADD CONSTRAINT "prompts_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "prompts" ADD CONSTRAINT "prompts_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "prompts" ADD CONSTRAINT "prompts_runtimeEnvironmentId_fkey" FOREIGN KEY ("runtimeEnvironmentId") REFERENCES "RuntimeEnvironment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "prompt_versions" ADD CONSTRAINT "prompt_versions_promptId_fkey" FOREIGN KEY ("promptId") REFERENCES "prompts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "prompt_versions" ADD CONSTRAINT "prompt_versions_workerId_fkey" FOREIGN KEY ("workerId") REFERENCES "BackgroundWorker"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BackgroundWorkerTask" ADD CONSTRAINT "BackgroundWorkerTask_workerId_fkey" FOREIGN KEY ("workerId") REFERENCES "BackgroundWorker"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BackgroundWorkerTask" ADD CONSTRAINT "BackgroundWorkerTask_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BackgroundWorkerTask" ADD CONSTRAINT "BackgroundWorkerTask_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "BackgroundWorkerFile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BackgroundWorkerTask" ADD CONSTRAINT "BackgroundWorkerTask_runtimeEnvironmentId_fkey" FOREIGN KEY ("runtimeEnvironmentId") REFERENCES "RuntimeEnvironment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BackgroundWorkerTask" ADD CONSTRAINT "BackgroundWorkerTask_queueId_fkey" FOREIGN KEY ("queueId") REFERENCES "TaskQueue"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlaygroundConversation" ADD CONSTRAINT "PlaygroundConversation_runId_fkey" FOREIGN KEY ("runId") REFERENCES "TaskRun"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlaygroundConversation" ADD CONSTRAINT "PlaygroundConversation_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlaygroundConversation" ADD CONSTRAINT "PlaygroundConversation_runtimeEnvironmentId_fkey" FOREIGN KEY ("runtimeEnvironmentId") REFERENCES "RuntimeEnvironment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionRun" ADD CONSTRAINT "SessionRun_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskRun" ADD CONSTRAINT "TaskRun_runtimeEnvironmentId_fkey" FOREIGN KEY ("runtimeEnvironmentId") REFERENCES "RuntimeEnvironment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskRun" ADD CONSTRAINT "TaskRun_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskRun" ADD CONSTRAINT "TaskRun_lockedById_fkey" FOREIGN KEY ("lockedById") REFERENCES "BackgroundWorkerTask"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskRun" ADD CONSTRAINT "TaskRun_lockedToVersionId_fkey" FOREIGN KEY ("lockedToVersionId") REFERENCES "BackgroundWorker"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskRun" ADD CONSTRAINT "TaskRun_rootTaskRunId_fkey" FOREIGN KEY ("rootTaskRunId") REFERENCES "TaskRun"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "TaskRun" ADD CONSTRAINT "TaskRun_parentTaskRunId_fkey" FOREIGN KEY ("parentTaskRunId") REFERENCES "TaskRun"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "TaskRun" ADD CONSTRAINT "TaskRun_parentTaskRunAttemptId_fkey" FOREIGN KEY ("parentTaskRunAttemptId") REFERENCES "TaskRunAttempt"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "TaskRun" ADD CONSTRAINT "TaskRun_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "BatchTaskRun"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "TaskRunExecutionSnapshot" ADD CONSTRAINT "TaskRunExecutionSnapshot_runId_fkey" FOREIGN KEY ("runId") REFERENCES "TaskRun"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskRunExecutionSnapshot" ADD CONSTRAINT "TaskRunExecutionSnapshot_checkpointId_fkey" FOREIGN KEY ("checkpointId") REFERENCES "TaskRunCheckpoint"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskRunCheckpoint" ADD CONSTRAINT "TaskRunCheckpoint_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskRunCheckpoint" ADD CONSTRAINT "TaskRunCheckpoint_runtimeEnvironmentId_fkey" FOREIGN KEY ("runtimeEnvironmentId") REFERENCES "RuntimeEnvironment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Waitpoint" ADD CONSTRAINT "Waitpoint_completedByTaskRunId_fkey" FOREIGN KEY ("completedByTaskRunId") REFERENCES "TaskRun"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Waitpoint" ADD CONSTRAINT "Waitpoint_completedByBatchId_fkey" FOREIGN KEY ("completedByBatchId") REFERENCES "BatchTaskRun"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Waitpoint" ADD CONSTRAINT "Waitpoint_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Waitpoint" ADD CONSTRAINT "Waitpoint_environmentId_fkey" FOREIGN KEY ("environmentId") REFERENCES "RuntimeEnvironment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskRunWaitpoint" ADD CONSTRAINT "TaskRunWaitpoint_taskRunId_fkey" FOREIGN KEY ("taskRunId") REFERENCES "TaskRun"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskRunWaitpoint" ADD CONSTRAINT "TaskRunWaitpoint_waitpointId_fkey" FOREIGN KEY ("waitpointId") REFERENCES "Waitpoint"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskRunWaitpoint" ADD CONSTRAINT "TaskRunWaitpoint_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskRunWaitpoint" ADD CONSTRAINT "TaskRunWaitpoint_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "BatchTaskRun"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WaitpointTag" ADD CONSTRAINT "WaitpointTag_environmentId_fkey" FOREIGN KEY ("environmentId") REFERENCES "RuntimeEnvironment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WaitpointTag" ADD CONSTRAINT "WaitpointTag_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkerInstance" ADD CONSTRAINT "WorkerInstance_workerGroupId_fkey" FOREIGN KEY ("workerGroupId") REFERENCES "WorkerInstanceGroup"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkerInstance" ADD CONSTRAINT "WorkerInstance_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkerInstance" ADD CONSTRAINT "WorkerInstance_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkerInstance" ADD CONSTRAINT "WorkerInstance_environmentId_fkey" FOREIGN KEY ("environmentId") REFERENCES "RuntimeEnvironment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkerInstance" ADD CONSTRAINT "WorkerInstance_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "WorkerDeployment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkerInstanceGroup" ADD CONSTRAINT "WorkerInstanceGroup_tokenId_fkey" FOREIGN KEY ("tokenId") REFERENCES "WorkerGroupToken"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkerInstanceGroup" ADD CONSTRAINT "WorkerInstanceGroup_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkerInstanceGroup" ADD CONSTRAINT "WorkerInstanceGroup_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskRunTag" ADD CONSTRAINT "TaskRunTag_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskRunDependency" ADD CONSTRAINT "TaskRunDependency_taskRunId_fkey" FOREIGN KEY ("taskRunId") REFERENCES "TaskRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskRunDependency" ADD CONSTRAINT "TaskRunDependency_checkpointEventId_fkey" FOREIGN KEY ("checkpointEventId") REFERENCES "CheckpointRestoreEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskRunDependency" ADD CONSTRAINT "TaskRunDependency_dependentAttemptId_fkey" FOREIGN KEY ("dependentAttemptId") REFERENCES "TaskRunAttempt"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskRunDependency" ADD CONSTRAINT "TaskRunDependency_dependentBatchRunId_fkey" FOREIGN KEY ("dependentBatchRunId") REFERENCES "BatchTaskRun"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskRunNumberCounter" ADD CONSTRAINT "TaskRunNumberCounter_environmentId_fkey" FOREIGN KEY ("environmentId") REFERENCES "RuntimeEnvironment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskRunAttempt" ADD CONSTRAINT "TaskRunAttempt_taskRunId_fkey" FOREIGN KEY ("taskRunId") REFERENCES "TaskRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskRunAttempt" ADD CONSTRAINT "TaskRunAttempt_backgroundWorkerId_fkey" FOREIGN KEY ("backgroundWorkerId") REFERENCES "BackgroundWorker"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskRunAttempt" ADD CONSTRAINT "TaskRunAttempt_backgroundWorkerTaskId_fkey" FOREIGN KEY ("backgroundWorkerTaskId") REFERENCES "BackgroundWorkerTask"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskRunAttempt" ADD CONSTRAINT "TaskRunAttempt_runtimeEnvironmentId_fkey" FOREIGN KEY ("runtimeEnvironmentId") REFERENCES "RuntimeEnvironment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskRunAttempt" ADD CONSTRAINT "TaskRunAttempt_queueId_fkey" FOREIGN KEY ("queueId") REFERENCES "TaskQueue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskQueue" ADD CONSTRAINT "TaskQueue_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskQueue" ADD CONSTRAINT "TaskQueue_runtimeEnvironmentId_fkey" FOREIGN KEY ("runtimeEnvironmentId") REFERENCES "RuntimeEnvironment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BatchTaskRun" ADD CONSTRAINT "BatchTaskRun_checkpointEventId_fkey" FOREIGN KEY ("checkpointEventId") REFERENCES "CheckpointRestoreEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BatchTaskRun" ADD CONSTRAINT "BatchTaskRun_dependentTaskAttemptId_fkey" FOREIGN KEY ("dependentTaskAttemptId") REFERENCES "TaskRunAttempt"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BatchTaskRunItem" ADD CONSTRAINT "BatchTaskRunItem_batchTaskRunId_fkey" FOREIGN KEY ("batchTaskRunId") REFERENCES "BatchTaskRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BatchTaskRunItem" ADD CONSTRAINT "BatchTaskRunItem_taskRunId_fkey" FOREIGN KEY ("taskRunId") REFERENCES "TaskRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BatchTaskRunItem" ADD CONSTRAINT "BatchTaskRunItem_taskRunAttemptId_fkey" FOREIGN KEY ("taskRunAttemptId") REFERENCES "TaskRunAttempt"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BatchTaskRunError" ADD CONSTRAINT "BatchTaskRunError_batchTaskRunId_fkey" FOREIGN KEY ("batchTaskRunId") REFERENCES "BatchTaskRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnvironmentVariable" ADD CONSTRAINT "EnvironmentVariable_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnvironmentVariableValue" ADD CONSTRAINT "EnvironmentVariableValue_valueReferenceId_fkey" FOREIGN KEY ("valueReferenceId") REFERENCES "SecretReference"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnvironmentVariableValue" ADD CONSTRAINT "EnvironmentVariableValue_variableId_fkey" FOREIGN KEY ("variableId") REFERENCES "EnvironmentVariable"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnvironmentVariableValue" ADD CONSTRAINT "EnvironmentVariableValue_environmentId_fkey" FOREIGN KEY ("environmentId") REFERENCES "RuntimeEnvironment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Checkpoint" ADD CONSTRAINT "Checkpoint_runId_fkey" FOREIGN KEY ("runId") REFERENCES "TaskRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Checkpoint" ADD CONSTRAINT "Checkpoint_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "TaskRunAttempt"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Checkpoint" ADD CONSTRAINT "Checkpoint_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Checkpoint" ADD CONSTRAINT "Checkpoint_runtimeEnvironmentId_fkey" FOREIGN KEY ("runtimeEnvironmentId") REFERENCES "RuntimeEnvironment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckpointRestoreEvent" ADD CONSTRAINT "CheckpointRestoreEvent_checkpointId_fkey" FOREIGN KEY ("checkpointId") REFERENCES "Checkpoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckpointRestoreEvent" ADD CONSTRAINT "CheckpointRestoreEvent_runId_fkey" FOREIGN KEY ("runId") REFERENCES "TaskRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckpointRestoreEvent" ADD CONSTRAINT "CheckpointRestoreEvent_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "TaskRunAttempt"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckpointRestoreEvent" ADD CONSTRAINT "CheckpointRestoreEvent_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckpointRestoreEvent" ADD CONSTRAINT "CheckpointRestoreEvent_runtimeEnvironmentId_fkey" FOREIGN KEY ("runtimeEnvironmentId") REFERENCES "RuntimeEnvironment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkerDeployment" ADD CONSTRAINT "WorkerDeployment_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkerDeployment" ADD CONSTRAINT "WorkerDeployment_environmentId_fkey" FOREIGN KEY ("environmentId") REFERENCES "RuntimeEnvironment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkerDeployment" ADD CONSTRAINT "WorkerDeployment_workerId_fkey" FOREIGN KEY ("workerId") REFERENCES "BackgroundWorker"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkerDeployment" ADD CONSTRAINT "WorkerDeployment_triggeredById_fkey" FOREIGN KEY ("triggeredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkerDeploymentPromotion" ADD CONSTRAINT "WorkerDeploymentPromotion_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "WorkerDeployment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkerDeploymentPromotion" ADD CONSTRAINT "WorkerDeploymentPromotion_environmentId_fkey" FOREIGN KEY ("environmentId") REFERENCES "RuntimeEnvironment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskSchedule" ADD CONSTRAINT "TaskSchedule_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskScheduleInstance" ADD CONSTRAINT "TaskScheduleInstance_taskScheduleId_fkey" FOREIGN KEY ("taskScheduleId") REFERENCES "TaskSchedule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskScheduleInstance" ADD CONSTRAINT "TaskScheduleInstance_environmentId_fkey" FOREIGN KEY ("environmentId") REFERENCES "RuntimeEnvironment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskScheduleInstance" ADD CONSTRAINT "TaskScheduleInstance_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RuntimeEnvironmentSession" ADD CONSTRAINT "RuntimeEnvironmentSession_environmentId_fkey" FOREIGN KEY ("environmentId") REFERENCES "RuntimeEnvironment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectAlertChannel" ADD CONSTRAINT "ProjectAlertChannel_integrationId_fkey" FOREIGN KEY ("integrationId") REFERENCES "OrganizationIntegration"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectAlertChannel" ADD CONSTRAINT "ProjectAlertChannel_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectAlert" ADD CONSTRAINT "ProjectAlert_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectAlert" ADD CONSTRAINT "ProjectAlert_environmentId_fkey" FOREIGN KEY ("environmentId") REFERENCES "RuntimeEnvironment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectAlert" ADD CONSTRAINT "ProjectAlert_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "ProjectAlertChannel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectAlert" ADD CONSTRAINT "ProjectAlert_workerDeploymentId_fkey" FOREIGN KEY ("workerDeploymentId") REFERENCES "WorkerDeployment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectAlertStorage" ADD CONSTRAINT "ProjectAlertStorage_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectAlertStorage" ADD CONSTRAINT "ProjectAlertStorage_alertChannelId_fkey" FOREIGN KEY ("alertChannelId") REFERENCES "ProjectAlertChannel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizationIntegration" ADD CONSTRAINT "OrganizationIntegration_tokenReferenceId_fkey" FOREIGN KEY ("tokenReferenceId") REFERENCES "SecretReference"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizationIntegration" ADD CONSTRAINT "OrganizationIntegration_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizationProjectIntegration" ADD CONSTRAINT "OrganizationProjectIntegration_organizationIntegrationId_fkey" FOREIGN KEY ("organizationIntegrationId") REFERENCES "OrganizationIntegration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizationProjectIntegration" ADD CONSTRAINT "OrganizationProjectIntegration_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BulkActionGroup" ADD CONSTRAINT "BulkActionGroup_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BulkActionGroup" ADD CONSTRAINT "BulkActionGroup_environmentId_fkey" FOREIGN KEY ("environmentId") REFERENCES "RuntimeEnvironment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BulkActionGroup" ADD CONSTRAINT "BulkActionGroup_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BulkActionItem" ADD CONSTRAINT "BulkActionItem_sourceRunId_fkey" FOREIGN KEY ("sourceRunId") REFERENCES "TaskRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BulkActionItem" ADD CONSTRAINT "BulkActionItem_destinationRunId_fkey" FOREIGN KEY ("destinationRunId") REFERENCES "TaskRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GithubAppInstallation" ADD CONSTRAINT "GithubAppInstallation_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GithubRepository" ADD CONSTRAINT "GithubRepository_installationId_fkey" FOREIGN KEY ("installationId") REFERENCES "GithubAppInstallation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConnectedGithubRepository" ADD CONSTRAINT "ConnectedGithubRepository_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConnectedGithubRepository" ADD CONSTRAINT "ConnectedGithubRepository_repositoryId_fkey" FOREIGN KEY ("repositoryId") REFERENCES "GithubRepository"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImpersonationAuditLog" ADD CONSTRAINT "ImpersonationAuditLog_adminId_fkey" FOREIGN KEY ("adminId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImpersonationAuditLog" ADD CONSTRAINT "ImpersonationAuditLog_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerQuery" ADD CONSTRAINT "CustomerQuery_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerQuery" ADD CONSTRAINT "CustomerQuery_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerQuery" ADD CONSTRAINT "CustomerQuery_environmentId_fkey" FOREIGN KEY ("environmentId") REFERENCES "RuntimeEnvironment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerQuery" ADD CONSTRAINT "CustomerQuery_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntegrationDeployment" ADD CONSTRAINT "IntegrationDeployment_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "WorkerDeployment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MetricsDashboard" ADD CONSTRAINT "MetricsDashboard_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MetricsDashboard" ADD CONSTRAINT "MetricsDashboard_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MetricsDashboard" ADD CONSTRAINT "MetricsDashboard_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "llm_models" ADD CONSTRAINT "llm_models_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "llm_pricing_tiers" ADD CONSTRAINT "llm_pricing_tiers_model_id_fkey" FOREIGN KEY ("model_id") REFERENCES "llm_models"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "llm_prices" ADD CONSTRAINT "llm_prices_model_id_fkey" FOREIGN KEY ("model_id") REFERENCES "llm_models"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "llm_prices" ADD CONSTRAINT "llm_prices_pricing_tier_id_fkey" FOREIGN KEY ("pricing_tier_id") REFERENCES "llm_pricing_tiers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlatformNotification" ADD CONSTRAINT "PlatformNotification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlatformNotification" ADD CONSTRAINT "PlatformNotification_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlatformNotification" ADD CONSTRAINT "PlatformNotification_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlatformNotificationInteraction" ADD CONSTRAINT "PlatformNotificationInteraction_notificationId_fkey" FOREIGN KEY ("notificationId") REFERENCES "PlatformNotification"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlatformNotificationInteraction" ADD CONSTRAINT "PlatformNotificationInteraction_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ErrorGroupState" ADD CONSTRAINT "ErrorGroupState_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ErrorGroupState" ADD CONSTRAINT "ErrorGroupState_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ErrorGroupState" ADD CONSTRAINT "ErrorGroupState_environmentId_fkey" FOREIGN KEY ("environmentId") REFERENCES "RuntimeEnvironment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskIdentifier" ADD CONSTRAINT "TaskIdentifier_runtimeEnvironmentId_fkey" FOREIGN KEY ("runtimeEnvironmentId") REFERENCES "RuntimeEnvironment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskIdentifier" ADD CONSTRAINT "TaskIdentifier_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskIdentifier" ADD CONSTRAINT "TaskIdentifier_currentWorkerId_fkey" FOREIGN KEY ("currentWorkerId") REFERENCES "BackgroundWorker"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_BackgroundWorkerToBackgroundWorkerFile" ADD CONSTRAINT "_BackgroundWorkerToBackgroundWorkerFile_A_fkey" FOREIGN KEY ("A") REFERENCES "BackgroundWorker"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_BackgroundWorkerToBackgroundWorkerFile" ADD CONSTRAINT "_BackgroundWorkerToBackgroundWorkerFile_B_fkey" FOREIGN KEY ("B") REFERENCES "BackgroundWorkerFile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_BackgroundWorkerToTaskQueue" ADD CONSTRAINT "_BackgroundWorkerToTaskQueue_A_fkey" FOREIGN KEY ("A") REFERENCES "BackgroundWorker"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_BackgroundWorkerToTaskQueue" ADD CONSTRAINT "_BackgroundWorkerToTaskQueue_B_fkey" FOREIGN KEY ("B") REFERENCES "TaskQueue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_WaitpointRunConnections" ADD CONSTRAINT "_WaitpointRunConnections_A_fkey" FOREIGN KEY ("A") REFERENCES "TaskRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_WaitpointRunConnections" ADD CONSTRAINT "_WaitpointRunConnections_B_fkey" FOREIGN KEY ("B") REFERENCES "Waitpoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_completedWaitpoints" ADD CONSTRAINT "_completedWaitpoints_A_fkey" FOREIGN KEY ("A") REFERENCES "TaskRunExecutionSnapshot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_completedWaitpoints" ADD CONSTRAINT "_completedWaitpoints_B_fkey" FOREIGN KEY ("B") REFERENCES "Waitpoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;
