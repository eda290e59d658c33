package backoffice

import (
	"net/http"
	"slices"
	"strconv"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/store"
)

// statusAll is the status filter that lists every text, translated or not.
const statusAll = "all"

type translationListPage struct {
	*view
	Target langOption // the language translated into
	Type   string     // "" for all types
	Status string     // "" for everything still to do, a status, or statusAll
	Items  []store.TranslationItem
	Pager  pager
	// Langs are the region's target languages, each with its work list
	// under the same filters, for switching.
	Langs []langLink
}

// langLink is a target language and a page of it.
type langLink struct {
	langOption
	URL     string
	Current bool
}

// translationList is the work list of a language: the texts whose
// translation is missing, outdated or machine-made (or those of one
// status, or all), filtered by content type, a page at a time.
func (o *Office) translationList(w http.ResponseWriter, r *http.Request) {
	v := o.newView(w, r, "admin.translation.work_list", "translations")
	lang, ok := o.targetLang(w, r, v)
	if !ok {
		return
	}
	q := r.URL.Query()
	p := &translationListPage{view: v, Target: v.langOption(lang)}
	// A list never fails on its query string: what it does not know, it
	// leaves out.
	if t := q.Get("type"); slices.Contains(directory.TranslatableTypes, t) {
		p.Type = t
	}
	if st := q.Get("status"); st == statusAll || slices.Contains(directory.TranslationStatuses, st) {
		p.Status = st
	}
	params := readList(r)
	f := store.QueueFilter{Lang: lang, EntityType: p.Type, Limit: perPage, Offset: (params.Page - 1) * perPage}
	switch p.Status {
	case "":
	case statusAll:
		f.Statuses = directory.TranslationStatuses
	default:
		f.Statuses = []string{p.Status}
	}
	items, total, err := o.env.Store.TranslationQueue(r.Context(), v.Region.ID, f)
	if err != nil {
		o.fail(w, r, err)
		return
	}
	p.Items = items
	params.Q, params.Archived = "", false
	params.extra = map[string][]string{}
	if p.Type != "" {
		params.extra["type"] = []string{p.Type}
	}
	if p.Status != "" {
		params.extra["status"] = []string{p.Status}
	}
	p.Pager = newPager(params, "/admin/translations/"+lang, total, len(items))
	for _, code := range targetLangs(v.Region) {
		p.Langs = append(p.Langs, langLink{langOption: v.langOption(code), URL: workListURL(code, p.Type, p.Status, 1), Current: code == lang})
	}
	v.Title = v.T("admin.translation.work_list") + " – " + p.Target.Native
	o.render(w, http.StatusOK, "translation_list", p)
}

// targetLang reads the language of the URL; anything but a target
// language of the region answers 404.
func (o *Office) targetLang(w http.ResponseWriter, r *http.Request, v *view) (string, bool) {
	lang := r.PathValue("lang")
	if !slices.Contains(targetLangs(v.Region), lang) {
		o.notFound(w, r)
		return "", false
	}
	return lang, true
}

// EditorURL is the editor of an item's record, at the item's field.
func (p *translationListPage) EditorURL(it store.TranslationItem) string {
	return editorURL(p.Target.Code, it.EntityType, it.EntityID) + "#t-" + it.Field
}

// StatusOptions are the choices of the status filter.
func (p *translationListPage) StatusOptions() []option {
	out := []option{{Value: "", Label: p.T("admin.translation.filter.open")}}
	for _, st := range directory.TranslationStatuses {
		out = append(out, option{Value: st, Label: p.T(statusKeys[st])})
	}
	return append(out, option{Value: statusAll, Label: p.T("admin.translation.filter.all")})
}

// TypeOptions are the choices of the content-type filter.
func (v *view) TypeOptions() []option {
	out := make([]option, len(directory.TranslatableTypes))
	for i, t := range directory.TranslatableTypes {
		out[i] = option{Value: t, Label: v.T(typeLabels[t])}
	}
	return out
}

func itoa(n int) string { return strconv.Itoa(n) }
