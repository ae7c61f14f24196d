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
	errs := flattenErrors(err)
	fields := make([]fieldError, 0, len(errs))
	for _, e := range errs {
		fields = append(fields, toFieldError(e))
	}
	if len(q.body) > 0 && !json.Valid(q.body) {
		return errorResponse(http.StatusBadRequest, "Problems parsing JSON"), true
	}
	return errorResponse(http.StatusUnprocessableEntity, "Invalid request.", fields...), true
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
