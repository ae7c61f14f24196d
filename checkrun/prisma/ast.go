// Package prisma parses the Prisma Schema Language (PSL) into an AST with
// source positions (this file and parser.go) and lowers a parsed schema to the
// database catalogue Prisma Migrate would create (lower*.go).
package prisma

import "strconv"

// Position is a place in a schema file. Line and Column are 1-based; Offset is
// the 0-based byte offset. Lines end at \n, \r\n or \r; Column counts
// characters (Unicode code points), not bytes.
type Position struct {
	File   string
	Line   int
	Column int
	Offset int
}

// Span is the source range of a node.
type Span struct {
	Start Position
	End   Position // just past the node
}

// Schema is a whole Prisma schema: one file, or every *.prisma file of a
// multi-file schema folder.
type Schema struct {
	Files []*File
}

// File is one parsed .prisma file.
type File struct {
	Path   string
	Blocks []Block // in source order
}

// Block is a top-level declaration: *Model (model, view or type), *Enum,
// *Datasource or *Generator.
type Block interface {
	BlockName() string
	BlockSpan() Span
}

// ModelKind tells a model from a view or a composite type.
type ModelKind string

const (
	KindModel ModelKind = "model"
	KindView  ModelKind = "view"
	KindType  ModelKind = "type" // composite type (MongoDB)
)

// Model is a `model`, `view` or `type` block.
type Model struct {
	Kind       ModelKind
	Name       string
	NameSpan   Span
	Span       Span   // from the keyword to the closing brace
	Doc        string // `///` comment lines directly above, joined with "\n"
	Fields     []*Field
	Attributes []*Attribute // block attributes (@@id, @@map, …)
}

func (m *Model) BlockName() string { return m.Name }
func (m *Model) BlockSpan() Span   { return m.Span }

// Field finds a field by name, or nil.
func (m *Model) Field(name string) *Field {
	for _, f := range m.Fields {
		if f.Name == name {
			return f
		}
	}
	return nil
}

// Attribute finds the first block attribute with the name (without "@@"), or nil.
func (m *Model) Attribute(name string) *Attribute { return findAttr(m.Attributes, name) }

// Field is a model field.
type Field struct {
	Name       string
	Type       FieldType
	Span       Span // the whole line's declaration
	Doc        string
	Attributes []*Attribute // field attributes (@id, @default, …)
}

// Attribute finds the first field attribute with the name (without "@"), or nil.
func (f *Field) Attribute(name string) *Attribute { return findAttr(f.Attributes, name) }

// FieldType is a field's type reference.
type FieldType struct {
	Name     string // "String", "Int", a model or enum name, or "Unsupported"
	Optional bool   // Type?
	List     bool   // Type[]
	// Unsupported holds the string argument of Unsupported("…").
	Unsupported string
	Span        Span
}

// Attribute is `@name(args)` or `@@name(args)`. Name excludes the @ signs and
// keeps a namespace: "id", "default", "db.VarChar".
type Attribute struct {
	Name  string
	Block bool // @@
	Args  []*Arg
	Span  Span
}

// Arg finds a named argument, or nil.
func (a *Attribute) Arg(name string) *Arg {
	for _, x := range a.Args {
		if x.Name == name {
			return x
		}
	}
	return nil
}

// Positional returns the i-th unnamed argument, or nil.
func (a *Attribute) Positional(i int) *Arg {
	n := 0
	for _, x := range a.Args {
		if x.Name == "" {
			if n == i {
				return x
			}
			n++
		}
	}
	return nil
}

// Arg is an argument of an attribute or function: `name: value` or `value`.
type Arg struct {
	Name  string // "" for positional
	Value Expr
	Span  Span
}

// Expr is an argument value: *StringLit, *NumberLit, *Ident (true, false,
// field references, constants such as Cascade; dotted paths are one Ident),
// *Array or *Call.
type Expr interface {
	ExprSpan() Span
}

// StringLit is a string literal with escapes resolved.
type StringLit struct {
	Value string
	Span  Span
}

