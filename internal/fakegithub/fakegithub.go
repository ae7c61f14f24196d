package fakegithub

import (
	"bytes"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/x509"
	"encoding/hex"
	"encoding/json"
	"encoding/pem"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// Server is a fake GitHub API server. Create it with New; it stops when the
// test ends.
type Server struct {
	t    testing.TB
	spec *apiSpec
	http *httptest.Server

	appID          int64
	appSlug        string
	installationID int64
	key            *rsa.PrivateKey
	latency        time.Duration
	allowReject    bool
	cacheHeaders   bool
	treeLimit      int // entries of a recursive tree listing before it is truncated
	rateLimit      int // requests per window (WithRateLimit); 0: 5000, never enforced
	rateUsed       int
	now            func() time.Time

	nextID atomic.Int64

	mu          sync.Mutex // guards the state below; handlers run under it
	tokens      map[string]time.Time
	repos       map[string]*repo
	repoOrder   []string
	checkRuns   []*CheckRun
	reviews     []*Review
	comments    []*ReviewComment
	issueComms  []*IssueComment
	reactions   []*Reaction
	permissions map[string]string
	calls       map[string]int
	notModified map[string]int
	faults      []*fault
	rejections  []Rejection
	// registrations are the App manifests posted (manifest.go)
	registrations []*AppRegistration
	served        chan struct{} // closed and replaced after every request
}

// Option configures a Server.
type Option func(*Server)

// WithLatency delays every response by d (for benchmarks).
func WithLatency(d time.Duration) Option { return func(s *Server) { s.latency = d } }

// WithCacheHeaders makes successful GETs carry an ETag and GitHub's
// "Cache-Control: private, max-age=60, s-maxage=60", and answers a matching
// If-None-Match with 304, as GitHub does. It is off by default: a caching
// client (go-githubapp's default client creator) may then serve a repeated
// GET from its cache for up to a minute, and whether httpcache stores a
// response depends on whether go-github happened to read its body to EOF,
// which would make end-to-end tests flaky.
func WithCacheHeaders() Option { return func(s *Server) { s.cacheHeaders = true } }

// WithAppID sets the App's id (default 1001) and slug (default "migsync").
func WithAppID(id int64, slug string) Option {
	return func(s *Server) { s.appID, s.appSlug = id, slug }
}

// WithRateLimit enforces GitHub's primary rate limit: n API requests (the
// downloads excluded) per window, after which requests are answered 403
// "API rate limit exceeded" with X-RateLimit-Remaining: 0 until ResetRateLimit.
// Every answer reports the remaining requests. Without it the fake reports
// 4999 and never refuses.
func WithRateLimit(n int) Option { return func(s *Server) { s.rateLimit = n } }

// ResetRateLimit starts a new rate limit window.
func (s *Server) ResetRateLimit() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.rateUsed = 0
}

// RateRemaining is what X-RateLimit-Remaining says now.
func (s *Server) RateRemaining() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.rateLimit == 0 {
		return 4999
	}
	return max(0, s.rateLimit-s.rateUsed)
}

// WithInstallationID sets the id of the App's only installation (default 4242).
func WithInstallationID(id int64) Option { return func(s *Server) { s.installationID = id } }

// GitHub's limits on listings, as its REST documentation states them.
const (
	MaxTreeEntries  = 100000 // a recursive tree listing; beyond it "truncated" is true
	MaxCompareFiles = 300    // files in a comparison of two commits
	MaxPullFiles    = 3000   // files listed for a pull request
)

// SetTreeEntryLimit truncates recursive tree listings at n entries instead
// of GitHub's 100,000, so tests can meet a truncated listing with a small
// repository.
func (s *Server) SetTreeEntryLimit(n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.treeLimit = n
}

// WithRejectionsAllowed makes rejected requests (422, 401, 404 for unknown
// operations) a log line instead of a test failure. Rejections() lists them.
// The fake's own tests use it; an App test normally should not.
func WithRejectionsAllowed() Option { return func(s *Server) { s.allowReject = true } }

// Rejection records a request the fake refused.
type Rejection struct {
	Operation string // operationId, or "METHOD path" for an unknown route
	Status    int
	Message   string
}

