package hsds

import (
	"cmp"
	"strconv"
	"strings"

	"github.com/lotse/lotse/internal/directory"
)

// Taxonomies and terms of the input, matched to the region's.

// builtinSlug returns the slug of the built-in taxonomy an incoming
// taxonomy stands for, recognised by URI, name or slug.
func builtinSlug(uri, name string) string {
	for _, b := range directory.BuiltinTaxonomies {
		if uri == directory.TaxonomyURI(b.Slug) || strings.EqualFold(strings.TrimSpace(name), b.Name) || strings.TrimSpace(name) == b.Slug {
			return b.Slug
		}
	}
	return ""
}

func (m *mapper) mapTaxonomy(id string, e *entry[Taxonomy]) {
	t := e.v
	if slug := builtinSlug(t.URI, t.Name); slug != "" {
		if ex, ok := m.ex.taxBySlug[slug]; ok {
			m.taxMap[id] = ex.ID
			return
		}
	}
	if ex, ok := m.ex.taxByID[id]; ok {
		m.taxMap[id] = id
		upd := directory.Taxonomy{ID: id, Slug: ex.Slug, Name: t.Name, Description: t.Description, URI: t.URI, Version: t.Version}
		if upd != (directory.Taxonomy{ID: ex.ID, Slug: ex.Slug, Name: ex.Name, Description: ex.Description, URI: ex.URI, Version: ex.Version}) {
			m.out.Taxonomies = append(m.out.Taxonomies, upd)
		}
		return
	}
	for _, ex := range m.ex.taxByID {
		if (t.URI != "" && ex.URI == t.URI) || (t.URI == "" && strings.EqualFold(ex.Name, t.Name)) {
			m.taxMap[id] = ex.ID
			return
		}
	}
	if strings.TrimSpace(t.Name) == "" {
		m.problem(e.at.at("/name"), "taxonomy %s needs a name", id)
		return
	}
	m.taxMap[id] = id
	m.out.Taxonomies = append(m.out.Taxonomies, directory.Taxonomy{ID: id, Slug: m.newTaxonomySlug(t.Name), Name: strings.TrimSpace(t.Name),
		Description: strings.TrimSpace(t.Description), URI: strings.TrimSpace(t.URI), Version: strings.TrimSpace(t.Version)})
}

// newTaxonomySlug returns a slug for a new taxonomy that no taxonomy of
// the region uses.
func (m *mapper) newTaxonomySlug(name string) string {
	base := cmp.Or(directory.Slugify(name), "taxonomy")
	if len(base) > 56 {
		base = strings.TrimRight(base[:56], "-")
	}
	slug := base
	for n := 2; m.ex.taxBySlug[slug] != nil || m.newSlugs[slug]; n++ {
		slug = base + "-" + strconv.Itoa(n)
	}
	m.newSlugs[slug] = true
	return slug
}

// taxonomyByName finds or creates the taxonomy a term names only by its
// "taxonomy" text.
func (m *mapper) taxonomyByName(name string) string {
	if slug := builtinSlug("", name); slug != "" {
		if ex, ok := m.ex.taxBySlug[slug]; ok {
			return ex.ID
		}
	}
	for _, ex := range m.ex.taxByID {
		if strings.EqualFold(ex.Name, name) {
			return ex.ID
		}
	}
	id := directory.DerivedID(m.regionID, "taxonomy:name:"+strings.ToLower(name))
	if _, ok := m.taxMap[id]; !ok {
		m.taxMap[id] = id
		m.out.Taxonomies = append(m.out.Taxonomies, directory.Taxonomy{ID: id, Slug: m.newTaxonomySlug(name), Name: name})
	}
	return id
}

// importedTaxonomy is where terms go that name no taxonomy at all.
func (m *mapper) importedTaxonomy() string {
	id := directory.DerivedID(m.regionID, "taxonomy:imported")
	if _, ok := m.ex.taxByID[id]; ok {
		return id
	}
	if _, ok := m.taxMap[id]; !ok {
		m.taxMap[id] = id
		m.out.Taxonomies = append(m.out.Taxonomies, directory.Taxonomy{ID: id, Slug: m.newTaxonomySlug("importiert"), Name: "Importierte Begriffe",
			Description: "Begriffe aus importierten Daten, die keine Taxonomie nennen."})
	}
	return id
}

// termTaxonomy returns the region's id of the taxonomy of an incoming term.
func (m *mapper) termTaxonomy(t *TaxonomyTerm, at origin) (string, bool) {
	if tid := lid(t.TaxonomyID); tid != "" {
		if id, ok := m.taxMap[tid]; ok {
			return id, true
		}
		if _, ok := m.ex.taxByID[tid]; ok {
			return tid, true
		}
		if !m.broken[tid] {
			m.problem(at.at("/taxonomy_id"), "taxonomy %s is neither in the dataset nor in the region", tid)
		}
		return "", false
	}
	if t.TaxonomyDetail != nil {
		if id, ok := m.taxMap[lid(t.TaxonomyDetail.ID)]; ok {
			return id, true
		}
		return "", false
	}
	if name := strings.TrimSpace(t.Taxonomy); name != "" {
		return m.taxonomyByName(name), true
	}
	m.warn(at, "taxonomy term %s names no taxonomy; it is put into the taxonomy \"Importierte Begriffe\"", lid(t.ID))
	return m.importedTaxonomy(), true
}

