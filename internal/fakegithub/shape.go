package fakegithub

import (
	"bytes"
	"encoding/json"
	"time"

	"github.com/getkin/kin-openapi/openapi3"
)

// M is a JSON object under construction.
type M = map[string]any

// maxSkeletonDepth bounds the recursion through required nested objects.
const maxSkeletonDepth = 12

// shaped builds a response body for opID and status: the fake's data,
// normalised through JSON, with every property the schema requires filled
// in with a valid placeholder when the fake has no value for it.
func (s *Server) shaped(opID string, status int, data any) any {
	rt := s.spec.operation(opID)
	if rt == nil {
		return data
	}
	resp := rt.op.Operation.Responses.Status(status)
	if resp == nil || resp.Value == nil {
		return data
	}
	media := resp.Value.Content.Get("application/json")
	if media == nil || media.Schema == nil {
		return data
	}
	return fill(media.Schema.Value, normalise(data), 0)
}

// normalise turns Go values into the generic JSON model (map[string]any,
// []any, json.Number, string, bool, nil).
func normalise(v any) any {
	raw, err := json.Marshal(v)
	if err != nil {
		return v
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var out any
	if err := dec.Decode(&out); err != nil {
		return v
	}
	return out
}

// fill overlays data on schema's skeleton.
func fill(schema *openapi3.Schema, data any, depth int) any {
	if schema == nil || depth > maxSkeletonDepth {
		return data
	}
	if alts := alternatives(schema); len(alts) > 0 {
		return fill(pick(alts, data, depth), data, depth)
	}
	schema = merged(schema)
	switch v := data.(type) {
	case map[string]any:
		required := map[string]bool{}
		for _, name := range schema.Required {
			required[name] = true
		}
		for name, ref := range schema.Properties {
			value, present := v[name]
			switch {
			case !present || ref == nil || ref.Value == nil:
			case value == nil && !required[name] && !ref.Value.Nullable && len(alternatives(ref.Value)) == 0:
				// GitHub sends null where its spec says integer (an
				// outdated comment's line); omit it to stay valid.
				delete(v, name)
			default:
				v[name] = fill(ref.Value, value, depth+1)
			}
		}
		for _, name := range schema.Required {
			if _, present := v[name]; !present {
				v[name] = skeleton(propertySchema(schema, name), depth+1)
			}
		}
		return v
	case []any:
		if schema.Items != nil {
			for i := range v {
				v[i] = fill(schema.Items.Value, v[i], depth+1)
			}
		}
		return v
	}
	return data
}

// skeleton is the smallest value valid for schema.
func skeleton(schema *openapi3.Schema, depth int) any {
	if schema == nil {
		return nil
	}
	if alts := alternatives(schema); len(alts) > 0 {
		return skeleton(alts[0], depth)
	}
	schema = merged(schema)
	if schema.Nullable {
		return nil
	}
	if len(schema.Enum) > 0 {
		return schema.Enum[0]
	}
	switch {
	case schema.Type.Is("object") || (schema.Type == nil && len(schema.Properties) > 0):
		obj := M{}
		if depth > maxSkeletonDepth {
			return obj
		}
		for _, name := range schema.Required {
			obj[name] = skeleton(propertySchema(schema, name), depth+1)
		}
		return obj
	case schema.Type.Is("array"):
		return []any{}
	case schema.Type.Is("integer"), schema.Type.Is("number"):
		if schema.Min != nil {
			return *schema.Min
		}
		return 0
	case schema.Type.Is("boolean"):
		return false
	case schema.Type.Is("string"):
		switch schema.Format {
		case "date-time":
			return time.Unix(0, 0).UTC().Format(time.RFC3339)
		case "uri", "url":
			return "https://github.invalid/"
		case "email":
			return "fake@example.invalid"
		}
		return ""
	}
	return nil
}

func propertySchema(schema *openapi3.Schema, name string) *openapi3.Schema {
	if ref := schema.Properties[name]; ref != nil {
		return ref.Value
	}
	return nil
}

// alternatives returns the oneOf/anyOf branches of schema.
func alternatives(schema *openapi3.Schema) []*openapi3.Schema {
	refs := schema.OneOf
	if len(refs) == 0 {
		refs = schema.AnyOf
	}
	out := make([]*openapi3.Schema, 0, len(refs))
	for _, r := range refs {
		if r != nil && r.Value != nil {
			out = append(out, r.Value)
		}
	}
	return out
}

// pick chooses the branch data fits once filled, else the first.
func pick(alts []*openapi3.Schema, data any, depth int) *openapi3.Schema {
	for _, alt := range alts {
		candidate := fill(alt, normalise(data), depth)
		if alt.VisitJSON(candidate, openapi3.MultiErrors()) == nil {
			return alt
		}
	}
	return alts[0]
}

// merged folds allOf into one schema (properties and required lists).
func merged(schema *openapi3.Schema) *openapi3.Schema {
	if len(schema.AllOf) == 0 {
		return schema
	}
	out := *schema
	out.AllOf = nil
	out.Properties = openapi3.Schemas{}
	for k, v := range schema.Properties {
		out.Properties[k] = v
	}
	out.Required = append([]string(nil), schema.Required...)
	for _, part := range schema.AllOf {
		if part == nil || part.Value == nil {
			continue
		}
		p := merged(part.Value)
		for k, v := range p.Properties {
			out.Properties[k] = v
		}
		out.Required = append(out.Required, p.Required...)
		if out.Type == nil {
			out.Type = p.Type
		}
		if p.Nullable {
			out.Nullable = true
		}
	}
	return &out
}