// New starts a fake GitHub on 127.0.0.1 and registers its shutdown with t.Cleanup.
func New(t testing.TB, opts ...Option) *Server {
	t.Helper()
	spec, err := loadSpec()
	if err != nil {
		t.Fatalf("fakegithub: %v", err)
	}
	key, err := appKey()
	if err != nil {
		t.Fatalf("fakegithub: generate key: %v", err)
	}
	s := &Server{
		t:              t,
		spec:           spec,
		appID:          1001,
		appSlug:        "migsync",
		installationID: 4242,
		treeLimit:      MaxTreeEntries,
		key:            key,
		now:            func() time.Time { return time.Now().UTC().Truncate(time.Second) },
		tokens:         map[string]time.Time{},
		repos:          map[string]*repo{},
		permissions:    map[string]string{},
		calls:          map[string]int{},
		notModified:    map[string]int{},
		served:         make(chan struct{}),
	}
	s.nextID.Store(100000)
	for _, opt := range opts {
		opt(s)
	}
	s.http = httptest.NewServer(http.HandlerFunc(s.serveHTTP))
	t.Cleanup(s.http.Close)
	return s
}

var (
	keyOnce sync.Once
	key     *rsa.PrivateKey
	errKey  error
)

// appKey is the test App's RSA key, generated once per process (key
// generation is slow on a busy machine).
func appKey() (*rsa.PrivateKey, error) {
	keyOnce.Do(func() { key, errKey = rsa.GenerateKey(rand.Reader, 2048) })
	return key, errKey
}

// URL is the REST base URL with a trailing slash, as go-githubapp's
// V3APIURL and go-github's BaseURL expect it.
func (s *Server) URL() string { return s.http.URL + "/" }

// GraphQLURL is the v4 endpoint URL. The fake implements no GraphQL: any
// request to it is rejected as unknown.
func (s *Server) GraphQLURL() string { return s.http.URL + "/graphql" }

// AppID is the App's integration id.
func (s *Server) AppID() int64 { return s.appID }

// AppSlug is the App's slug; its bot user is AppSlug()+"[bot]".
func (s *Server) AppSlug() string { return s.appSlug }

// InstallationID is the id of the App's installation on every repository.
func (s *Server) InstallationID() int64 { return s.installationID }

// PrivateKeyPEM is the App's private key (PKCS#1 PEM), for signing JWTs.
func (s *Server) PrivateKeyPEM() []byte {
	return pem.EncodeToMemory(&pem.Block{Type: "RSA PRIVATE KEY", Bytes: x509.MarshalPKCS1PrivateKey(s.key)})
}

// Client returns an http.Client for the server (plain transport).
func (s *Server) Client() *http.Client { return s.http.Client() }

// SetPermission sets user's permission on every repository: "admin",
// "write", "read" or "none". Users never set read ("read", as on a public
// repository).
func (s *Server) SetPermission(user, permission string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.permissions[strings.ToLower(user)] = permission
}

// Calls returns the number of requests per operationId (for example
// "checks/create") since the start or the last ResetCalls. Requests failed
// by FailNext count too.
func (s *Server) Calls() map[string]int {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make(map[string]int, len(s.calls))
	for k, v := range s.calls {
		out[k] = v
	}
	return out
}

// TotalCalls is the sum of Calls, leaving out the operations named in except.
func (s *Server) TotalCalls(except ...string) int {
	skip := map[string]bool{}
	for _, e := range except {
		skip[e] = true
	}
	total := 0
	for op, n := range s.Calls() {
		if !skip[op] {
			total += n
		}
	}
	return total
}

// NotModified returns, per operationId, how many of the Calls were
// conditional requests answered 304 Not Modified (which GitHub does not
// count against the rate limit).
func (s *Server) NotModified() map[string]int {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make(map[string]int, len(s.notModified))
	for k, v := range s.notModified {
		out[k] = v
	}
	return out
}

// ResetCalls zeroes the call counters.
func (s *Server) ResetCalls() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.calls = map[string]int{}
	s.notModified = map[string]int{}
}

// Rejections lists the requests the fake refused so far.
func (s *Server) Rejections() []Rejection {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Rejection(nil), s.rejections...)
}

// request is the decoded context of one API call handed to a handler.
type request struct {
	r      *http.Request
	rt     *route
	params map[string]string
	body   []byte
}

func (q *request) param(name string) string { return q.params[name] }

// decode unmarshals the (already schema-validated) JSON body into v.
func (q *request) decode(v any) error {
	if len(q.body) == 0 {
		return nil
	}
	return json.Unmarshal(q.body, v)
}

// response is what a handler returns; serveHTTP validates and writes it.
type response struct {
	status      int
	body        any // marshalled as JSON unless nil
	raw         []byte
	contentType string // of raw
	header      http.Header
}

func ok(body any) response      { return response{status: http.StatusOK, body: body} }
func created(body any) response { return response{status: http.StatusCreated, body: body} }

// apiError is GitHub's error body.
type apiError struct {
	Message          string       `json:"message"`
	Errors           []fieldError `json:"errors,omitempty"`
	DocumentationURL string       `json:"documentation_url"`
	Status           string       `json:"status"`
}

