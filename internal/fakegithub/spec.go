package fakegithub

import (
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/routers"
)

// specFile is the trimmed GitHub OpenAPI description, relative to the
// repository root. scripts/regen-github-testdata.sh regenerates it.
const specFile = "testdata/github/openapi-trimmed.json"

// route is one operation of the trimmed spec with a matcher for its path.
type route struct {
	method   string
	template string // OpenAPI path template, e.g. /repos/{owner}/{repo}
	opID     string // OpenAPI operationId, e.g. checks/create
	params   []string
	re       *regexp.Regexp
	literals int
	op       *routers.Route
}

// greedyParams may span several path segments: GitHub accepts file paths,
// refs and "base...head" with slashes in them unescaped.
var greedyParams = map[string]bool{"path": true, "ref": true, "basehead": true, "tree_sha": true}

// apiSpec is the loaded OpenAPI description and its routing table.
type apiSpec struct {
	doc    *openapi3.T
	routes []*route
}

var (
	specOnce   sync.Once
	loadedSpec *apiSpec
	specErr    error
)

// loadSpec loads and indexes the trimmed spec once per process.
func loadSpec() (*apiSpec, error) {
	specOnce.Do(func() {
		file, err := findRepoFile(specFile)
		if err != nil {
			specErr = err
			return
		}
		loader := openapi3.NewLoader()
		doc, err := loader.LoadFromFile(file)
		if err != nil {
			specErr = fmt.Errorf("fakegithub: load %s: %w", file, err)
			return
		}
		loadedSpec, specErr = indexSpec(doc)
	})
	return loadedSpec, specErr
}

// findRepoFile locates rel under the repository root: first relative to this
// source file, then by walking up from the working directory to go.mod.
func findRepoFile(rel string) (string, error) {
	if _, self, _, ok := runtime.Caller(0); ok {
		candidate := filepath.Join(filepath.Dir(self), "..", "..", rel)
		if _, err := os.Stat(candidate); err == nil {
			return candidate, nil
		}
	}
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			candidate := filepath.Join(dir, rel)
			if _, err := os.Stat(candidate); err != nil {
				return "", fmt.Errorf("fakegithub: %s: %w", rel, err)
			}
			return candidate, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("fakegithub: cannot find %s above the working directory", rel)
		}
		dir = parent
	}
}

var paramRE = regexp.MustCompile(`\{([^}]+)\}`)

// indexSpec builds the routing table, most specific templates first.
func indexSpec(doc *openapi3.T) (*apiSpec, error) {
	spec := &apiSpec{doc: doc}
	for template, item := range doc.Paths.Map() {
		for method, op := range item.Operations() {
			rt := &route{method: method, template: template, opID: op.OperationID}
			pattern := regexp.QuoteMeta(template)
			for _, m := range paramRE.FindAllStringSubmatch(template, -1) {
				name := m[1]
				rt.params = append(rt.params, name)
				group := `([^/]+)`
				if greedyParams[name] {
					group = `(.+)`
				}
				pattern = strings.Replace(pattern, regexp.QuoteMeta(m[0]), group, 1)
			}
			rt.re = regexp.MustCompile("^" + pattern + "$")
			for _, seg := range strings.Split(template, "/") {
				if seg != "" && !strings.HasPrefix(seg, "{") {
					rt.literals++
				}
			}
			rt.op = &routers.Route{Spec: doc, Path: template, PathItem: item, Method: method, Operation: op}
			spec.routes = append(spec.routes, rt)
		}
	}
	if len(spec.routes) == 0 {
		return nil, errors.New("fakegithub: spec has no operations")
	}
	sort.Slice(spec.routes, func(i, j int) bool {
		a, b := spec.routes[i], spec.routes[j]
		if a.literals != b.literals {
			return a.literals > b.literals
		}
		return a.template < b.template
	})
	return spec, nil
}

// match finds the operation for method and escaped path. It reports
// whether the path is known under another method (405) when no route fits.
func (s *apiSpec) match(method, escapedPath string) (rt *route, params map[string]string, pathKnown bool) {
	for _, candidate := range s.routes {
		m := candidate.re.FindStringSubmatch(escapedPath)
		if m == nil {
			continue
		}
		if candidate.method != method {
			pathKnown = true
			continue
		}
		params = make(map[string]string, len(candidate.params))
		for i, name := range candidate.params {
			v, err := url.PathUnescape(m[i+1])
			if err != nil {
				v = m[i+1]
			}
			params[name] = v
		}
		return candidate, params, true
	}
	return nil, nil, pathKnown
}

// operation returns the route for an operationId (used by tests and helpers).
func (s *apiSpec) operation(opID string) *route {
	for _, rt := range s.routes {
		if rt.opID == opID {
			return rt
		}
	}
	return nil
}
