package hsds

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func readOfficial(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "official", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestOfficialExamplesValidate checks the validator against the
// specification's own examples, in both modes, the pairs its
// validate_examples script uses and the list examples item by item.
func TestOfficialExamplesValidate(t *testing.T) {
	tests := []struct {
		file, schema string
		page         bool
	}{
		{"location.json", SchemaLocation, false},
		{"organization_full.json", SchemaOrganization, false},
		{"service_at_location_full.json", SchemaServiceAtLocation, false},
		{"service_full.json", SchemaService, false},
		{"taxonomy.json", SchemaTaxonomy, false},
		{"taxonomy_term.json", SchemaTaxonomyTerm, false},
		{"base.json", SchemaAPIInfo, false},
		{"service_list.json", SchemaServiceList, true},
		{"organization_list.json", SchemaOrganizationList, true},
		{"service_at_location_list.json", SchemaServiceAtLocationList, true},
		{"taxonomy_list.json", SchemaTaxonomy, true},
		{"taxonomy_term_list.json", SchemaTaxonomyTerm, true},
	}
	for _, mode := range []Mode{Published, Strict} {
		v, err := NewValidator(mode)
		if err != nil {
			t.Fatal(err)
		}
		for _, tt := range tests {
			doc, err := DecodeJSON(readOfficial(t, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			var got []Problem
			if tt.page {
				got = v.ValidatePage(tt.schema, doc)
			} else {
				got = v.Validate(tt.schema, doc)
			}
			if len(got) > 0 {
				t.Errorf("mode %d, %s: %v", mode, tt.file, got)
			}
		}
	}
}

// TestStrictRejectsUnknownMembers checks that strict mode closes every
// object, down to the nested ones, while published mode lets extensions
// through.
func TestStrictRejectsUnknownMembers(t *testing.T) {
	var doc map[string]any
	if err := json.Unmarshal(readOfficial(t, "service_full.json"), &doc); err != nil {
		t.Fatal(err)
	}
	addr := doc["service_at_locations"].([]any)[0].(map[string]any)["location"].(map[string]any)["addresses"].([]any)[0].(map[string]any)
	addr["postcode"] = "45768"
	doc["x_lotse"] = true
	strict, published := strictValidator(t), publishedValidator(t)
	got := strict.Validate(SchemaService, doc)
	want := []string{
		"/: additional properties 'x_lotse' not allowed",
		"/service_at_locations/0/location/addresses/0: additional properties 'postcode' not allowed",
	}
	if !slices.Equal(problemStrings(got), want) {
		t.Errorf("strict: got %v, want %v", problemStrings(got), want)
	}
	if got := published.Validate(SchemaService, doc); len(got) > 0 {
		t.Errorf("published: got %v, want no problems", got)
	}
}

func publishedValidator(t *testing.T) *Validator {
	t.Helper()
	v, err := NewValidator(Published)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func problemStrings(ps []Problem) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.String()
	}
	return out
}

func TestValidatorProblems(t *testing.T) {
	v := publishedValidator(t)
	tests := []struct {
		name, schema, doc string
		want              []string // pointer and a part of the message
	}{
		{"required", SchemaService, `{"id":"ac148810-d857-441c-9679-408f346de14b","name":"x"}`, []string{"/ status"}},
		{"uuid", SchemaService, `{"id":"1","name":"x","status":"active"}`, []string{"/id uuid"}},
		{"enum", SchemaService, `{"id":"ac148810-d857-441c-9679-408f346de14b","name":"x","status":"closed"}`, []string{"/status one of"}},
		{"type", SchemaTaxonomy, `{"id":"ac148810-d857-441c-9679-408f346de14b","name":3,"description":"d"}`, []string{"/name string"}},
		{"nested", SchemaService, `{"id":"ac148810-d857-441c-9679-408f346de14b","name":"x","status":"active",
			"schedules":[{"id":"ac148810-d857-441c-9679-408f346de14b","freq":"DAILY"}]}`, []string{"/schedules/0/freq one of"}},
		{"email", SchemaOrganization, `{"id":"ac148810-d857-441c-9679-408f346de14b","name":"x","description":"d","email":"no"}`, []string{"/email email"}},
		{"uri", SchemaOrganization, `{"id":"ac148810-d857-441c-9679-408f346de14b","name":"x","description":"d","website":"www.x.de"}`, []string{"/website"}},
		{"pointer escape", SchemaLocation, `{"id":"ac148810-d857-441c-9679-408f346de14b","location_type":"physical","latitude":"north"}`, []string{"/latitude number"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := v.ValidateJSON(tt.schema, []byte(tt.doc))
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %v, want %d problems", got, len(tt.want))
			}
			for i, w := range tt.want {
				ptr, part, _ := strings.Cut(w, " ")
				if got[i].Pointer != strings.TrimSuffix(ptr, "/") && !(ptr == "/" && got[i].Pointer == "") || !strings.Contains(got[i].Message, part) {
					t.Errorf("problem %d = %q, want pointer %q and %q in the message", i, got[i], ptr, part)
				}
			}
		})
	}
}

func TestDecodeJSONNamesLineAndColumn(t *testing.T) {
	tests := []struct {
		doc  string
		want string
	}{
		{"{\n  \"id\": \"x\",\n  \"name\": ,\n}", "line 3, column 11"},
		{"[1, 2", "line 1, column 6"},
		{"", "line 1, column 1"},
		{"{\"a\": 1} {\"b\": 2}", "line 1, column"},
		{"{\n\t\"ä\": 1,\n\t\"b\": tru\n}", "line 3, column"},
	}
	for _, tt := range tests {
		_, err := DecodeJSON([]byte(tt.doc))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("DecodeJSON(%q) = %v, want an error naming %q", tt.doc, err, tt.want)
		}
	}
}

