package fakegithub

// handlers maps operationIds of the trimmed spec to their implementation.
var handlers map[string]handlerFunc

func init() {
	handlers = map[string]handlerFunc{
		"apps/get-authenticated":                          getApp,
		"apps/create-installation-access-token":           createAccessToken,
		"apps/get-repo-installation":                      getRepoInstallation,
		"apps/create-from-manifest":                       createFromManifest,
		"repos/get":                                       getRepo,
		"repos/get-content":                               getContent,
		"repos/get-commit":                                getCommit,
		"repos/compare-commits-with-basehead":             compareCommits,
		"repos/list-pull-requests-associated-with-commit": listPullsForCommit,
		"repos/get-collaborator-permission-level":         getPermission,
		"git/get-tree":                                    getTree,
		"git/get-blob":                                    getBlob,
		"repos/download-tarball-archive":                  downloadTarball,
		"checks/create":                                   createCheckRun,
		"checks/get":                                      getCheckRun,
		"checks/update":                                   updateCheckRun,
		"checks/list-annotations":                         listCheckRunAnnotations,
		"checks/list-for-ref":                             listCheckRunsForRef,
		"pulls/list":                                      listPulls,
		"pulls/get":                                       getPull,
		"pulls/list-files":                                listPullFiles,
		"pulls/list-reviews":                              listReviews,
		"pulls/create-review":                             createReview,
		"pulls/update-review":                             updateReview,
		"pulls/list-review-comments":                      listReviewComments,
		"pulls/create-review-comment":                     createReviewComment,
		"pulls/create-reply-for-review-comment":           createReply,
		"pulls/update-review-comment":                     updateReviewComment,
		"pulls/delete-review-comment":                     deleteReviewComment,
		"issues/list-comments":                            listIssueComments,
		"issues/create-comment":                           createIssueComment,
		"issues/update-comment":                           updateIssueComment,
		"reactions/create-for-issue-comment":              createReaction,
	}
}
