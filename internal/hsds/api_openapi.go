package hsds

import (
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
)

// openAPI answers GET /openapi.json: the specification's openapi.json
// (3.1.1, embedded) with info describing this Lotse instance and servers
// pointing at this region's API. The schema $refs are left as published.
func (a *API) openAPI(_ context.Context, rq *request) (any, error) {
	b, err := fs.ReadFile(schemaFS, "schema/openapi.json")
	if err != nil {
		return nil, fmt.Errorf("hsds: read openapi.json: %w", err)
	}
	var doc map[string]any
	if err := json.Unmarshal(b, &doc); err != nil {
		return nil, fmt.Errorf("hsds: parse openapi.json: %w", err)
	}
	doc["info"] = map[string]any{
		"title":   "Lotse HSDS API – " + rq.region.Name,
		"version": Version,
		"summary": "Open Referral HSDS " + Version + " read API of the directory of help offers of " + rq.region.Name + ".",
		"description": "Read-only, open data. Lotse's own fields travel as attributes of the \"lotse\" taxonomy; " +
			"opening hours are Europe/Berlin wall-clock times. Answers come in the language of ?lang= or Accept-Language " +
			"(exact match among the region's languages, else German; see Content-Language); records in another language than " +
			"German carry the extension member \"" + TranslationMember + "\", which says per text field whether it is translated. " +
			"See the profile: " + ProfileURL,
		"contact": map[string]any{"name": rq.region.Name, "url": a.base(rq.r) + "/" + rq.region.Slug + "/"},
		// The document is an adaptation of the specification's, which is
		// licensed CC BY-SA 4.0 and so must be this one.
		"license": map[string]any{"name": "CC BY-SA 4.0", "url": "https://creativecommons.org/licenses/by-sa/4.0/"},
	}
	// Every operation takes ?lang=, among this region's languages.
	langs := []any{}
	for _, code := range offeredLanguages(rq.region) {
		langs = append(langs, code)
	}
	if paths, ok := doc["paths"].(map[string]any); ok {
		for _, item := range paths {
			op, ok := item.(map[string]any)["get"].(map[string]any)
			if !ok {
				continue
			}
			params, _ := op["parameters"].([]any)
			op["parameters"] = append(params, map[string]any{"name": "lang", "in": "query", "required": false,
				"description": "Language of the answer (default: Accept-Language, else German).",
				"schema":      map[string]any{"type": "string", "enum": langs}})
		}
	}
	doc["servers"] = []any{map[string]any{"url": a.regionURL(rq), "description": rq.region.Name}}
	return doc, nil
}
