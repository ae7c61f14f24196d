// Package migsync holds what the migsync binary carries from the repository
// root: the GitHub App manifest (app.yml), which `migsync setup` posts to
// GitHub. The code is in cmd/, app/, handlers/ and checkrun/.
package migsync

import _ "embed"

// AppManifest is app.yml, the GitHub App manifest.
//
//go:embed app.yml
var AppManifest []byte
