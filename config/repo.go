// Package config holds migsync's configuration: the per-repository file
// (.github/migsync.yml, read by the App from the base branch and by the CLI
// from the checkout) and the server configuration (server.go).
package config

import (
	"errors"
	"fmt"
	"io"
	"reflect"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
	"gopkg.in/yaml.v3"

	"github.com/migsync/migsync/checkrun/finding"
	"github.com/migsync/migsync/internal/similar"
)

// RepoConfigPath is where a repository keeps its migsync configuration.
const RepoConfigPath = ".github/migsync.yml"

// Repo is the per-repository configuration. The zero value (and a missing file)
// means defaults: discover every project, default severities.
type Repo struct {
	// Projects names schema/migrations pairs explicitly. Empty: discover them.
	Projects []Project `yaml:"projects" json:"projects,omitempty"`
	// Rules overrides severities by rule id ("drift/missing-index": "error",
	// "rules/destructive-sql": "off"). A prefix ending in "/" applies to a
	// whole family ("drift/": "warning").
	Rules map[string]string `yaml:"rules" json:"rules,omitempty"`
	// Ignore lists findings to drop: by rule id, by path glob, or by object
	// ("index Post_title_trgm_idx").
	Ignore []Ignore `yaml:"ignore" json:"ignore,omitempty"`
	// Strict fails the check on any difference, not only errors.
	Strict bool `yaml:"strict" json:"strict,omitempty"`
	// FailOnPreexisting fails on error findings that already existed on the
	// base branch too (default: only introduced errors fail).
	FailOnPreexisting bool `yaml:"fail_on_preexisting" json:"fail_on_preexisting,omitempty"`
	// CheckName is the check run's name (App only). Default "migsync".
	CheckName string `yaml:"check_name" json:"check_name,omitempty"`
	// Exclude lists path globs never searched for projects (fixtures, examples).
	Exclude []string `yaml:"exclude" json:"exclude,omitempty"`

	// refs are the rule ids the file names, with their lines (ParseRepo).
	refs []RuleRef
}

// RuleRef is a rule id named in the configuration, where it was named.
type RuleRef struct {
	ID    string // a rule id or a family ("drift/")
	Where string // "rules" or "ignore[2].rule"
	Line  int    // line in .github/migsync.yml; 0 when not read from a file
}

// RuleRefs lists the rule ids the configuration names (in rules: and in
// ignore entries), so that callers who know the rules can flag a typo, which
// would otherwise silently change nothing.
func (c *Repo) RuleRefs() []RuleRef {
	if c == nil {
		return nil
	}
	if c.refs != nil {
		return c.refs
	}
	var out []RuleRef
	for id := range c.Rules {
		out = append(out, RuleRef{ID: id, Where: "rules"})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	for i, ig := range c.Ignore {
		if ig.Rule != "" {
			out = append(out, RuleRef{ID: ig.Rule, Where: fmt.Sprintf("ignore[%d].rule", i)})
		}
	}
	return out
}

// ruleRefs reads the rule ids and their lines from the parsed document.
func ruleRefs(doc *yaml.Node) []RuleRef {
	out := []RuleRef{}
	if doc == nil || doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
		return out
	}
	top := doc.Content[0].Content
	for i := 0; i+1 < len(top); i += 2 {
		key, val := top[i], top[i+1]
		switch {
		case key.Value == "rules" && val.Kind == yaml.MappingNode:
			for j := 0; j+1 < len(val.Content); j += 2 {
				out = append(out, RuleRef{ID: val.Content[j].Value, Where: "rules", Line: val.Content[j].Line})
			}
		case key.Value == "ignore" && val.Kind == yaml.SequenceNode:
			for n, item := range val.Content {
				if item.Kind != yaml.MappingNode {
					continue
				}
				for j := 0; j+1 < len(item.Content); j += 2 {
					if item.Content[j].Value == "rule" && item.Content[j+1].Value != "" {
						out = append(out, RuleRef{ID: item.Content[j+1].Value, Where: fmt.Sprintf("ignore[%d].rule", n), Line: item.Content[j+1].Line})
					}
				}
			}
		}
	}
	return out
}

// Project is one explicitly configured Prisma project.
type Project struct {
	Schema     string `yaml:"schema" json:"schema"`         // file or multi-file folder
	Migrations string `yaml:"migrations" json:"migrations"` // folder holding <name>/migration.sql
	Provider   string `yaml:"provider" json:"provider,omitempty"`
}