func (m *mapper) mapTerm(id string, e *entry[TaxonomyTerm]) {
	t := e.v
	taxID, ok := m.termTaxonomy(t, e.at)
	if !ok {
		return
	}
	code := strings.TrimSpace(t.Code)
	update := func(ex *directory.Term) {
		m.termMap[id] = ex.ID
		m.termInfo[ex.ID] = [2]string{ex.TaxonomyID, ex.Code}
		upd := *ex
		upd.Name, upd.Description, upd.URI = strings.TrimSpace(t.Name), strings.TrimSpace(t.Description), strings.TrimSpace(t.TermURI)
		upd.ParentID = lid(t.ParentID)
		m.termOuts = append(m.termOuts, termOut{t: upd, at: e.at, existing: ex})
	}
	if slug, builtin := m.taxBuiltin[taxID]; builtin {
		b, _ := directory.Builtin(slug)
		if ex, ok := m.ex.termByKey[[2]string{taxID, code}]; ok {
			update(ex)
			return
		}
		if b.Fixed {
			m.termMap[id] = ""
			m.warn(e.at.at("/code"), "term %q is not one of Lotse's codes of the taxonomy %s; links to it are dropped", code, slug)
			return
		}
	} else if ex, ok := m.ex.termByID[id]; ok && ex.TaxonomyID == taxID {
		update(ex)
		return
	} else if ex, ok := m.ex.termByKey[[2]string{taxID, code}]; ok && code != "" {
		update(ex)
		return
	}
	newCode := m.newTermCode(taxID, code, t.Name)
	if code != "" && newCode != code {
		m.warn(e.at.at("/code"), "code %q of taxonomy term %s is kept as %q (Lotse's codes are lower-case letters, digits and hyphens)", code, id, newCode)
	}
	// New terms follow the region's terms of their taxonomy, in the
	// order of the input, which keeps the order of an export.
	next, ok := m.nextSort[taxID]
	if !ok {
		if n, has := m.ex.maxSort[taxID]; has {
			next = n + 1
		}
	}
	m.nextSort[taxID] = next + 1
	m.termMap[id] = id
	m.termInfo[id] = [2]string{taxID, newCode}
	m.termOuts = append(m.termOuts, termOut{at: e.at, t: directory.Term{ID: id, TaxonomyID: taxID, ParentID: lid(t.ParentID), Code: newCode,
		Name: strings.TrimSpace(t.Name), Description: strings.TrimSpace(t.Description), URI: strings.TrimSpace(t.TermURI), SortOrder: next}})
}

// termOut is a term to write, before its parent is resolved.
type termOut struct {
	t        directory.Term
	at       origin
	existing *directory.Term
}

// emitTerms resolves the parents of the terms to write, once all terms
// are known, checks them and leaves out existing terms that did not
// change.
func (m *mapper) emitTerms() {
	for _, to := range m.termOuts {
		t := to.t
		if p := t.ParentID; p != "" {
			mapped, known := m.termMap[p]
			switch {
			case known && mapped != "":
				t.ParentID = mapped
			case !known && m.ex.termByID[p] != nil:
			default:
				m.warn(to.at.at("/parent_id"), "parent %s of taxonomy term %s is neither in the dataset nor in the region; the link is dropped", p, t.ID)
				t.ParentID = ""
			}
		}
		if ex := to.existing; ex != nil && t.Name == ex.Name && t.Description == ex.Description && t.URI == ex.URI && t.ParentID == ex.ParentID {
			continue
		}
		m.checkRecord(to.at, "taxonomy term "+t.ID, &t, termFields)
		m.out.Terms = append(m.out.Terms, t)
	}
}

// newTermCode makes a term code Lotse accepts and no other term of the
// taxonomy uses.
func (m *mapper) newTermCode(taxID, code, name string) string {
	base := directory.Slugify(code)
	if base == "" {
		base = cmp.Or(directory.Slugify(name), "term")
	}
	if len(base) > 56 {
		base = strings.TrimRight(base[:56], "-")
	}
	c := base
	for n := 2; m.ex.termByKey[[2]string{taxID, c}] != nil || m.newCodes[[2]string{taxID, c}]; n++ {
		c = base + "-" + strconv.Itoa(n)
	}
	m.newCodes[[2]string{taxID, c}] = true
	return c
}

// term resolves an attribute's term to the region's term and the slug
// of its built-in taxonomy ("" for a foreign one). ok is false when the
// attribute cannot be used.
func (m *mapper) term(a *Attribute, at origin) (termID, builtin, code string, ok bool) {
	id := lid(a.TaxonomyTermID)
	if a.TaxonomyTerm != nil {
		id = lid(a.TaxonomyTerm.ID)
	}
	if id == "" {
		m.problem(at, "attribute %s names no taxonomy term", lid(a.ID))
		return "", "", "", false
	}
	mapped, known := m.termMap[id]
	switch {
	case known && mapped == "":
		return "", "", "", false
	case known:
		termID = mapped
	case m.ex.termByID[id] != nil:
		termID = id
	default:
		if !m.broken[id] {
			m.problem(at.at("/taxonomy_term_id"), "taxonomy term %s is neither in the dataset nor in the region", id)
		}
		return "", "", "", false
	}
	info, ok := m.termInfo[termID]
	if !ok {
		ex := m.ex.termByID[termID]
		info = [2]string{ex.TaxonomyID, ex.Code}
	}
	return termID, m.taxBuiltin[info[0]], info[1], true
}

// attrExtras warns that an attribute's value is dropped: Lotse keeps
// values only for the lotse taxonomy (the summary).
func (m *mapper) attrExtras(a *Attribute, at origin) {
	if strings.TrimSpace(a.Value) != "" {
		m.warn(at.at("/value"), "value of attribute %s dropped: Lotse keeps attribute values only for the lotse taxonomy", lid(a.ID))
	}
}
