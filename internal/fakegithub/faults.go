package fakegithub

import (
	"fmt"
	"net"
	"net/http"
	"path"
	"strconv"
	"strings"
	"time"
)

// Fault makes matching requests fail the way GitHub and the network fail.
// A request matches when its method is Method ("" for any) and Op is its
// operationId ("checks/create", or "codeload/tarball" and "raw/download"
// for the non-API downloads) or Path is its OpenAPI template
// ("/repos/{owner}/{repo}/check-runs") or a path.Match glob on the request
// path ("/repos/octo/app/git/blobs/*"). Op and Path empty: every request.
//
// What happens to a matching request, in this order: Delay; then Reset
// (the connection is closed without an answer and the request is not
// performed), or Status (an error answer, with Retry-After and GitHub's
// secondary rate limit message when RetryAfter is set; not performed), or
// the request is performed and then LoseResponse (the connection is closed
// without an answer: the write happened, the client cannot know) or
// Truncate (the answer's headers announce the whole body, half of it is
// sent, the connection closes). A Fault with only a Delay is a slow answer.
type Fault struct {
	Method string
	Op     string
	Path   string
	// Times is how many matching requests fail (0: one; Always: every one
	// until the fault is cleared). Skip lets that many matching requests
	// through first.
	Times, Skip int

	Delay        time.Duration
	Reset        bool
	Status       int
	RetryAfter   time.Duration
	LoseResponse bool
	Truncate     bool
}

// Always makes a Fault last until it is cleared.
const Always = -1

// FaultHandle is an injected fault.
type FaultHandle struct {
	s *Server
	f *fault
}

// Clear stops the fault.
func (h *FaultHandle) Clear() {
	h.s.mu.Lock()
	defer h.s.mu.Unlock()
	h.f.left = 0
}

// Hits is how many requests the fault has failed so far.
func (h *FaultHandle) Hits() int {
	h.s.mu.Lock()
	defer h.s.mu.Unlock()
	return h.f.hits
}

// fault is an injected Fault and its remaining count.
type fault struct {
	Fault
	left, skip, hits int
}

// Inject adds a fault; faults are tried in the order they were injected and
// the first that matches a request applies.
func (s *Server) Inject(f Fault) *FaultHandle {
	s.mu.Lock()
	defer s.mu.Unlock()
	f.Method = strings.ToUpper(f.Method)
	left := f.Times
	if left == 0 {
		left = 1
	}
	ft := &fault{Fault: f, left: left, skip: f.Skip}
	s.faults = append(s.faults, ft)
	return &FaultHandle{s: s, f: ft}
}

// ClearFaults removes every injected fault.
func (s *Server) ClearFaults() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults = nil
}

// FailNext makes the next n requests matching method ("" for any) and
// pathPattern fail with status (see Fault for the patterns).
func (s *Server) FailNext(method, pathPattern string, status, n int) {
	s.Inject(Fault{Method: method, Path: pathPattern, Status: status, Times: n})
}

// FailNextRetryAfter is FailNext with a Retry-After header (whole seconds,
// at least 1) and GitHub's secondary rate limit message, as GitHub answers
// 403 and 429 when an App sends too much too fast.
func (s *Server) FailNextRetryAfter(method, pathPattern string, status, n int, retryAfter time.Duration) {
	s.Inject(Fault{Method: method, Path: pathPattern, Status: status, Times: n, RetryAfter: retryAfter})
}

func (f *fault) matches(method, op, template, reqPath string) bool {
	if f.left == 0 || (f.Method != "" && f.Method != method) {
		return false
	}
	if f.Op != "" && f.Op != op {
		return false
	}
	if f.Path != "" && f.Path != template {
		if globbed, _ := path.Match(f.Path, reqPath); !globbed {
			return false
		}
	}
	return true
}

// takeFault consumes the first matching fault.
func (s *Server) takeFault(method, op, template, reqPath string) *Fault {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, f := range s.faults {
		if !f.matches(method, op, template, reqPath) {
			continue
		}
		if f.skip > 0 {
			f.skip--
			return nil
		}
		if f.left > 0 {
			f.left--
		}
		f.hits++
		cp := f.Fault
		return &cp
	}
	return nil
}

// faultResponse is the error answer of a Status fault.
func faultResponse(f *Fault) response {
	if f.RetryAfter <= 0 {
		return errorResponse(f.Status, http.StatusText(f.Status))
	}
	resp := errorResponse(f.Status, "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.")
	e := resp.body.(apiError)
	e.DocumentationURL = "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits"
	resp.body = e
	secs := max(1, int((f.RetryAfter+time.Second-1)/time.Second))
	resp.header = http.Header{"Retry-After": {strconv.Itoa(secs)}}
	return resp
}

// drop closes the client's connection without an answer; reset makes it a
// TCP reset rather than an orderly close.
func drop(w http.ResponseWriter, reset bool) {
	hj, ok := w.(http.Hijacker)
	if !ok {
		panic("fakegithub: the connection cannot be hijacked")
	}
	conn, _, err := hj.Hijack()
	if err != nil {
		return
	}
	if tcp, ok := conn.(*net.TCPConn); ok && reset {
		_ = tcp.SetLinger(0)
	}
	_ = conn.Close()
}

// truncated writes status, headers announcing len(payload) bytes and only
// half of the payload, then closes the connection.
func truncated(w http.ResponseWriter, status int, h http.Header, payload []byte) {
	hj := w.(http.Hijacker)
	conn, buf, err := hj.Hijack()
	if err != nil {
		return
	}
	defer conn.Close()
	h = h.Clone()
	h.Set("Content-Length", strconv.Itoa(len(payload)))
	h.Del("Transfer-Encoding")
	fmt.Fprintf(buf, "HTTP/1.1 %d %s\r\n", status, http.StatusText(status))
	_ = h.Write(buf)
	_, _ = buf.WriteString("\r\n")
	_, _ = buf.Write(payload[:len(payload)/2])
	_ = buf.Flush()
}

// preFault applies the part of a fault that comes before the request is
// performed; it reports whether the request was answered (or dropped).
func (s *Server) preFault(w http.ResponseWriter, r *http.Request, f *Fault) bool {
	if f == nil {
		return false
	}
	if f.Delay > 0 {
		select {
		case <-time.After(f.Delay):
		case <-r.Context().Done():
			return true
		}
	}
	switch {
	case f.Reset:
		s.t.Logf("fakegithub: injected a connection reset for %s %s", r.Method, r.URL.Path)
		drop(w, true)
		return true
	case f.Status != 0:
		s.t.Logf("fakegithub: injected %d for %s %s", f.Status, r.Method, r.URL.Path)
		s.write(w, r, nil, faultResponse(f), nil)
		return true
	}
	return false
}

// postFault replaces the answer to a performed request.
func (s *Server) postFault(w http.ResponseWriter, f *Fault, status int, h http.Header, payload []byte) {
	if f.Truncate && len(payload) > 1 {
		s.t.Logf("fakegithub: injected a truncated body (%d of %d bytes)", len(payload)/2, len(payload))
		truncated(w, status, h, payload)
		return
	}
	s.t.Logf("fakegithub: injected a lost response (the request was performed)")
	drop(w, false)
}
