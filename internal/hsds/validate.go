package hsds

import (
	"bytes"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"slices"
	"strings"
	"sync"

	"github.com/lotse/lotse/internal/directory"
	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/santhosh-tekuri/jsonschema/v6/kind"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

//go:embed schema/*.json
var schemaFS embed.FS

// schemaBase is where the specification publishes its schemas. The $refs
// in openapi.json use these URLs; the validator serves them from the
// embedded copies, so nothing is ever fetched.
const schemaBase = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/"

// Schemas the validator knows, named by their path below the
// specification's schema directory. The compiled/ ones are derived from
// the embedded 3.1.1 schemas (see compiledDocs).
const (
	SchemaService               = "compiled/service.json"
	SchemaServiceList           = "compiled/service_list.json"
	SchemaOrganization          = "compiled/organization.json"
	SchemaOrganizationList      = "compiled/organization_list.json"
	SchemaServiceAtLocation     = "compiled/service_at_location.json"
	SchemaServiceAtLocationList = "compiled/service_at_location_list.json"
	SchemaLocation              = "location.json"
	SchemaTaxonomy              = "taxonomy.json"
	SchemaTaxonomyTerm          = "taxonomy_term.json"
	// SchemaPage is the page envelope of the list endpoints.
	SchemaPage = "openapi.json#/components/schemas/Page"
	// SchemaAPIInfo is the response of GET / of the API.
	SchemaAPIInfo = "openapi.json#/paths/~1/get/responses/200/content/application~1json/schema"
)

var knownSchemas = []string{
	SchemaService, SchemaServiceList, SchemaOrganization, SchemaOrganizationList, SchemaServiceAtLocation,
	SchemaServiceAtLocationList, SchemaLocation, SchemaTaxonomy, SchemaTaxonomyTerm, SchemaPage, SchemaAPIInfo,
}

// pageFields are the members of the page envelope besides "contents".
var pageFields = []string{"total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty"}

// Mode selects how strictly the validator reads the schemas.
type Mode int

const (
	// Published validates as the schemas are published: objects may
	// carry members the schema does not name. Import uses it, because
	// other publishers may extend HSDS.
	Published Mode = iota
	// Strict adds additionalProperties: false to every object, as the
	// specification's own validate_examples script does. Tests check
	// Lotse's output with it, so that no misspelt member slips through.
	Strict
)

// Problem is one thing wrong with a JSON document.
type Problem struct {
	// Pointer is the JSON pointer (RFC 6901) of the offending value, ""
	// for the whole document.
	Pointer string
	Message string
}

func (p Problem) String() string {
	ptr := p.Pointer
	if ptr == "" {
		ptr = "/"
	}
	return ptr + ": " + p.Message
}

// Validator checks JSON documents against the HSDS 3.1.1 schemas.
// It is safe for concurrent use.
type Validator struct {
	mode    Mode
	schemas map[string]*jsonschema.Schema
}

var validators [2]struct {
	once sync.Once
	v    *Validator
	err  error
}

// NewValidator returns the validator for mode, compiling the embedded
// schemas on first use.
func NewValidator(mode Mode) (*Validator, error) {
	if mode != Published && mode != Strict {
		return nil, fmt.Errorf("hsds: unknown validation mode %d", mode)
	}
	slot := &validators[mode]
	slot.once.Do(func() { slot.v, slot.err = compileValidator(mode) })
	return slot.v, slot.err
}

// noFetch refuses every URL the embedded schemas do not cover: the
// validator must work offline and must never reach the network.
type noFetch struct{}

func (noFetch) Load(url string) (any, error) {
	return nil, fmt.Errorf("hsds: schema %s is not embedded (nothing is fetched)", url)
}

func compileValidator(mode Mode) (*Validator, error) {
	docs, err := schemaDocs()
	if err != nil {
		return nil, err
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	c.AssertFormat()
	c.UseLoader(noFetch{})
	names := make([]string, 0, len(docs))
	for name := range docs {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		doc := docs[name]
		if mode == Strict {
			doc = closeObjects(deepCopy(doc))
		}
		if err := c.AddResource(schemaBase+name, doc); err != nil {
			return nil, fmt.Errorf("hsds: add schema %s: %w", name, err)
		}
	}
	v := &Validator{mode: mode, schemas: map[string]*jsonschema.Schema{}}
	for _, name := range knownSchemas {
		sch, err := c.Compile(schemaBase + name)
		if err != nil {
			return nil, fmt.Errorf("hsds: compile schema %s: %w", name, err)
		}
		v.schemas[name] = sch
	}
	return v, nil
}

// schemaDocs returns the embedded schema documents and the derived
// compiled ones, keyed by their path below the schema directory.
func schemaDocs() (map[string]any, error) {
	docs := map[string]any{}
	entries, err := fs.ReadDir(schemaFS, "schema")
	if err != nil {
		return nil, fmt.Errorf("hsds: read schemas: %w", err)
	}
	for _, e := range entries {
		b, err := fs.ReadFile(schemaFS, path.Join("schema", e.Name()))
		if err != nil {
			return nil, fmt.Errorf("hsds: read schema %s: %w", e.Name(), err)
		}
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
		if err != nil {
			return nil, fmt.Errorf("hsds: parse schema %s: %w", e.Name(), err)
		}
		docs[e.Name()] = doc
	}
	compiled, err := compiledDocs(docs)
	if err != nil {
		return nil, err
	}
	for name, doc := range compiled {
		docs[name] = doc
	}
	return docs, nil
}

// compiledDocs derives the specification's compiled/ schemas from the
// base schemas, following the rules of the specification's compiler:
//
//   - service, organization and service_at_location are the base schema,
//     organization with a "services" array of full services and
//     service_at_location with its "service" (a full service without
//     service_at_locations);
//   - the *_list shapes keep only the one-to-one members (no arrays, no
//     nested objects), except that a service keeps its organization and
//     program and a service_at_location its location and service, each in
//     their own one-to-one shape.
func compiledDocs(base map[string]any) (map[string]any, error) {
	obj := func(name string) (map[string]any, error) {
		m, ok := base[name].(map[string]any)
		if !ok {
			return nil, fmt.Errorf("hsds: schema %s missing or not an object", name)
		}
		return m, nil
	}
	var err error
	get := func(name string) map[string]any {
		m, e := obj(name)
		if e != nil && err == nil {
			err = e
		}
		return m
	}
	service, org, sal, loc, program := get("service.json"), get("organization.json"), get("service_at_location.json"),
		get("location.json"), get("program.json")
	if err != nil {
		return nil, err
	}
	up := func(m map[string]any) map[string]any { return rebaseRefs(deepCopy(m)).(map[string]any) }

	serviceList := oneToOne(service)
	props(serviceList)["organization"] = oneToOne(org)
	props(serviceList)["program"] = oneToOne(program)

	orgFull := up(org)
	props(orgFull)["services"] = map[string]any{"type": "array", "items": map[string]any{"$ref": "service.json"}}

	salFull := up(sal)
	salService := up(service)
	delete(props(salService), "service_at_locations")
	props(salFull)["service"] = salService

	salList := oneToOne(sal)
	props(salList)["location"] = oneToOne(loc)
	props(salList)["service"] = deepCopy(serviceList)

	return map[string]any{
		"compiled/service.json":                  map[string]any{"$ref": "../service.json"},
		"compiled/service_list.json":             serviceList,
		"compiled/organization.json":             orgFull,
		"compiled/organization_list.json":        oneToOne(org),
		"compiled/service_at_location.json":      salFull,
		"compiled/service_at_location_list.json": salList,
	}, nil
}

// rebaseRefs makes the relative $refs of a schema copied into compiled/
// point back to the schema directory: "phone.json" → "../phone.json".
// The "service.json" ref added to organization afterwards is resolved
// in compiled/ and so names compiled/service.json, the full service.
func rebaseRefs(v any) any {
	switch x := v.(type) {
	case map[string]any:
		for k, val := range x {
			if s, ok := val.(string); ok && k == "$ref" && !strings.HasPrefix(s, "#") && !strings.Contains(s, "://") {
				x[k] = "../" + s
				continue
			}
			rebaseRefs(val)
		}
	case []any:
		for _, e := range x {
			rebaseRefs(e)
		}
	}
	return v
}

// oneToOne copies a schema keeping only its one-to-one members: no
// arrays and no nested objects.
func oneToOne(m map[string]any) map[string]any {
	out := deepCopy(m).(map[string]any)
	p := props(out)
	for name, def := range p {
		d, _ := def.(map[string]any)
		if d["type"] == "array" || d["$ref"] != nil || d["properties"] != nil {
			delete(p, name)
		}
	}
	return out
}

func props(m map[string]any) map[string]any {
	p, _ := m["properties"].(map[string]any)
	if p == nil {
		p = map[string]any{}
		m["properties"] = p
	}
	return p
}

// closeObjects sets additionalProperties: false on every schema object
// that lists properties.
func closeObjects(v any) any {
	switch x := v.(type) {
	case map[string]any:
		for _, val := range x {
			closeObjects(val)
		}
		if _, ok := x["properties"].(map[string]any); ok {
			x["additionalProperties"] = false
			// Lotse's one documented extension stays allowed, in its
			// own shape (see TranslationMember).
			x["patternProperties"] = map[string]any{"^" + TranslationMember + "$": translationSchema()}
		}
	case []any:
		for _, e := range x {
			closeObjects(e)
		}
	}
	return v
}

// translationSchema is the JSON schema of the TranslationMember
// extension: {"lang": "ar", "fields": {"name": "current", …}}.
func translationSchema() map[string]any {
	statuses := make([]any, len(directory.TranslationStatuses))
	for i, s := range directory.TranslationStatuses {
		statuses[i] = s
	}
	return map[string]any{
		"type": "object", "required": []any{"lang", "fields"}, "additionalProperties": false,
		"properties": map[string]any{
			"lang":   map[string]any{"type": "string", "minLength": 2},
			"fields": map[string]any{"type": "object", "additionalProperties": map[string]any{"enum": statuses}},
		},
	}
}

func deepCopy(v any) any {
	switch x := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, val := range x {
			out[k] = deepCopy(val)
		}
		return out
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = deepCopy(e)
		}
		return out
	}
	return v
}