// TestSchemasAreOffline checks that every $ref of the embedded and
// derived schemas is relative or names the specification's base URL,
// which the validator serves from the embedded files, and that the
// loader refuses anything else.
func TestSchemasAreOffline(t *testing.T) {
	docs, err := schemaDocs()
	if err != nil {
		t.Fatal(err)
	}
	var walk func(name string, v any)
	walk = func(name string, v any) {
		switch x := v.(type) {
		case map[string]any:
			for k, val := range x {
				if s, ok := val.(string); ok && k == "$ref" && strings.Contains(s, "://") {
					rel, ok := strings.CutPrefix(s, schemaBase)
					if !ok {
						t.Errorf("%s: $ref %s is outside the embedded schemas", name, s)
					} else if _, ok := docs[rel]; !ok {
						t.Errorf("%s: $ref %s names no embedded schema", name, s)
					}
				}
				walk(name, val)
			}
		case []any:
			for _, e := range x {
				walk(name, e)
			}
		}
	}
	for name, doc := range docs {
		walk(name, doc)
	}
	if _, err := (noFetch{}).Load("https://example.org/schema.json"); err == nil || !strings.Contains(err.Error(), "not embedded") {
		t.Errorf("noFetch.Load = %v, want a refusal", err)
	}
}

// TestCompiledShapesMatchOfficial compares the compiled schemas Lotse
// derives from the 3.1.1 base schemas with the specification's compiled
// schemas (3.1-dev): the same members, nested the same way, with the
// same required lists.
func TestCompiledShapesMatchOfficial(t *testing.T) {
	docs, err := schemaDocs()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"service", "service_list", "organization", "organization_list", "service_at_location", "service_at_location_list"} {
		var official any
		if err := json.Unmarshal(readOfficial(t, "compiled/"+name+".json"), &official); err != nil {
			t.Fatal(err)
		}
		got := shape(docs, "compiled/"+name+".json", docs["compiled/"+name+".json"], 0)
		want := shape(nil, "", official, 0)
		if got != want {
			i := 0
			for i < len(got) && i < len(want) && got[i] == want[i] {
				i++
			}
			from := max(0, i-300)
			t.Errorf("%s: derived shape differs from the official one at %d:\n got …%.400s\nwant …%.400s", name, i, got[from:], want[from:])
		}
	}
}

// shape renders the member tree of a schema (resolving $refs against
// docs) as text: members sorted, with required lists and array items.
func shape(docs map[string]any, base string, v any, depth int) string {
	m, ok := v.(map[string]any)
	if !ok || depth > 12 {
		return ""
	}
	if ref, ok := m["$ref"].(string); ok && docs != nil {
		target := filepath.ToSlash(filepath.Clean(filepath.Join(filepath.Dir(base), ref)))
		return shape(docs, target, docs[target], depth)
	}
	var b strings.Builder
	if req, ok := m["required"].([]any); ok {
		var names []string
		for _, r := range req {
			names = append(names, r.(string))
		}
		slices.Sort(names)
		b.WriteString("req" + strings.Join(names, ",") + ";")
	}
	if items, ok := m["items"]; ok {
		b.WriteString("[" + shape(docs, base, items, depth+1) + "]")
	}
	if props, ok := m["properties"].(map[string]any); ok {
		keys := make([]string, 0, len(props))
		for k := range props {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		b.WriteString("{")
		for _, k := range keys {
			b.WriteString(k + ":" + shape(docs, base, props[k], depth+1) + ",")
		}
		b.WriteString("}")
	}
	return b.String()
}