// fieldError is one entry of apiError.Errors.
type fieldError struct {
	Resource string `json:"resource,omitempty"`
	Field    string `json:"field,omitempty"`
	Code     string `json:"code"`
	Message  string `json:"message,omitempty"`
}

func errorResponse(status int, message string, errs ...fieldError) response {
	return response{status: status, body: apiError{
		Message:          message,
		Errors:           errs,
		DocumentationURL: "https://docs.github.com/rest",
		Status:           fmt.Sprint(status),
	}}
}

func notFound() response { return errorResponse(http.StatusNotFound, "Not Found") }

// validationFailed is GitHub's 422 for a semantic rule.
func validationFailed(resource, field, message string) response {
	return errorResponse(http.StatusUnprocessableEntity, "Validation Failed",
		fieldError{Resource: resource, Field: field, Code: "custom", Message: message})
}

// handlerFunc serves one operation.
type handlerFunc func(s *Server, q *request) response

func (s *Server) serveHTTP(w http.ResponseWriter, r *http.Request) {
	defer s.announce()
	if s.latency > 0 {
		time.Sleep(s.latency)
	}
	body, err := io.ReadAll(r.Body)
	if err != nil {
		s.write(w, r, nil, errorResponse(http.StatusBadRequest, "Problems parsing JSON"), nil)
		return
	}
	if string(bytes.TrimSpace(body)) == "null" {
		// GitHub takes a JSON null body as no body; ghinstallation sends
		// one when it asks for an installation token.
		body = nil
		r.ContentLength = 0
	}
	r.Body = io.NopCloser(bytes.NewReader(body))
	if op, serve := s.downloadRoute(r.URL.Path); serve != nil {
		s.mu.Lock()
		s.calls[op]++
		s.mu.Unlock()
		f := s.takeFault(r.Method, op, "", r.URL.Path)
		if s.preFault(w, r, f) {
			return
		}
		if f == nil || !(f.LoseResponse || f.Truncate) {
			serve(w, r)
			return
		}
		rec := httptest.NewRecorder()
		serve(rec, r)
		s.postFault(w, f, rec.Code, rec.Header(), rec.Body.Bytes())
		return
	}
	rt, params, known := s.spec.match(r.Method, r.URL.EscapedPath())
	if rt == nil {
		label := r.Method + " " + r.URL.Path
		if known {
			s.reject(label, http.StatusMethodNotAllowed, "method not in the trimmed OpenAPI description")
			s.write(w, r, nil, errorResponse(http.StatusMethodNotAllowed, "Method Not Allowed"), nil)
			return
		}
		s.reject(label, http.StatusNotFound, "operation not in the trimmed OpenAPI description")
		s.write(w, r, nil, notFound(), nil)
		return
	}
	s.mu.Lock()
	s.calls[rt.opID]++
	exhausted := s.rateLimit > 0 && s.rateUsed >= s.rateLimit
	if s.rateLimit > 0 && !exhausted {
		s.rateUsed++
	}
	s.mu.Unlock()
	if exhausted {
		resp := errorResponse(http.StatusForbidden, "API rate limit exceeded for installation ID "+strconv.FormatInt(s.installationID, 10)+".")
		s.write(w, r, nil, resp, nil)
		return
	}
	f := s.takeFault(r.Method, rt.opID, rt.template, r.URL.Path)
	if s.preFault(w, r, f) {
		return
	}
	q := &request{r: r, rt: rt, params: params, body: body}
	if resp, bad := s.authenticate(q); bad {
		s.reject(rt.opID, resp.status, resp.body.(apiError).Message)
		s.write(w, r, nil, resp, nil)
		return
	}
	if resp, bad := s.validateRequest(q); bad {
		s.reject(rt.opID, resp.status, describe(resp))
		s.write(w, r, nil, resp, nil)
		return
	}
	handler := handlers[rt.opID]
	if handler == nil {
		s.t.Errorf("fakegithub: no handler for %s", rt.opID)
		s.write(w, r, nil, errorResponse(http.StatusNotImplemented, "not implemented by fakegithub"), nil)
		return
	}
	resp := s.run(handler, q)
	if resp.status == http.StatusUnprocessableEntity {
		s.reject(rt.opID, resp.status, describe(resp))
	}
	s.write(w, r, q, resp, f)
}

// announce wakes Await callers after a request.
func (s *Server) announce() {
	s.mu.Lock()
	defer s.mu.Unlock()
	close(s.served)
	s.served = make(chan struct{})
}