// DecodeJSON decodes one JSON document for Validate, keeping numbers
// exact. A syntax error names line and column.
func DecodeJSON(data []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, syntaxError(data, err)
	}
	if _, err := dec.Token(); err == nil {
		off := dec.InputOffset()
		line, col := lineCol(data, off)
		return nil, fmt.Errorf("hsds: line %d, column %d: unexpected data after the JSON value", line, col)
	}
	return v, nil
}

// syntaxError turns a decoding error into one that names line and column.
func syntaxError(data []byte, err error) error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		// Offset counts the offending byte; the position is that byte's.
		line, col := lineCol(data, se.Offset-1)
		return fmt.Errorf("hsds: line %d, column %d: %s", line, col, se.Error())
	case errors.As(err, &te):
		line, col := lineCol(data, te.Offset)
		return fmt.Errorf("hsds: line %d, column %d: %s", line, col, te.Error())
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		line, col := lineCol(data, int64(len(data)))
		return fmt.Errorf("hsds: line %d, column %d: unexpected end of JSON input", line, col)
	}
	return fmt.Errorf("hsds: %w", err)
}

// lineCol converts a byte offset into a 1-based line and column (in
// characters, counting a tab as one).
func lineCol(data []byte, off int64) (int, int) {
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	if off < 0 {
		off = 0
	}
	before := data[:off]
	line := bytes.Count(before, []byte{'\n'}) + 1
	start := bytes.LastIndexByte(before, '\n') + 1
	col := len([]rune(string(before[start:]))) + 1
	return line, col
}

