package main

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
)

// The schema generator of the differential (differential.go): random but
// reproducible Prisma schemas (case n of a provider is always the same
// schema) that together cover the language Prisma Migrate turns into SQL —
// every scalar type and its @db.* native types, optional and list fields,
// single and composite ids, @unique/@@unique/@@index with their options
// (sort, length, type, operator classes, map, name), defaults of every
// kind, @updatedAt, @map/@@map, enums with mapped values, relations of every
// kind (one-to-one, one-to-many, self, several between one pair, composite
// foreign keys, references to unique fields, implicit and explicit
// many-to-many, referential actions, relationMode = "prisma"), @ignore and
// @@ignore, Unsupported types, views, @@schema (multiSchema) and
// extensions. It only writes schemas Prisma accepts; a schema the oracle or
// `prisma validate` rejects is a generator bug and is reported as such.

// gen builds one schema.
type gen struct {
	r        *rand.Rand
	provider string
	models   []*gModel
	enums    []*gEnum
	views    []*gModel
	schemas  []string // multiSchema: the datasource's schemas
	exts     []string // PostgreSQL extensions
	prismaRM bool     // relationMode = "prisma"
	preview  []string
	used     map[string]bool // model, enum and view names
	mapped   map[string]bool // database names of tables
}

type gModel struct {
	name, dbName string
	schema       string
	fields       []*gField
	id           []string // @@id fields (len > 1), or the @id field
	idAttrs      string   // @@id arguments after the field list
	attrs        []string // block attributes besides @@id, @@map, @@schema
	ignore       bool
	hasRelations bool
	// autoNames counts the constraints and indexes of a long-named model
	// left to Prisma's (truncated) default names: one at most, or the
	// truncated names could collide, which Prisma refuses.
	autoNames map[string]bool
}

// autoNamed reports whether a long-named model has used its one
// default-named constraint of a kind (idx, key, fkey) already, and takes it
// if not.
func (m *gModel) autoNamed(kind string) bool {
	if !isLong(m.name) {
		return false
	}
	if m.autoNames == nil {
		m.autoNames = map[string]bool{}
	}
	used := m.autoNames[kind]
	m.autoNames[kind] = true
	return used
}

// taken reports whether a default name (kind and columns) is used in the
// model already, and takes it if not.
func (m *gModel) taken(key string) bool {
	if m.autoNames == nil {
		m.autoNames = map[string]bool{}
	}
	used := m.autoNames["name:"+key]
	m.autoNames["name:"+key] = true
	return used
}

func isLong(name string) bool { return len(name) > 40 }

