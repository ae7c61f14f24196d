package fakegithub

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/golang-jwt/jwt/v4"
)

// appOperations are authenticated as the App itself (a JWT); every other
// operation needs an installation access token.
var appOperations = map[string]bool{
	"apps/get-authenticated":                true,
	"apps/create-installation-access-token": true,
	"apps/get-repo-installation":            true,
}

// unauthenticatedOperations need no credentials: the manifest conversion's
// code is its own proof.
var unauthenticatedOperations = map[string]bool{
	"apps/create-from-manifest": true,
}

// authenticate checks the Authorization header like GitHub: a RS256 JWT
// issued by the App for app endpoints, an unexpired installation token for
// the rest. The bool is true when the request is refused.
func (s *Server) authenticate(q *request) (response, bool) {
	if unauthenticatedOperations[q.rt.opID] {
		return response{}, false
	}
	header := q.r.Header.Get("Authorization")
	scheme, credential, _ := strings.Cut(header, " ")
	scheme = strings.ToLower(scheme)
	if appOperations[q.rt.opID] {
		if scheme != "bearer" {
			return errorResponse(http.StatusUnauthorized, "A JSON web token could not be decoded"), true
		}
		if err := s.verifyJWT(credential); err != nil {
			return errorResponse(http.StatusUnauthorized, err.Error()), true
		}
		return response{}, false
	}
	if scheme != "token" && scheme != "bearer" {
		return errorResponse(http.StatusUnauthorized, "Requires authentication"), true
	}
	s.mu.Lock()
	expires, known := s.tokens[credential]
	s.mu.Unlock()
	switch {
	case !known:
		if s.verifyJWT(credential) == nil {
			return errorResponse(http.StatusForbidden, "Resource not accessible by integration"), true
		}
		return errorResponse(http.StatusUnauthorized, "Bad credentials"), true
	case s.now().After(expires):
		return errorResponse(http.StatusUnauthorized, "Bad credentials"), true
	}
	return response{}, false
}

// verifyJWT accepts what GitHub accepts from an App: RS256, signed by the
// App's key, iss = the App id, iat not in the future and exp at most ten
// minutes ahead.
func (s *Server) verifyJWT(raw string) error {
	claims := jwt.RegisteredClaims{}
	token, err := jwt.ParseWithClaims(raw, &claims, func(tok *jwt.Token) (any, error) {
		if tok.Method.Alg() != jwt.SigningMethodRS256.Alg() {
			return nil, fmt.Errorf("unexpected signing method %s", tok.Method.Alg())
		}
		return &s.key.PublicKey, nil
	})
	if err != nil || !token.Valid {
		return fmt.Errorf("A JSON web token could not be decoded: %v", err)
	}
	if claims.Issuer != strconv.FormatInt(s.appID, 10) {
		return fmt.Errorf("'Issuer' claim ('iss') must be an Integer or the App's client ID, got %q", claims.Issuer)
	}
	now := s.now()
	if claims.ExpiresAt == nil || claims.ExpiresAt.Time.After(now.Add(10*time.Minute+time.Minute)) {
		return fmt.Errorf("'Expiration time' claim ('exp') is too far in the future")
	}
	if claims.IssuedAt != nil && claims.IssuedAt.Time.After(now.Add(time.Minute)) {
		return fmt.Errorf("'Issued at' claim ('iat') must be an Integer representing a time in the past")
	}
	return nil
}

// issueToken creates an installation token valid for an hour. Callers hold s.mu.
func (s *Server) issueToken() (string, time.Time) {
	buf := make([]byte, 18)
	_, _ = rand.Read(buf)
	token := "ghs_" + hex.EncodeToString(buf)
	expires := s.now().Add(time.Hour)
	s.tokens[token] = expires
	return token, expires
}

// InstallationToken issues a token directly, for tests that call the API
// without going through the App's JWT flow.
func (s *Server) InstallationToken() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	token, _ := s.issueToken()
	return token
}

// ExpireTokens makes every installation token issued so far expired, so the
// next call with one gets 401 and a client must fetch a new token.
func (s *Server) ExpireTokens() {
	s.mu.Lock()
	defer s.mu.Unlock()
	past := s.now().Add(-time.Second)
	for token := range s.tokens {
		s.tokens[token] = past
	}
}