// NumberLit is a number literal as written.
type NumberLit struct {
	Value string
	Span  Span
}

// Ident is a bare identifier or dotted path: true, Cascade, id, db.VarChar.
type Ident struct {
	Name string
	Span Span
}

// Array is `[a, b]`.
type Array struct {
	Elems []Expr
	Span  Span
}

// Call is a function call `name(args)`: now(), uuid(4), dbgenerated("…"),
// or a field with arguments in an index list: `title(ops: raw("…"), sort: Desc)`.
type Call struct {
	Name string
	Args []*Arg
	Span Span
}

func (e *StringLit) ExprSpan() Span { return e.Span }
func (e *NumberLit) ExprSpan() Span { return e.Span }
func (e *Ident) ExprSpan() Span     { return e.Span }
func (e *Array) ExprSpan() Span     { return e.Span }
func (e *Call) ExprSpan() Span      { return e.Span }

// Enum is an `enum` block.
type Enum struct {
	Name       string
	NameSpan   Span
	Span       Span
	Doc        string
	Values     []*EnumValue
	Attributes []*Attribute // @@map, @@schema
}

func (e *Enum) BlockName() string { return e.Name }
func (e *Enum) BlockSpan() Span   { return e.Span }

// Attribute finds the first block attribute with the name, or nil.
func (e *Enum) Attribute(name string) *Attribute { return findAttr(e.Attributes, name) }

// EnumValue is one value line of an enum.
type EnumValue struct {
	Name       string
	Span       Span
	Doc        string
	Attributes []*Attribute // @map
}

// Property is `key = value` inside a datasource or generator block.
type Property struct {
	Key   string
	Value Expr // env("X") is a *Call
	Span  Span
}

// Datasource is a `datasource` block.
type Datasource struct {
	Name       string
	Span       Span
	Properties []*Property
}

func (d *Datasource) BlockName() string { return d.Name }
func (d *Datasource) BlockSpan() Span   { return d.Span }

// Property finds a property by key, or nil.
func (d *Datasource) Property(key string) *Property { return findProp(d.Properties, key) }

// Generator is a `generator` block.
type Generator struct {
	Name       string
	Span       Span
	Properties []*Property
}

func (g *Generator) BlockName() string { return g.Name }
func (g *Generator) BlockSpan() Span   { return g.Span }

// Property finds a property by key, or nil.
func (g *Generator) Property(key string) *Property { return findProp(g.Properties, key) }

func findAttr(list []*Attribute, name string) *Attribute {
	for _, a := range list {
		if a.Name == name {
			return a
		}
	}
	return nil
}

func findProp(list []*Property, key string) *Property {
	for _, p := range list {
		if p.Key == key {
			return p
		}
	}
	return nil
}

// Diagnostic is a positioned problem found while parsing or lowering.
type Diagnostic struct {
	Pos      Position
	Severity string // "error" or "warning"
	Message  string
}

func (d Diagnostic) Error() string {
	return d.Pos.File + ":" + strconv.Itoa(d.Pos.Line) + ":" + strconv.Itoa(d.Pos.Column) + ": " + d.Message
}

// Models returns every model, view and composite type across files, in order.
func (s *Schema) Models() []*Model {
	var out []*Model
	for _, f := range s.Files {
		for _, b := range f.Blocks {
			if m, ok := b.(*Model); ok {
				out = append(out, m)
			}
		}
	}
	return out
}

// Enums returns every enum across files, in order.
func (s *Schema) Enums() []*Enum {
	var out []*Enum
	for _, f := range s.Files {
		for _, b := range f.Blocks {
			if e, ok := b.(*Enum); ok {
				out = append(out, e)
			}
		}
	}
	return out
}

// Datasource returns the first datasource block, or nil.
func (s *Schema) Datasource() *Datasource {
	for _, f := range s.Files {
		for _, b := range f.Blocks {
			if d, ok := b.(*Datasource); ok {
				return d
			}
		}
	}
	return nil
}
