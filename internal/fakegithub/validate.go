package fakegithub

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
)

// filterOptions are the kin-openapi options for both directions: collect
// every error, never rewrite the request with defaults, and leave
// authentication to the fake.
func filterOptions() *openapi3filter.Options {
	return &openapi3filter.Options{
		MultiError:          true,
		SkipSettingDefaults: true,
		AuthenticationFunc:  openapi3filter.NoopAuthenticationFunc,
	}
}

func (s *Server) requestInput(q *request) *openapi3filter.RequestValidationInput {
	return &openapi3filter.RequestValidationInput{
		Request:    q.r,
		PathParams: q.params,
		Route:      q.rt.op,
		Options:    filterOptions(),
	}
}

// validateRequest checks path and query parameters and the JSON body
// against the operation. A failure is GitHub's 422 (or 400 for bad JSON).
func (s *Server) validateRequest(q *request) (response, bool) {
	q.r.Body = io.NopCloser(bytes.NewReader(q.body))
	err := openapi3filter.ValidateRequest(context.Background(), s.requestInput(q))
	q.r.Body = io.NopCloser(bytes.NewReader(q.body))
	if err == nil {
		return response{}, false
	}
	var fields []fieldError
	for _, e := range flattenErrors(err) {
		if !waived(q, e) {
			fields = append(fields, toFieldError(e))
		}
	}
	if len(fields) == 0 {
		return response{}, false
	}
	if len(q.body) > 0 && !json.Valid(q.body) {
		return errorResponse(http.StatusBadRequest, "Problems parsing JSON"), true
	}
	details := make([]string, 0, len(fields))
	for _, f := range fields {
		details = append(details, f.Message)
	}
	return errorResponse(http.StatusUnprocessableEntity, "Invalid request.\n\n"+strings.Join(details, "\n"), fields...), true
}

// waived reports a schema error GitHub itself does not raise. The spec
// marks commit_id and path of a review comment required, yet documents that
// with in_reply_to every parameter but body is ignored, and GitHub accepts
// such replies (go-github's CreateCommentInReplyTo sends only body and
// in_reply_to).
func waived(q *request, err error) bool {
	if q.rt.opID != "pulls/create-review-comment" || !bytes.Contains(q.body, []byte(`"in_reply_to"`)) {
		return false
	}
	var schemaErr *openapi3.SchemaError
	if !errors.As(err, &schemaErr) || schemaErr.SchemaField != "required" {
		return false
	}
	field := strings.Join(schemaErr.JSONPointer(), ".")
	return field == "commit_id" || field == "path"
}

// validateResponse checks a response body against the operation's schema.
func (s *Server) validateResponse(q *request, status int, header http.Header, body []byte) error {
	in := s.requestInput(q)
	return openapi3filter.ValidateResponse(context.Background(), &openapi3filter.ResponseValidationInput{
		RequestValidationInput: in,
		Status:                 status,
		Header:                 header,
		Body:                   io.NopCloser(bytes.NewReader(body)),
		Options:                filterOptions(),
	})
}

// flattenErrors unpacks kin-openapi's MultiError trees.
func flattenErrors(err error) []error {
	var multi openapi3.MultiError
	if errors.As(err, &multi) {
		var out []error
		for _, e := range multi {
			out = append(out, flattenErrors(e)...)
		}
		return out
	}
	var reqErr *openapi3filter.RequestError
	if errors.As(err, &reqErr) && reqErr.Err != nil {
		if errors.As(reqErr.Err, &multi) {
			var out []error
			for _, e := range multi {
				out = append(out, &openapi3filter.RequestError{Input: reqErr.Input, Parameter: reqErr.Parameter, RequestBody: reqErr.RequestBody, Err: e})
			}
			return out
		}
	}
	return []error{err}
}

// toFieldError renders one validation error in GitHub's errors[] shape.
func toFieldError(err error) fieldError {
	fe := fieldError{Code: "invalid", Message: err.Error()}
	var reqErr *openapi3filter.RequestError
	if errors.As(err, &reqErr) && reqErr.Parameter != nil {
		fe.Field = reqErr.Parameter.Name
	}
	var schemaErr *openapi3.SchemaError
	if errors.As(err, &schemaErr) {
		fe.Field = strings.Join(schemaErr.JSONPointer(), ".")
		fe.Message = fmt.Sprintf("%s: %s", fe.Field, schemaErr.Reason)
		switch schemaErr.SchemaField {
		case "required":
			fe.Code = "missing_field"
		case "enum":
			fe.Code = "invalid"
		}
	}
	return fe
}