// Ignore drops matching findings. Every non-empty field must match.
type Ignore struct {
	Rule   string `yaml:"rule" json:"rule,omitempty"`
	Path   string `yaml:"path" json:"path,omitempty"`     // glob on the finding's file
	Object string `yaml:"object" json:"object,omitempty"` // e.g. "index Post_title_trgm_idx"
	Reason string `yaml:"reason" json:"reason,omitempty"`
}

// DefaultCheckName is the check run name used when the config names none.
const DefaultCheckName = "migsync"

// ParseRepo parses and validates a repository configuration. Unknown keys are
// errors, so a typo does not silently disable a rule.
func ParseRepo(data []byte) (*Repo, error) {
	var c Repo
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("%s: %s", RepoConfigPath, yamlSyntax(err))
	}
	if len(doc.Content) > 0 {
		if err := checkShape(doc.Content[0], reflect.TypeOf(c), ""); err != nil {
			return nil, fmt.Errorf("%s: %w", RepoConfigPath, err)
		}
	}
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	dec.KnownFields(true)
	if err := dec.Decode(&c); err != nil && !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("%s: %w", RepoConfigPath, err)
	}
	if err := c.Validate(); err != nil {
		return nil, fmt.Errorf("%s: %w", RepoConfigPath, err)
	}
	c.refs = ruleRefs(&doc)
	return &c, nil
}

// checkShape checks a YAML node against the configuration type it decodes
// into and says what is wrong in the file's own words: an unknown key with
// the closest known one, a value of the wrong kind. (yaml.v3's own errors
// name Go types: "cannot unmarshal !!str into []config.Project".)
func checkShape(n *yaml.Node, t reflect.Type, where string) error {
	at := func(format string, args ...any) error {
		return fmt.Errorf("line %d: %s", n.Line, fmt.Sprintf(format, args...))
	}
	name := where
	if name == "" {
		name = "the file"
	}
	if n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return nil // an empty value: the default
	}
	switch t.Kind() {
	case reflect.Struct:
		if n.Kind != yaml.MappingNode {
			return at("%s must be a set of \"key: value\" lines, not %s", name, describe(n))
		}
		keys := map[string]reflect.Type{}
		var names []string
		for i := range t.NumField() {
			f := t.Field(i)
			tag, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
			if tag == "" || tag == "-" {
				continue
			}
			keys[tag] = f.Type
			names = append(names, tag)
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			ft, ok := keys[k.Value]
			if !ok {
				msg := fmt.Sprintf("line %d: unknown key %q", k.Line, k.Value)
				if where != "" {
					msg += " in " + where
				}
				if c := closestKey(k.Value, names); c != "" {
					msg += fmt.Sprintf("; did you mean %q?", c)
				} else {
					msg += "; the keys are " + strings.Join(names, ", ")
				}
				return errors.New(msg)
			}
			sub := k.Value
			if where != "" {
				sub = where + "." + k.Value
			}
			if err := checkShape(v, ft, sub); err != nil {
				return err
			}
		}
	case reflect.Slice:
		if n.Kind != yaml.SequenceNode {
			return at("%s must be a list (lines starting with \"- \"), not %s", name, describe(n))
		}
		for i, el := range n.Content {
			if err := checkShape(el, t.Elem(), fmt.Sprintf("%s[%d]", where, i)); err != nil {
				return err
			}
		}
	case reflect.Map:
		if n.Kind != yaml.MappingNode {
			return at("%s must be a set of \"key: value\" lines, not %s", name, describe(n))
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			if err := checkShape(n.Content[i+1], t.Elem(), where+"."+n.Content[i].Value); err != nil {
				return err
			}
		}
	case reflect.Bool:
		if n.Kind != yaml.ScalarNode || n.Tag != "!!bool" {
			return at("%s must be true or false, not %s", name, describe(n))
		}
	case reflect.String:
		if n.Kind != yaml.ScalarNode {
			return at("%s must be a single value, not %s", name, describe(n))
		}
	}
	return nil
}

// keyAliases are keys people write for a configuration key by another name.
var keyAliases = map[string]string{"file": "path", "files": "path", "glob": "path", "id": "rule", "rules": "rule", "name": "check_name", "severity": "rules"}

// closestKey suggests the key meant by an unknown one: a known alias, else
// the closest by spelling.
func closestKey(key string, names []string) string {
	if a, ok := keyAliases[strings.ToLower(key)]; ok && slices.Contains(names, a) {
		return a
	}
	return similar.Closest(strings.ToLower(key), names)
}