// Await blocks until cond returns true, checking it now and again after
// every request the fake answers; the App under test works asynchronously,
// so an end-to-end test awaits the state it expects (for example a
// completed check run). After timeout it fails the test with what. cond
// should read state through the Server's accessors (CheckRuns, Reviews...).
func (s *Server) Await(timeout time.Duration, what string, cond func() bool) {
	s.t.Helper()
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	for {
		s.mu.Lock()
		next := s.served
		s.mu.Unlock()
		if cond() {
			return
		}
		select {
		case <-next:
		case <-deadline.C:
			s.t.Fatalf("fakegithub: gave up after %s waiting for %s", timeout, what)
		}
	}
}

// run calls h under the state lock.
func (s *Server) run(h handlerFunc, q *request) response {
	s.mu.Lock()
	defer s.mu.Unlock()
	return h(s, q)
}

// reject records a refused request and fails the test unless allowed.
func (s *Server) reject(op string, status int, message string) {
	s.mu.Lock()
	s.rejections = append(s.rejections, Rejection{Operation: op, Status: status, Message: message})
	s.mu.Unlock()
	if s.allowReject {
		s.t.Logf("fakegithub: rejected %s with %d: %s", op, status, message)
		return
	}
	s.t.Errorf("fakegithub: rejected %s with %d: %s", op, status, message)
}

func describe(resp response) string {
	e, isErr := resp.body.(apiError)
	if !isErr {
		return fmt.Sprint(resp.body)
	}
	parts := []string{e.Message}
	for _, fe := range e.Errors {
		parts = append(parts, strings.TrimSpace(fe.Field+" "+fe.Code+" "+fe.Message))
	}
	return strings.Join(parts, "; ")
}

// write encodes resp; for successful handler responses it first checks a
// JSON body against the operation's response schema. Successful GETs carry
// an ETag and GitHub's Cache-Control, and a matching If-None-Match gets 304.
//
// post is a fault to apply after the request was performed (LoseResponse,
// Truncate) instead of answering normally.
func (s *Server) write(w http.ResponseWriter, r *http.Request, q *request, resp response, post *Fault) {
	payload, contentType := resp.raw, resp.contentType
	if resp.body != nil {
		var err error
		payload, err = json.Marshal(resp.body)
		if err != nil {
			s.t.Errorf("fakegithub: encode response: %v", err)
			resp = errorResponse(http.StatusInternalServerError, "encode error")
			payload, _ = json.Marshal(resp.body)
		}
		contentType = "application/json; charset=utf-8"
	}
	h := w.Header()
	for k, vs := range resp.header {
		for _, v := range vs {
			h.Add(k, v)
		}
	}
	if payload != nil {
		h.Set("Content-Type", contentType)
	}
	if resp.body == nil && resp.raw != nil {
		h.Set("Content-Length", strconv.Itoa(len(payload))) // as GitHub's raw answers
	}
	h.Set("X-GitHub-Request-Id", fmt.Sprintf("FAKE:%d", s.newID()))
	h.Set("X-GitHub-Api-Version-Selected", "2022-11-28")
	limit := 5000
	if s.rateLimit > 0 {
		limit = s.rateLimit
	}
	h.Set("X-RateLimit-Limit", strconv.Itoa(limit))
	h.Set("X-RateLimit-Remaining", strconv.Itoa(s.RateRemaining()))
	h.Set("X-RateLimit-Reset", fmt.Sprint(s.now().Add(time.Hour).Unix()))
	if q != nil && resp.status < 300 && resp.body != nil {
		if err := s.validateResponse(q, resp.status, h, payload); err != nil {
			s.t.Errorf("fakegithub: response of %s does not match the spec: %v", q.rt.opID, err)
		}
	}
	if q != nil && r.Method == http.MethodGet && resp.status == http.StatusOK && s.cacheHeaders {
		sum := sha256.Sum256(append([]byte(r.Header.Get("Accept")+"\n"), payload...))
		etag := `W/"` + hex.EncodeToString(sum[:16]) + `"`
		h.Set("ETag", etag)
		h.Set("Cache-Control", "private, max-age=60, s-maxage=60")
		h.Set("Vary", "Accept, Authorization, Cookie, X-GitHub-OTP")
		if r.Header.Get("If-None-Match") == etag {
			s.mu.Lock()
			s.notModified[q.rt.opID]++
			s.mu.Unlock()
			h.Del("Content-Type")
			h.Del("Content-Length")
			w.WriteHeader(http.StatusNotModified)
			return
		}
	}
	if post != nil && (post.LoseResponse || post.Truncate) {
		s.postFault(w, post, resp.status, h, payload)
		return
	}
	w.WriteHeader(resp.status)
	if payload != nil && r.Method != http.MethodHead {
		_, _ = w.Write(payload)
	}
}

// newID returns a fresh positive id.
func (s *Server) newID() int64 { return s.nextID.Add(1) }