func truncate(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

type gField struct {
	name, typ  string // typ: scalar, enum or model name
	optional   bool
	list       bool
	native     string // "@db.X(...)" or ""
	attrs      []string
	scalar     string // the scalar kind ("" for enums and relations)
	enum       *gEnum
	relation   bool
	indexable  bool // may appear in an index or unique constraint
	uniqueable bool // may be @unique / an id
}

type gEnum struct {
	name, dbName string
	schema       string
	values       []string
	maps         map[string]string
}

func (f *gField) render() string {
	t := f.typ
	switch {
	case f.list:
		t += "[]"
	case f.optional:
		t += "?"
	}
	parts := []string{f.name, t}
	if f.native != "" {
		parts = append(parts, f.native)
	}
	parts = append(parts, f.attrs...)
	return strings.Join(parts, " ")
}

func (m *gModel) field(name string) *gField {
	for _, f := range m.fields {
		if f.name == name {
			return f
		}
	}
	return nil
}

// generateSchema returns schema n of a provider.
func generateSchema(provider string, n int) string {
	g := &gen{
		r:        rand.New(rand.NewPCG(uint64(n)+1, providerSeed(provider))),
		provider: provider,
		used:     map[string]bool{},
		mapped:   map[string]bool{},
	}
	g.build()
	return g.render()
}

func providerSeed(p string) uint64 {
	var h uint64 = 1469598103934665603
	for _, c := range p {
		h = (h ^ uint64(c)) * 1099511628211
	}
	return h
}

func (g *gen) chance(p float64) bool { return g.r.Float64() < p }
func (g *gen) intn(n int) int        { return g.r.IntN(n) }
func pick[T any](g *gen, xs []T) T   { return xs[g.r.IntN(len(xs))] }

func (g *gen) pg() bool     { return g.provider == "postgresql" }
func (g *gen) mysql() bool  { return g.provider == "mysql" }
func (g *gen) sqlite() bool { return g.provider == "sqlite" }

var nameWords = []string{"User", "Post", "Comment", "Tag", "Account", "Session", "Team", "Project", "Task",
	"Invoice", "Order", "Item", "Product", "Category", "Profile", "Address", "Event", "Ticket", "File",
	"Folder", "Note", "Message", "Channel", "Member", "Role", "Plan", "Price", "Coupon", "Review", "Rating",
	"Audit", "Log", "Token", "Device", "Region", "Store", "Cart", "Payment", "Refund", "Shipment"}

var fieldWords = []string{"title", "name", "email", "slug", "body", "status", "kind", "score", "amount",
	"count", "price", "createdAt", "updatedAt", "publishedAt", "data", "meta", "payload", "code", "label",
	"rank", "weight", "total", "balance", "note", "color", "flags", "level", "version", "avatar", "hash",
	"secret", "expiresAt", "startsAt", "endsAt", "isActive", "verified", "position", "ratio", "size", "url"}

// newName returns an unused block name, sometimes a long one (identifier
// truncation) or one with an underscore or digit.
func (g *gen) newName() string {
	for i := 0; ; i++ {
		n := pick(g, nameWords)
		switch {
		case g.chance(0.06):
			n += "WithAVeryLongNameThatGoesOnAndOnForTruncation"
		case g.chance(0.1):
			n += pick(g, []string{"Item", "Link", "_v2", "2", "History", "Entry"})
		}
		if i > 20 {
			n += strconv.Itoa(i)
		}
		if !g.used[strings.ToLower(n)] {
			g.used[strings.ToLower(n)] = true
			return n
		}
	}
}

func (g *gen) newField(m *gModel, base string) string {
	n := base
	for i := 2; m.field(n) != nil; i++ {
		n = base + strconv.Itoa(i)
	}
	return n
}

func lowerFirst(s string) string { return strings.ToLower(s[:1]) + s[1:] }

func (g *gen) build() {
	if g.pg() && g.chance(0.15) {
		g.schemas = []string{"public", pick(g, []string{"base", "app", "auth"}), pick(g, []string{"billing", "audit", "extra"})}
	}
	if g.pg() && g.chance(0.1) {
		g.preview = append(g.preview, "postgresqlExtensions")
		g.exts = []string{pick(g, []string{"citext", "pgcrypto", "hstore"})}
		if g.chance(0.5) && g.exts[0] != "citext" {
			g.exts = append(g.exts, "citext")
		}
	}
	if g.chance(0.08) {
		g.prismaRM = true
	}
	if !g.sqlite() || g.chance(0.5) {
		for i, n := 0, g.intn(3); i < n; i++ {
			g.addEnum()
		}
	}
	nModels := 1 + g.intn(5)
	for i := 0; i < nModels; i++ {
		g.addModel()
	}
	nRel := g.intn(len(g.models) + 2)
	for i := 0; i < nRel; i++ {
		g.addRelation()
	}
	if g.chance(0.12) {
		g.addIgnoredModel()
	}
	if g.chance(0.1) {
		g.preview = append(g.preview, "views")
		g.addView()
	}
	for _, m := range g.models {
		g.addIndexes(m)
	}
}

func (g *gen) schemaFor() string {
	if len(g.schemas) == 0 {
		return ""
	}
	return pick(g, g.schemas)
}

func (g *gen) addEnum() {
	e := &gEnum{name: g.newName(), maps: map[string]string{}}
	e.name += "Kind"
	e.schema = g.schemaFor()
	vals := []string{"ACTIVE", "INACTIVE", "PENDING", "DONE", "ARCHIVED", "draft", "Published", "LOW", "HIGH"}
	g.r.Shuffle(len(vals), func(i, j int) { vals[i], vals[j] = vals[j], vals[i] })
	e.values = vals[:1+g.intn(4)]
	for _, v := range e.values {
		if g.chance(0.15) {
			e.maps[v] = strings.ToLower(v) + "_value"
		}
	}
	if g.chance(0.15) {
		e.dbName = strings.ToLower(e.name) + "_type"
	}
	g.enums = append(g.enums, e)
}

// scalarKinds are Prisma's scalar types; lists exist on PostgreSQL only.
var scalarKinds = []string{"String", "String", "Int", "Int", "BigInt", "Float", "Decimal", "Boolean", "DateTime", "DateTime", "Json", "Bytes"}

func (g *gen) addModel() {
	m := &gModel{name: g.newName()}
	m.schema = g.schemaFor()
	if g.chance(0.15) {
		m.dbName = strings.ToLower(m.name) + "s"
		if g.mapped[strings.ToLower(m.dbName)] || g.used[strings.ToLower(m.dbName)] {
			m.dbName = ""
		} else {
			g.mapped[strings.ToLower(m.dbName)] = true
		}
	}
	g.models = append(g.models, m)
	g.addID(m)
	if g.chance(0.3) {
		f := &gField{name: g.newField(m, pick(g, []string{"email", "slug", "handle"})), typ: "String", scalar: "String", attrs: []string{"@unique"}, indexable: true, uniqueable: true}
		m.autoNamed("key")
		if g.mysql() && g.chance(0.5) {
			f.native = "@db.VarChar(120)"
		}
		m.fields = append(m.fields, f)
	}
	for i, n := 0, 1+g.intn(6); i < n; i++ {
		g.addScalar(m)
	}
	if len(g.enums) > 0 && g.chance(0.5) {
		g.addEnumField(m)
	}
	if g.chance(0.15) {
		g.addUnsupported(m)
	}
	if g.chance(0.1) {
		f := &gField{name: g.newField(m, "updatedAt"), typ: "DateTime", scalar: "DateTime", attrs: []string{"@updatedAt"}}
		m.fields = append(m.fields, f)
	}
}

// addID gives a model its primary key: an autoincrementing integer, a
// generated string, or a composite id.
func (g *gen) addID(m *gModel) {
	switch x := g.intn(10); {
	case x < 4:
		f := &gField{name: "id", typ: "Int", scalar: "Int", attrs: []string{"@id"}, indexable: true, uniqueable: true}
		if g.chance(0.8) {
			f.attrs = append(f.attrs, "@default(autoincrement())")
		}
		if g.pg() && g.chance(0.1) {
			f.native = "@db.SmallInt"
		}
		m.fields = append(m.fields, f)
		m.id = []string{"id"}
	case x < 5 && !g.sqlite():
		f := &gField{name: "id", typ: "BigInt", scalar: "BigInt", attrs: []string{"@id", "@default(autoincrement())"}, indexable: true, uniqueable: true}
		m.fields = append(m.fields, f)
		m.id = []string{"id"}
	case x < 8:
		f := &gField{name: "id", typ: "String", scalar: "String", attrs: []string{"@id"}, indexable: true, uniqueable: true}
		switch {
		case g.pg() && g.chance(0.3):
			f.native = "@db.Uuid"
			f.attrs = append(f.attrs, pick(g, []string{"@default(uuid())", "@default(dbgenerated(\"gen_random_uuid()\"))", "@default(uuid(7))"}))
		case g.mysql() && g.chance(0.3):
			f.native = pick(g, []string{"@db.VarChar(36)", "@db.Char(36)"})
			f.attrs = append(f.attrs, "@default(uuid())")
		default:
			f.attrs = append(f.attrs, pick(g, []string{"@default(cuid())", "@default(uuid())", "@default(cuid(2))", "@default(nanoid())", "@default(ulid())", "@default(uuid(4))", "@default(nanoid(12))"}))
		}
		if g.chance(0.1) {
			f.attrs = append(f.attrs, `@map("`+strings.ToLower(m.name)+`_id")`)
		}
		if g.chance(0.1) && g.pg() {
			f.attrs[0] = `@id(map: "` + truncate(strings.ToLower(m.name), 40) + `_primary")`
		}
		m.fields = append(m.fields, f)
		m.id = []string{"id"}
	default:
		a := &gField{name: g.newField(m, "tenantId"), typ: "String", scalar: "String", indexable: true, uniqueable: true}
		if g.mysql() {
			a.native = "@db.VarChar(64)"
		}
		b := &gField{name: g.newField(m, "number"), typ: "Int", scalar: "Int", indexable: true, uniqueable: true}
		m.fields = append(m.fields, a, b)
		m.id = []string{a.name, b.name}
		if g.chance(0.3) {
			m.idAttrs = `, name: "` + lowerFirst(m.name) + `Key"`
		}
		if g.chance(0.3) && g.pg() {
			m.idAttrs += `, map: "` + truncate(strings.ToLower(m.name), 40) + `_pk"`
		}
		if g.chance(0.2) {
			m.id = []string{b.name, a.name}
		}
	}
}

// nativeChoice is a native type attribute and what it allows.
type nativeChoice struct {
	attr       string
	indexable  bool   // may be indexed (MySQL: no TEXT/BLOB without a length)
	defaultFor string // kind of literal default it takes: "" same as the scalar, "none", "uuid", "inet", "bits:N", "chars:N", "date", "time", "xml"
}

func (g *gen) natives(scalar string) []nativeChoice {
	switch g.provider {
	case "postgresql":
		switch scalar {
		case "String":
			c := []nativeChoice{{"@db.Text", true, ""}, {"@db.VarChar(" + strconv.Itoa(20+g.intn(200)) + ")", true, ""}, {"@db.VarChar", true, ""},
				{"@db.Char(" + strconv.Itoa(8+g.intn(30)) + ")", true, "chars:8"}, {"@db.Char", true, "chars:1"}, {"@db.Uuid", true, "uuid"},
				{"@db.Xml", false, "xml"}, {"@db.Inet", true, "inet"}, {"@db.Bit(" + strconv.Itoa(1+g.intn(8)) + ")", true, "bits"},
				{"@db.Bit", true, "bits:1"}, {"@db.VarBit(" + strconv.Itoa(4+g.intn(8)) + ")", true, "bits:4"}, {"@db.VarBit", true, "bits:4"}}
			if slices.Contains(g.exts, "citext") {
				c = append(c, nativeChoice{"@db.Citext", true, ""})
			}
			return c
		case "Int":
			return []nativeChoice{{"@db.Integer", true, ""}, {"@db.SmallInt", true, ""}, {"@db.Oid", true, "unsigned"}}
		case "BigInt":
			return []nativeChoice{{"@db.BigInt", true, ""}}
		case "Float":
			return []nativeChoice{{"@db.DoublePrecision", true, ""}, {"@db.Real", true, ""}}
		case "Decimal":
			return []nativeChoice{{"@db.Decimal(" + strconv.Itoa(10+g.intn(20)) + ", " + strconv.Itoa(g.intn(6)) + ")", true, ""}, {"@db.Decimal", true, ""}, {"@db.Money", true, "none"}}
		case "DateTime":
			p := strconv.Itoa(g.intn(7))
			return []nativeChoice{{"@db.Timestamp(" + p + ")", true, ""}, {"@db.Timestamp", true, ""}, {"@db.Timestamptz(" + p + ")", true, ""},
				{"@db.Timestamptz", true, ""}, {"@db.Date", true, "date"}, {"@db.Time(" + p + ")", true, "time"}, {"@db.Time", true, "time"},
				{"@db.Timetz(" + p + ")", true, "time"}, {"@db.Timetz", true, "time"}}
		case "Json":
			return []nativeChoice{{"@db.Json", false, ""}, {"@db.JsonB", false, ""}}
		case "Bytes":
			return []nativeChoice{{"@db.ByteA", false, "none"}}
		case "Boolean":
			return []nativeChoice{{"@db.Boolean", true, ""}}
		}
	case "mysql":
		switch scalar {
		case "String":
			n := strconv.Itoa(8 + g.intn(180))
			return []nativeChoice{{"@db.VarChar(" + n + ")", true, ""}, {"@db.Char(" + n + ")", true, "chars:8"}, {"@db.Text", false, "none"},
				{"@db.TinyText", false, "none"}, {"@db.MediumText", false, "none"}, {"@db.LongText", false, "none"}}
		case "Int":
			return []nativeChoice{{"@db.Int", true, ""}, {"@db.UnsignedInt", true, "unsigned"}, {"@db.SmallInt", true, ""}, {"@db.UnsignedSmallInt", true, "unsigned"},
				{"@db.TinyInt", true, "tiny"}, {"@db.UnsignedTinyInt", true, "unsigned"}, {"@db.MediumInt", true, ""}, {"@db.UnsignedMediumInt", true, "unsigned"}, {"@db.Year", true, "year"}}
		case "BigInt":
			return []nativeChoice{{"@db.BigInt", true, ""}, {"@db.UnsignedBigInt", true, "unsigned"}}
		case "Float":
			return []nativeChoice{{"@db.Float", true, ""}, {"@db.Double", true, ""}}
		case "Decimal":
			// a scale of at least 1 (and integer defaults for DECIMAL(10,0)):
			// MySQL rounds a default to the column's scale
			return []nativeChoice{{"@db.Decimal(" + strconv.Itoa(10+g.intn(20)) + ", " + strconv.Itoa(2+g.intn(4)) + ")", true, ""}, {"@db.Decimal", true, "int"}}
		case "DateTime":
			p := strconv.Itoa(g.intn(7))
			return []nativeChoice{{"@db.DateTime(" + p + ")", true, "p:" + p}, {"@db.DateTime", true, "p:0"}, {"@db.Timestamp(" + p + ")", true, "p:" + p},
				{"@db.Timestamp", true, "p:0"}, {"@db.Date", true, "date"}, {"@db.Time(" + p + ")", true, "time"}, {"@db.Time", true, "time"}}
		case "Json":
			return []nativeChoice{{"@db.Json", false, ""}}
		case "Bytes":
			n := strconv.Itoa(4 + g.intn(60))
			return []nativeChoice{{"@db.Binary(" + n + ")", true, "none"}, {"@db.VarBinary(" + n + ")", true, "none"}, {"@db.TinyBlob", false, "none"},
				{"@db.Blob", false, "none"}, {"@db.MediumBlob", false, "none"}, {"@db.LongBlob", false, "none"}}
		case "Boolean":
			return []nativeChoice{{"@db.TinyInt", true, ""}, {"@db.Bit(1)", true, "none"}}
		}
	}
	return nil
}

func (g *gen) addScalar(m *gModel) {
	scalar := pick(g, scalarKinds)
	f := &gField{name: g.newField(m, pick(g, fieldWords)), typ: scalar, scalar: scalar, indexable: true, uniqueable: true}
	if scalar == "Json" || scalar == "Bytes" {
		f.indexable, f.uniqueable = false, false
	}
	if g.mysql() && scalar == "String" {
		// VARCHAR(191) by default: indexable.
	}
	literal := scalar
	if ns := g.natives(scalar); len(ns) > 0 && g.chance(0.45) {
		c := pick(g, ns)
		f.native = c.attr
		if !c.indexable {
			f.indexable, f.uniqueable = false, false
		}
		if c.defaultFor != "" {
			literal = c.defaultFor
		}
		if c.attr == "@db.Money" || c.attr == "@db.Xml" {
			f.uniqueable = false
		}
	}
	switch {
	case g.pg() && g.chance(0.12) && scalar != "Json":
		f.list = true
		f.indexable, f.uniqueable = false, false
	case g.chance(0.4):
		f.optional = true
	}
	if g.chance(0.45) {
		if d := g.defaultFor(f, literal); d != "" {
			f.attrs = append(f.attrs, d)
		}
	}
	if g.chance(0.1) {
		f.attrs = append(f.attrs, `@map("`+strings.ToLower(f.name)+`_col")`)
	}
	if g.chance(0.04) && !f.list && !m.ignore {
		f.attrs = append(f.attrs, "@ignore")
		f.optional = true
		f.indexable, f.uniqueable = false, false
	}
	m.fields = append(m.fields, f)
}

// defaultFor writes a @default that fits the field's type.
func (g *gen) defaultFor(f *gField, literal string) string {
	if f.list {
		switch f.scalar {
		case "Int":
			return pick(g, []string{"@default([])", "@default([1, 2, 3])"})
		case "String":
			if literal == "String" {
				return pick(g, []string{"@default([])", `@default(["a", "b"])`})
			}
			return "@default([])"
		case "Boolean":
			return "@default([true, false])"
		case "Float":
			return "@default([1.5])"
		}
		return ""
	}
	switch {
	case literal == "none":
		if g.chance(0.2) {
			return "@default(dbgenerated())"
		}
		return ""
	case literal == "uuid":
		return pick(g, []string{"@default(uuid())", `@default(dbgenerated("gen_random_uuid()"))`, `@default("8b0f2c1e-7a3d-4c55-9b1a-2f6e7d8c9a0b")`})
	case literal == "inet":
		return `@default("127.0.0.1")`
	case literal == "xml":
		return ""
	case strings.HasPrefix(literal, "bits"):
		n := 1
		if i := strings.IndexByte(literal, ':'); i > 0 {
			n, _ = strconv.Atoi(literal[i+1:])
		} else if open := strings.IndexByte(f.native, '('); open > 0 {
			n, _ = strconv.Atoi(strings.TrimSuffix(f.native[open+1:], ")"))
		}
		return `@default("` + strings.Repeat("1", n) + `")`
	case strings.HasPrefix(literal, "chars:"):
		n, _ := strconv.Atoi(literal[len("chars:"):])
		return `@default("` + "abcdefgh"[:n] + `")`
	case literal == "date":
		if g.mysql() {
			return "" // no date literal (see "p:"), no now() on DATE
		}
		return pick(g, []string{"@default(now())", `@default("2024-01-02T00:00:00.000Z")`, `@default(dbgenerated("CURRENT_DATE"))`})
	case literal == "time":
		if g.mysql() {
			return ""
		}
		return pick(g, []string{"@default(now())", ""})
	case literal == "unsigned":
		return "@default(" + strconv.Itoa(g.intn(100)) + ")"
	case literal == "tiny":
		return "@default(" + strconv.Itoa(g.intn(100)-50) + ")"
	case literal == "year":
		return "@default(2024)"
	case strings.HasPrefix(literal, "p:"):
		// MySQL DATETIME/TIMESTAMP(p): now() renders CURRENT_TIMESTAMP(p).
		// No date-time literal: Prisma writes it with an offset
		// ('2024-01-02T03:04:05+00:00'), which MariaDB refuses.
		if literal == "p:0" {
			return pick(g, []string{"@default(now())", `@default(dbgenerated("CURRENT_TIMESTAMP"))`, ""})
		}
		return pick(g, []string{"@default(now())", `@default(dbgenerated("CURRENT_TIMESTAMP(` + literal[2:] + `)"))`})
	case literal == "int":
		return pick(g, []string{"@default(0)", "@default(7)"})
	}
	switch f.scalar {
	case "String":
		ds := []string{`@default("")`, `@default("hello")`, `@default("it's")`, `@default("a \"quoted\" word")`, `@default("back\\slash")`,
			"@default(uuid())", "@default(cuid())", "@default(nanoid())"}
		if g.pg() {
			ds = append(ds, `@default(dbgenerated("'fixed'::text"))`, `@default(dbgenerated("(gen_random_uuid())::text"))`, "@default(dbgenerated())")
		}
		if g.sqlite() {
			ds = append(ds, `@default(dbgenerated("'x'"))`)
		}
		if g.mysql() {
			ds = append(ds, `@default(dbgenerated("(uuid())"))`)
		}
		return pick(g, ds)
	case "Int":
		ds := []string{"@default(0)", "@default(42)", "@default(-7)"}
		if g.pg() {
			ds = append(ds, `@default(dbgenerated("(1 + 2)"))`, "@default(dbgenerated())")
		}
		if g.sqlite() {
			ds = append(ds, `@default(dbgenerated("1"))`)
		}
		return pick(g, ds)
	case "BigInt":
		return pick(g, []string{"@default(0)", "@default(1234567890123)"})
	case "Float":
		return pick(g, []string{"@default(0)", "@default(1.5)", "@default(-2.25)"})
	case "Decimal":
		return pick(g, []string{"@default(0)", "@default(1.5)", `@default("2.25")`})
	case "Boolean":
		return pick(g, []string{"@default(true)", "@default(false)"})
	case "DateTime":
		ds := []string{"@default(now())", "@default(now())", `@default("2024-01-02T03:04:05.000Z")`}
		if g.mysql() {
			ds = []string{"@default(now())", `@default(dbgenerated("CURRENT_TIMESTAMP(3)"))`} // see "p:"
		}
		if g.pg() {
			ds = append(ds, `@default(dbgenerated("now()"))`, `@default(dbgenerated("CURRENT_TIMESTAMP"))`, `@default(dbgenerated("(now() + '1 day'::interval)"))`)
		}
		if g.sqlite() {
			ds = append(ds, `@default(dbgenerated("CURRENT_TIMESTAMP"))`)
		}
		return pick(g, ds)
	case "Json":
		if g.mysql() || g.sqlite() {
			// MySQL has no JSON defaults; Prisma renders SQLite's unquoted
			// (DEFAULT {"a": 1}), which SQLite refuses, so its own round
			// trip fails (P3006).
			return ""
		}
		return pick(g, []string{`@default("{}")`, `@default("[]")`, `@default("{\"a\": 1}")`})
	}
	return ""
}

func (g *gen) addEnumField(m *gModel) {
	e := pick(g, g.enums)
	f := &gField{name: g.newField(m, lowerFirst(strings.TrimSuffix(e.name, "Kind"))+"Kind"), typ: e.name, enum: e, indexable: true, uniqueable: true}
	switch {
	case g.pg() && g.chance(0.15):
		f.list = true
		f.indexable, f.uniqueable = false, false
		if g.chance(0.5) {
			f.attrs = append(f.attrs, "@default(["+e.values[0]+"])")
		}
	case g.chance(0.3):
		f.optional = true
	}
	if !f.list && g.chance(0.6) {
		f.attrs = append(f.attrs, "@default("+pick(g, e.values)+")")
	}
	m.fields = append(m.fields, f)
}

func (g *gen) addUnsupported(m *gModel) {
	var types []string
	switch g.provider {
	case "postgresql":
		types = []string{"circle", "tsvector", "int4range", "point", "interval", "cidr", "macaddr", "Int4", "box", "lseg", "tsquery", "polygon"}
	case "mysql":
		types = []string{"POINT", "GEOMETRY", "LINESTRING", "POLYGON", "point", "multipoint", "GEOMETRYCOLLECTION"}
	default:
		types = []string{"circle", "Int4", "NUMERIC", "money", "VARCHAR(10)", "DATE", "geometry"}
	}
	f := &gField{name: g.newField(m, "raw"), typ: `Unsupported("` + pick(g, types) + `")`, optional: true}
	m.fields = append(m.fields, f)
}

// idFields returns the fields a relation can reference on m: its id, or a
// unique scalar field.
func (g *gen) referenceTarget(m *gModel) []*gField {
	if g.chance(0.2) {
		for _, f := range m.fields {
			if f.uniqueable && slices.Contains(f.attrs, "@unique") && !f.optional {
				return []*gField{f}
			}
		}
	}
	out := make([]*gField, len(m.id))
	for i, n := range m.id {
		out[i] = m.field(n)
	}
	return out
}

var actions = []string{"Cascade", "Restrict", "NoAction", "SetNull", "SetDefault"}

// action picks a referential action the provider and relation allow:
// SetNull needs optional fields; MySQL has no SetDefault; relationMode
// "prisma" emulates only Cascade, Restrict and SetNull.
func (g *gen) action(optional bool, fallback string) string {
	a := pick(g, actions)
	switch {
	case a == "SetNull" && !optional,
		a == "SetDefault" && (g.mysql() || g.prismaRM),
		a == "NoAction" && g.prismaRM:
		return fallback
	}
	return a
}

func (g *gen) addRelation() {
	if len(g.models) == 0 {
		return
	}
	switch x := g.intn(10); {
	case x < 5:
		g.oneToMany(pick(g, g.models), pick(g, g.models), false)
	case x < 7:
		g.oneToMany(pick(g, g.models), pick(g, g.models), true)
	case x < 9:
		a, b := pick(g, g.models), pick(g, g.models)
		if a != b && len(a.id) == 1 && len(b.id) == 1 && !g.prismaRM {
			g.implicitManyToMany(a, b)
		} else {
			g.oneToMany(a, b, false)
		}
	default:
		a, b := pick(g, g.models), pick(g, g.models)
		if a != b {
			g.explicitManyToMany(a, b)
		}
	}
}

// relationName names a relation when the pair needs it (a self relation or
// a second relation between two models).
func (g *gen) relationName(a, b *gModel) string {
	if a == b || g.related(a, b) || g.chance(0.1) {
		n := strconv.Itoa(g.intn(1000))
		if g.mysql() {
			// The number first: MySQL's foreign key names are database-wide,
			// and two join tables _<name>_A_fkey of long relation names
			// differing only at the end collide once truncated to 64
			// characters (Prisma validates the schema, its migration fails).
			return `"R` + n + a.name + "To" + b.name + `"`
		}
		return `"` + a.name + "To" + b.name + n + `"`
	}
	return ""
}

func (g *gen) related(a, b *gModel) bool {
	for _, f := range a.fields {
		if f.relation && (f.typ == b.name) {
			return true
		}
	}
	for _, f := range b.fields {
		if f.relation && (f.typ == a.name) {
			return true
		}
	}
	return false
}

// oneToMany adds child.parent → parent (one-to-one when unique).
func (g *gen) oneToMany(child, parent *gModel, oneToOne bool) {
	if g.prismaRM && slices.Index(g.models, child) <= slices.Index(g.models, parent) {
		// relationMode "prisma" refuses cycles of referential actions
		// (self relations included) unless they are NoAction, which it
		// does not emulate on every provider: relations only point back.
		return
	}
	refs := g.referenceTarget(parent)
	name := g.relationName(child, parent)
	optional := g.chance(0.5) || child == parent
	var fkNames []string
	for _, r := range refs {
		fk := &gField{name: g.newField(child, lowerFirst(strings.TrimSuffix(parent.name, "WithAVeryLongNameThatGoesOnAndOnForTruncation"))+strings.ToUpper(r.name[:1])+r.name[1:]),
			typ: r.typ, scalar: r.scalar, native: r.native, optional: optional, indexable: true}
		if child == parent && fk.name == r.name {
			fk.name = g.newField(child, "parent"+strings.ToUpper(r.name[:1])+r.name[1:])
		}
		if g.chance(0.08) {
			fk.attrs = append(fk.attrs, `@map("`+strings.ToLower(fk.name)+`_ref")`)
		}
		child.fields = append(child.fields, fk)
		fkNames = append(fkNames, fk.name)
	}
	if oneToOne {
		named := ""
		if child.autoNamed("key") {
			named = `map: "` + truncate(strings.ToLower(child.name), 40) + "_" + strings.ToLower(fkNames[0]) + `_one"`
		}
		switch {
		case len(fkNames) == 1 && named != "":
			child.field(fkNames[0]).attrs = append(child.field(fkNames[0]).attrs, "@unique("+named+")")
		case len(fkNames) == 1:
			child.field(fkNames[0]).attrs = append(child.field(fkNames[0]).attrs, "@unique")
		case named != "":
			child.attrs = append(child.attrs, "@@unique(["+strings.Join(fkNames, ", ")+"], "+named+")")
		default:
			child.attrs = append(child.attrs, "@@unique(["+strings.Join(fkNames, ", ")+"])")
		}
	}
	args := []string{}
	if name != "" {
		args = append(args, name)
	}
	refNames := make([]string, len(refs))
	for i, r := range refs {
		refNames[i] = r.name
	}
	args = append(args, "fields: ["+strings.Join(fkNames, ", ")+"]", "references: ["+strings.Join(refNames, ", ")+"]")
	if g.chance(0.5) {
		args = append(args, "onDelete: "+g.action(optional, "Cascade"))
	}
	if g.chance(0.3) {
		args = append(args, "onUpdate: "+g.action(optional, "Restrict"))
	}
	if (g.chance(0.1) || child.autoNamed("fkey")) && !g.sqlite() {
		args = append(args, `map: "`+truncate(strings.ToLower(child.name), 40)+"_"+strings.ToLower(fkNames[0])+`_fk"`)
	}
	fwd := &gField{name: g.newField(child, lowerFirst(parent.name)), typ: parent.name, optional: optional, relation: true,
		attrs: []string{"@relation(" + strings.Join(args, ", ") + ")"}}
	child.fields = append(child.fields, fwd)
	back := &gField{name: g.newField(parent, lowerFirst(child.name)+"s"), typ: child.name, relation: true}
	if oneToOne {
		back.name = g.newField(parent, lowerFirst(child.name))
		back.optional = true
	} else {
		back.list = true
	}
	if name != "" {
		back.attrs = []string{"@relation(" + name + ")"}
	}
	parent.fields = append(parent.fields, back)
	child.hasRelations, parent.hasRelations = true, true
	if g.chance(0.4) && !oneToOne {
		s := "@@index([" + strings.Join(fkNames, ", ") + "]"
		if child.autoNamed("idx") || child.taken("idx:"+strings.Join(fkNames, ",")) {
			s += `, map: "` + truncate(strings.ToLower(child.name), 40) + "_" + strings.ToLower(fkNames[0]) + `_fx"`
		}
		child.attrs = append(child.attrs, s+")")
	}
}

func (g *gen) implicitManyToMany(a, b *gModel) {
	name := g.relationName(a, b)
	fa := &gField{name: g.newField(a, lowerFirst(b.name)+"s"), typ: b.name, list: true, relation: true}
	fb := &gField{name: g.newField(b, lowerFirst(a.name)+"s"), typ: a.name, list: true, relation: true}
	if name != "" {
		fa.attrs = []string{"@relation(" + name + ")"}
		fb.attrs = []string{"@relation(" + name + ")"}
	}
	a.fields = append(a.fields, fa)
	b.fields = append(b.fields, fb)
	a.hasRelations, b.hasRelations = true, true
}

func (g *gen) explicitManyToMany(a, b *gModel) {
	j := &gModel{name: g.newName()}
	j.schema = g.schemaFor()
	g.models = append(g.models, j)
	var ids []string
	for _, p := range []*gModel{a, b} {
		refs := g.referenceTarget(p)
		var fks, rn []string
		for _, r := range refs {
			fk := &gField{name: g.newField(j, lowerFirst(p.name)+strings.ToUpper(r.name[:1])+r.name[1:]), typ: r.typ, scalar: r.scalar, native: r.native, indexable: true}
			j.fields = append(j.fields, fk)
			fks, rn = append(fks, fk.name), append(rn, r.name)
		}
		ids = append(ids, fks...)
		args := "fields: [" + strings.Join(fks, ", ") + "], references: [" + strings.Join(rn, ", ") + "]"
		if g.chance(0.5) {
			args += ", onDelete: Cascade"
		}
		j.fields = append(j.fields, &gField{name: g.newField(j, lowerFirst(p.name)), typ: p.name, relation: true, attrs: []string{"@relation(" + args + ")"}})
		p.fields = append(p.fields, &gField{name: g.newField(p, lowerFirst(j.name)+"s"), typ: j.name, list: true, relation: true})
		p.hasRelations = true
	}
	j.id = ids
	j.hasRelations = true
	if g.chance(0.5) {
		j.fields = append(j.fields, &gField{name: "assignedAt", typ: "DateTime", scalar: "DateTime", attrs: []string{"@default(now())"}})
	}
}

func (g *gen) addIgnoredModel() {
	m := &gModel{name: g.newName(), ignore: true}
	m.schema = g.schemaFor()
	g.addID(m)
	g.addScalar(m)
	g.models = append(g.models, m)
}

func (g *gen) addView() {
	v := &gModel{name: g.newName() + "View"}
	v.schema = g.schemaFor()
	v.fields = []*gField{{name: "id", typ: "Int", attrs: []string{"@unique"}}, {name: "label", typ: "String", optional: true}}
	g.views = append(g.views, v)
}

// addIndexes adds @unique, @@unique and @@index on the model's indexable
// scalar fields, with the options the provider has.
func (g *gen) addIndexes(m *gModel) {
	var cand []*gField
	for _, f := range m.fields {
		if f.indexable && !f.relation && !slices.Contains(m.id, f.name) {
			cand = append(cand, f)
		}
	}
	if len(cand) == 0 {
		g.addSpecialIndex(m)
		return
	}
	if g.chance(0.35) {
		f := pick(g, cand)
		if f.uniqueable && !slices.ContainsFunc(f.attrs, func(a string) bool { return strings.HasPrefix(a, "@unique") }) {
			a := "@unique"
			switch {
			case g.chance(0.2) || m.autoNamed("key"):
				a = `@unique(map: "` + truncate(strings.ToLower(m.name), 40) + "_" + strings.ToLower(f.name) + `_uq")`
			case g.chance(0.15) && !g.sqlite():
				a = "@unique(sort: Desc)"
			}
			f.attrs = append(f.attrs, a)
		}
	}
	if g.chance(0.3) && len(cand) >= 2 {
		a, b := pick(g, cand), pick(g, cand)
		if a != b && a.uniqueable && b.uniqueable {
			s := "@@unique([" + a.name + ", " + b.name + "]"
			if g.chance(0.3) {
				s += `, name: "` + a.name + "And" + strings.ToUpper(b.name[:1]) + b.name[1:] + `"`
			}
			if g.chance(0.3) || m.autoNamed("key") {
				s += `, map: "` + truncate(strings.ToLower(m.name), 40) + `_pair_key"`
			}
			m.attrs = append(m.attrs, s+")")
		}
	}
	for i, n := 0, g.intn(3); i < n; i++ {
		f := pick(g, cand)
		col := f.name
		if g.chance(0.25) {
			col += "(sort: Desc)"
		} else if g.mysql() && f.scalar == "String" && g.chance(0.2) {
			col += "(length: 10)"
		}
		cols := []string{col}
		if g.chance(0.3) {
			if o := pick(g, cand); o != f {
				cols = append(cols, o.name)
			}
		}
		s := "@@index([" + strings.Join(cols, ", ") + "]"
		if g.pg() && g.chance(0.2) && len(cols) == 1 && !strings.Contains(col, "sort") {
			switch {
			case f.scalar == "DateTime" || f.scalar == "Int":
				s += ", type: " + pick(g, []string{"Brin", "Hash", "BTree"})
			case f.native == "@db.Inet":
				s += ", type: Gist"
				s = "@@index([" + f.name + "(ops: InetOps)], type: Gist"
			case f.scalar == "String" && (f.native == "" || f.native == "@db.Text" || f.native == "@db.Uuid" || strings.HasPrefix(f.native, "@db.VarChar")):
				s += ", type: Hash"
			}
		}
		plain := make([]string, len(cols))
		for i, c := range cols {
			plain[i], _, _ = strings.Cut(c, "(")
		}
		if g.chance(0.2) || m.autoNamed("idx") || m.taken("idx:"+strings.Join(plain, ",")) {
			s += `, map: "` + truncate(strings.ToLower(m.name), 40) + "_" + strings.ToLower(f.name) + "_" + strconv.Itoa(i) + `_ix"`
		}
		s += ")"
		if !slices.Contains(m.attrs, s) {
			m.attrs = append(m.attrs, s)
		}
	}
	if g.chance(0.2) {
		g.addSpecialIndex(m)
	}
}

// addSpecialIndex adds a GIN index on a Json or list column or an SP-GiST
// one on a text column (PostgreSQL), or a full-text index (MySQL).
func (g *gen) addSpecialIndex(m *gModel) {
	for _, f := range m.fields {
		if f.relation || f.enum != nil || slices.Contains(f.attrs, "@ignore") {
			continue
		}
		var s string
		switch {
		case g.pg() && f.scalar == "Json" && f.native != "@db.Json" && !f.list:
			s = "@@index([" + f.name + pick(g, []string{"", "(ops: JsonbPathOps)", "(ops: JsonbOps)"}) + "], type: Gin"
		case g.pg() && f.list && (f.scalar == "Int" || f.scalar == "String"):
			s = "@@index([" + f.name + "], type: Gin"
		case g.pg() && f.scalar == "String" && !f.list && (f.native == "" || f.native == "@db.Text") && g.chance(0.5):
			s = "@@index([" + f.name + "], type: SpGist"
		case g.mysql() && f.scalar == "String" && !f.list:
			s = "@@fulltext([" + f.name + "]"
		default:
			continue
		}
		if m.autoNamed("idx") || m.taken("idx:"+f.name) {
			s += `, map: "` + truncate(strings.ToLower(m.name), 40) + "_" + strings.ToLower(f.name) + `_sx"`
		}
		m.attrs = append(m.attrs, s+")")
		return
	}
}

func (g *gen) render() string {
	var b strings.Builder
	b.WriteString("// Generated by scripts/acceptgen (differential); see testdata/generated/differential/README.md.\n")
	b.WriteString("datasource db {\n  provider = \"" + g.provider + "\"\n")
	if len(g.schemas) > 0 {
		b.WriteString("  schemas  = [" + quoteList(g.schemas) + "]\n")
	}
	if len(g.exts) > 0 {
		b.WriteString("  extensions = [" + strings.Join(g.exts, ", ") + "]\n")
	}
	if g.prismaRM {
		b.WriteString("  relationMode = \"prisma\"\n")
	}
	b.WriteString("}\n\ngenerator client {\n  provider = \"prisma-client-js\"\n")
	if len(g.preview) > 0 {
		b.WriteString("  previewFeatures = [" + quoteList(g.preview) + "]\n")
	}
	b.WriteString("}\n")
	for _, e := range g.enums {
		b.WriteString("\nenum " + e.name + " {\n")
		for _, v := range e.values {
			b.WriteString("  " + v)
			if m := e.maps[v]; m != "" {
				b.WriteString(` @map("` + m + `")`)
			}
			b.WriteString("\n")
		}
		if e.dbName != "" {
			b.WriteString("\n  @@map(\"" + e.dbName + "\")\n")
		}
		if e.schema != "" {
			b.WriteString("  @@schema(\"" + e.schema + "\")\n")
		}
		b.WriteString("}\n")
	}
	for _, m := range g.models {
		g.renderModel(&b, "model", m)
	}
	for _, v := range g.views {
		g.renderModel(&b, "view", v)
	}
	return b.String()
}

func (g *gen) hasFulltext() bool {
	for _, m := range g.models {
		for _, a := range m.attrs {
			if strings.HasPrefix(a, "@@fulltext") {
				return true
			}
		}
	}
	return false
}

func (g *gen) renderModel(b *strings.Builder, kw string, m *gModel) {
	b.WriteString("\n" + kw + " " + m.name + " {\n")
	for _, f := range m.fields {
		if m.ignore && f.relation {
			continue
		}
		b.WriteString("  " + f.render() + "\n")
	}
	var block []string
	if len(m.id) > 1 {
		block = append(block, "@@id(["+strings.Join(m.id, ", ")+"]"+m.idAttrs+")")
	}
	block = append(block, m.attrs...)
	if m.dbName != "" {
		block = append(block, `@@map("`+m.dbName+`")`)
	}
	if m.ignore {
		block = append(block, "@@ignore")
	}
	if m.schema != "" {
		block = append(block, `@@schema("`+m.schema+`")`)
	}
	if len(block) > 0 {
		b.WriteString("\n")
		for _, a := range block {
			b.WriteString("  " + a + "\n")
		}
	}
	b.WriteString("}\n")
}

func quoteList(xs []string) string {
	q := make([]string, len(xs))
	for i, x := range xs {
		q[i] = strconv.Quote(x)
	}
	return strings.Join(q, ", ")
}