// describe names a YAML value for a message: a quoted scalar, "a list", …
func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a set of keys"
	case yaml.SequenceNode:
		return "a list"
	}
	return strconv.Quote(n.Value)
}

// yamlSyntax is a YAML syntax error without the library's prefix.
func yamlSyntax(err error) string {
	return strings.TrimPrefix(err.Error(), "yaml: ")
}

// Validate checks values that YAML types cannot.
func (c *Repo) Validate() error {
	for rule, sev := range c.Rules {
		if _, ok := finding.ParseSeverity(sev); !ok {
			return fmt.Errorf("rules.%s: severity %q is not one of error, warning, notice, off", rule, sev)
		}
	}
	for i, p := range c.Projects {
		if strings.TrimSpace(p.Schema) == "" {
			return fmt.Errorf("projects[%d]: schema is required", i)
		}
		if strings.TrimSpace(p.Migrations) == "" {
			return fmt.Errorf("projects[%d]: migrations is required", i)
		}
	}
	for i, ig := range c.Ignore {
		if ig.Rule == "" && ig.Path == "" && ig.Object == "" {
			return fmt.Errorf("ignore[%d]: name at least one of rule, path, object", i)
		}
		if ig.Path != "" && !doublestar.ValidatePattern(ig.Path) {
			return fmt.Errorf("ignore[%d].path %q: %w", i, ig.Path, doublestar.ErrBadPattern)
		}
	}
	for i, g := range c.Exclude {
		if !doublestar.ValidatePattern(g) {
			return fmt.Errorf("exclude[%d] %q: %w", i, g, doublestar.ErrBadPattern)
		}
	}
	return nil
}

// Severity returns the configured severity for a rule: the exact rule id
// first, then the longest matching family prefix. ok is false when nothing is
// configured; sev "" with ok true means the rule is off.
func (c *Repo) Severity(rule string) (sev finding.Severity, ok bool) {
	if c == nil {
		return "", false
	}
	if s, found := c.Rules[rule]; found {
		sev, _ = finding.ParseSeverity(s)
		return sev, true
	}
	best := ""
	for k := range c.Rules {
		if strings.HasSuffix(k, "/") && strings.HasPrefix(rule, k) && len(k) > len(best) {
			best = k
		}
	}
	if best != "" {
		sev, _ = finding.ParseSeverity(c.Rules[best])
		return sev, true
	}
	return "", false
}

// Ignored reports whether a finding matches an ignore entry.
func (c *Repo) Ignored(f finding.Finding) bool {
	if c == nil {
		return false
	}
	for _, ig := range c.Ignore {
		if ig.Rule != "" && ig.Rule != f.Rule && !(strings.HasSuffix(ig.Rule, "/") && strings.HasPrefix(f.Rule, ig.Rule)) {
			continue
		}
		if ig.Path != "" && !MatchGlob(ig.Path, f.File) {
			continue
		}
		if ig.Object != "" && ig.Object != f.Object {
			continue
		}
		return true
	}
	return false
}

// Apply applies the severity overrides and ignores to findings: a rule set to
// "off" or an ignored finding is dropped, others take the configured
// severity. The result is sorted (finding.Sort). A nil Repo changes nothing
// but the order.
func (c *Repo) Apply(fs []finding.Finding) []finding.Finding {
	out := fs[:0:0]
	for _, f := range fs {
		if sev, ok := c.Severity(f.Rule); ok {
			if sev == "" {
				continue
			}
			f.Severity = sev
		}
		if c.Ignored(f) {
			continue
		}
		out = append(out, f)
	}
	finding.Sort(out)
	return out
}

// Name returns the check run name.
func (c *Repo) Name() string {
	if c == nil || c.CheckName == "" {
		return DefaultCheckName
	}
	return c.CheckName
}

// MatchGlob matches a repository-relative slash path against a glob of the
// configuration (ignore paths, exclude), in doublestar's syntax: "*" and
// "?" stay within one folder, "**" crosses any number, "[...]" and "{a,b}"
// as usual. A glob that matches a folder also matches everything below it
// ("fixtures", "fixtures/", "fixtures/**" and "examples/*" each cover the
// files under them).
func MatchGlob(glob, p string) bool {
	glob = strings.TrimSuffix(strings.TrimSuffix(glob, "/**"), "/")
	if ok, _ := doublestar.Match(glob, p); ok {
		return true
	}
	ok, _ := doublestar.Match(glob+"/**", p)
	return ok
}