// Validate checks a decoded document (see DecodeJSON) against the named
// schema and returns every problem found, sorted by pointer.
func (v *Validator) Validate(schema string, doc any) []Problem {
	sch, ok := v.schemas[schema]
	if !ok {
		return []Problem{{Message: "unknown schema " + schema}}
	}
	err := sch.Validate(doc)
	if err == nil {
		return nil
	}
	var ve *jsonschema.ValidationError
	if !errors.As(err, &ve) {
		return []Problem{{Message: err.Error()}}
	}
	var out []Problem
	collectProblems(ve, &out)
	slices.SortFunc(out, func(a, b Problem) int {
		if c := strings.Compare(a.Pointer, b.Pointer); c != 0 {
			return c
		}
		return strings.Compare(a.Message, b.Message)
	})
	return slices.Compact(out)
}

// ValidateJSON decodes data and validates it against the named schema.
func (v *Validator) ValidateJSON(schema string, data []byte) ([]Problem, error) {
	doc, err := DecodeJSON(data)
	if err != nil {
		return nil, err
	}
	return v.Validate(schema, doc), nil
}

// ValidatePage checks a page envelope: its page members against the
// Page schema (in Strict mode all seven must be present and nothing but
// them and "contents"), and every item of contents against itemSchema.
func (v *Validator) ValidatePage(itemSchema string, doc any) []Problem {
	m, ok := doc.(map[string]any)
	if !ok {
		return []Problem{{Message: "page must be an object"}}
	}
	items, ok := m["contents"].([]any)
	if !ok {
		return []Problem{{Pointer: "/contents", Message: "contents must be an array"}}
	}
	envelope := make(map[string]any, len(m))
	for k, val := range m {
		if k != "contents" {
			envelope[k] = val
		}
	}
	out := v.Validate(SchemaPage, envelope)
	if v.mode == Strict {
		for _, f := range pageFields {
			if _, ok := m[f]; !ok {
				out = append(out, Problem{Message: "missing property '" + f + "'"})
			}
		}
	}
	for i, item := range items {
		for _, p := range v.Validate(itemSchema, item) {
			p.Pointer = fmt.Sprintf("/contents/%d%s", i, p.Pointer)
			out = append(out, p)
		}
	}
	return out
}

var printer = message.NewPrinter(language.English)

// collectProblems flattens the error tree into its leaves, which are
// the actual violations; inner nodes only say which schema led there.
func collectProblems(e *jsonschema.ValidationError, out *[]Problem) {
	if len(e.Causes) > 0 {
		for _, c := range e.Causes {
			collectProblems(c, out)
		}
		return
	}
	if _, ok := e.ErrorKind.(*kind.Reference); ok {
		return
	}
	*out = append(*out, Problem{Pointer: pointer(e.InstanceLocation), Message: e.ErrorKind.LocalizedString(printer)})
}

// pointer renders instance location tokens as a JSON pointer.
func pointer(tokens []string) string {
	var b strings.Builder
	for _, t := range tokens {
		b.WriteByte('/')
		b.WriteString(escapePointer(t))
	}
	return b.String()
}

func escapePointer(s string) string {
	return strings.NewReplacer("~", "~0", "/", "~1").Replace(s)
}
