package storetest

import (
	"testing"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/store"
)

// testTranslations checks the status rules: a translation is current
// while its German text stands, outdated when the German text changes in
// substance, and stays current when the editor marks the change as minor.
func testTranslations(t *testing.T, open Opener) {
	f := setup(t, open)
	org := f.saveOrg("Caritas")
	sv := f.saveService(org.ID, "Pflegeberatung", func(s *directory.Service) {
		s.Summary = "Beratung zur Pflege."
		s.Description = "Wir beraten Sie zu Hause."
	})
	tr := func(field, text string) *directory.Translation {
		return &directory.Translation{RegionID: f.r.ID, EntityType: directory.TranslateService, EntityID: sv.ID, Field: field, Lang: "tr", Text: text}
	}
	for _, x := range []*directory.Translation{tr("name", "Bakım danışmanlığı"), tr("summary", "Bakım hakkında danışmanlık.")} {
		if err := f.s.SaveTranslation(f.ctx, f.actor, x); err != nil {
			t.Fatal(err)
		}
	}
	status := func(field string) string {
		t.Helper()
		got, err := f.s.TranslationsFor(f.ctx, f.r.ID, "tr", directory.TranslateService, []string{sv.ID})
		if err != nil {
			t.Fatal(err)
		}
		cur, err := f.s.Service(f.ctx, f.r.ID, sv.ID)
		if err != nil {
			t.Fatal(err)
		}
		return got.Get(sv.ID, field).Status(cur.TextFields()[field])
	}
	for field, want := range map[string]string{"name": directory.TranslationCurrent, "summary": directory.TranslationCurrent, "description": directory.TranslationMissing} {
		if got := status(field); got != want {
			t.Errorf("after translating: %s is %s, want %s", field, got, want)
		}
	}
	last := f.lastAudit()
	if last.EntityID != sv.ID || last.EntityType != audit.EntityService || last.Action != audit.ActionCreate {
		t.Errorf("translation not in the offer's history: %+v", last)
	}

	// A change of substance makes the translation of that field outdated.
	cur, _ := f.s.Service(f.ctx, f.r.ID, sv.ID)
	cur.Summary = "Beratung zur Pflege und zur Wohnung."
	if err := f.s.SaveService(f.ctx, f.actor, &cur); err != nil {
		t.Fatal(err)
	}
	if got := status("summary"); got != directory.TranslationOutdated {
		t.Errorf("after a change of substance: summary is %s, want outdated", got)
	}
	if got := status("name"); got != directory.TranslationCurrent {
		t.Errorf("an unchanged field's translation became %s", got)
	}

	// A minor change keeps current translations current, and outdated
	// ones outdated.
	cur, _ = f.s.Service(f.ctx, f.r.ID, sv.ID)
	cur.Name = "Pflege-Beratung"
	cur.Summary = "Beratung zur Pflege und zur Wohnung!"
	cur.MinorEdit = true
	if err := f.s.SaveService(f.ctx, f.actor, &cur); err != nil {
		t.Fatal(err)
	}
	if got := status("name"); got != directory.TranslationCurrent {
		t.Errorf("after a minor edit: name is %s, want current", got)
	}
	if got := status("summary"); got != directory.TranslationOutdated {
		t.Errorf("a minor edit made an outdated translation %s", got)
	}

	// Saving the translation again (a translator's update) makes it current.
	if err := f.s.SaveTranslation(f.ctx, f.actor, tr("summary", "Bakım ve konut hakkında danışmanlık.")); err != nil {
		t.Fatal(err)
	}
	if got := status("summary"); got != directory.TranslationCurrent {
		t.Errorf("after translating anew: %s", got)
	}
	// Machine translations are marked.
	m := tr("description", "Sizi evde bilgilendiriyoruz.")
	m.Machine = true
	if err := f.s.SaveTranslation(f.ctx, f.actor, m); err != nil {
		t.Fatal(err)
	}
	if got := status("description"); got != directory.TranslationMachine {
		t.Errorf("machine translation: %s", got)
	}
	// An empty text deletes the translation.
	if err := f.s.SaveTranslation(f.ctx, f.actor, tr("description", "")); err != nil {
		t.Fatal(err)
	}
	if got := status("description"); got != directory.TranslationMissing {
		t.Errorf("after deleting: %s", got)
	}

	// Refused: German, a language the region does not offer, a field that
	// is not translatable, another region's record, an import of a text
	// whose source changed.
	other := f.region("stadt-b")
	otherOrg := other.saveOrg("Diakonie")
	for name, bad := range map[string]*directory.Translation{
		"german":        {RegionID: f.r.ID, EntityType: directory.TranslateService, EntityID: sv.ID, Field: "name", Lang: "de", Text: "x"},
		"not offered":   {RegionID: f.r.ID, EntityType: directory.TranslateService, EntityID: sv.ID, Field: "name", Lang: "ru", Text: "x"},
		"not a field":   {RegionID: f.r.ID, EntityType: directory.TranslateService, EntityID: sv.ID, Field: "url", Lang: "tr", Text: "x"},
		"other region":  {RegionID: f.r.ID, EntityType: directory.TranslateOrganization, EntityID: otherOrg.ID, Field: "name", Lang: "tr", Text: "x"},
		"control chars": {RegionID: f.r.ID, EntityType: directory.TranslateService, EntityID: sv.ID, Field: "name", Lang: "tr", Text: "a\x00b"},
	} {
		if err := f.s.SaveTranslation(f.ctx, f.actor, bad); err == nil {
			t.Errorf("%s: saved", name)
		}
	}
	stale := []directory.Translation{*tr("summary", "eski"), *tr("name", "yeni")}
	stale[0].SourceText = "Beratung zur Pflege."
	if err := f.s.SaveTranslations(f.ctx, f.actor, f.r.ID, stale, true); directory.ErrorCode(err) != directory.ECONFLICT {
		t.Errorf("import of a translation of a changed text: %v, want a conflict", err)
	}
	if got, _ := f.s.TranslationsFor(f.ctx, f.r.ID, "tr", directory.TranslateService, []string{sv.ID}); got.Get(sv.ID, "name").Text != "Bakım danışmanlığı" {
		t.Errorf("a refused import changed the name translation to %q", got.Get(sv.ID, "name").Text)
	}
	// Leichte Sprache is a language like the others.
	ls := &directory.Translation{RegionID: f.r.ID, EntityType: directory.TranslateService, EntityID: sv.ID, Field: "summary",
		Lang: directory.LeichteSprache, Text: "Sie brauchen Pflege?\nWir helfen Ihnen."}
	if err := f.s.SaveTranslation(f.ctx, f.actor, ls); err != nil {
		t.Errorf("Leichte Sprache: %v", err)
	}
}

// testTranslationWork checks the overview counts and the work list.
func testTranslationWork(t *testing.T, open Opener) {
	f := setup(t, open)
	org := f.saveOrg("Caritas", func(o *directory.Organization) { o.Description = "Wohlfahrt" })
	a := f.saveService(org.ID, "Alpha", func(s *directory.Service) { s.Summary = "A"; s.Description = "AA" })
	b := f.saveService(org.ID, "Beta", func(s *directory.Service) { s.Description = "BB" })
	save := func(id, field, text string, machine bool) {
		t.Helper()
		x := &directory.Translation{RegionID: f.r.ID, EntityType: directory.TranslateService, EntityID: id, Field: field, Lang: "tr", Text: text, Machine: machine}
		if err := f.s.SaveTranslation(f.ctx, f.actor, x); err != nil {
			t.Fatal(err)
		}
	}
	save(a.ID, "name", "Alfa", false)
	save(a.ID, "summary", "A-tr", true)
	save(b.ID, "name", "Beta-tr", false)
	cur, _ := f.s.Service(f.ctx, f.r.ID, b.ID)
	cur.Name = "Beta neu"
	if err := f.s.SaveService(f.ctx, f.actor, &cur); err != nil {
		t.Fatal(err)
	}
	over, err := f.s.TranslationOverview(f.ctx, f.r.ID, []string{"tr", "ar"})
	if err != nil {
		t.Fatal(err)
	}
	find := func(lang, et string) store.TranslationCount {
		for _, c := range over {
			if c.Lang == lang && c.EntityType == et {
				return c
			}
		}
		t.Fatalf("no count for %s %s", lang, et)
		return store.TranslationCount{}
	}
	// Offers: Alpha has name, summary, description; Beta has name, description: 5 texts.
	if got, want := find("tr", directory.TranslateService), (store.TranslationCount{Lang: "tr", EntityType: directory.TranslateService, Current: 1, Machine: 1, Outdated: 1, Missing: 2}); got != want {
		t.Errorf("tr offers = %+v, want %+v", got, want)
	}
	if got := find("ar", directory.TranslateService); got.Missing != 5 || got.Total() != 5 {
		t.Errorf("ar offers = %+v, want 5 missing", got)
	}
	if got := find("tr", directory.TranslateOrganization); got.Missing != 2 {
		t.Errorf("tr organisations = %+v, want name and description missing", got)
	}
	items, total, err := f.s.TranslationQueue(f.ctx, f.r.ID, store.QueueFilter{Lang: "tr", EntityType: directory.TranslateService})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, it := range items {
		got = append(got, it.Label+"/"+it.Field+"/"+it.Status)
	}
	want := []string{"Alpha/summary/machine", "Alpha/description/missing", "Beta neu/name/outdated", "Beta neu/description/missing"}
	if total != len(want) || len(got) != len(want) {
		t.Fatalf("queue = %v (total %d), want %v", got, total, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("queue[%d] = %s, want %s", i, got[i], want[i])
		}
	}
	items, _, err = f.s.TranslationQueue(f.ctx, f.r.ID, store.QueueFilter{Lang: "tr", Statuses: []string{directory.TranslationOutdated}})
	if err != nil || len(items) != 1 || items[0].Translation.Text != "Beta-tr" || items[0].Translation.SourceText != "Beta" {
		t.Errorf("outdated queue = %+v, %v", items, err)
	}
	// Archived records drop out.
	if err := f.s.ArchiveService(f.ctx, f.actor, f.r.ID, b.ID); err != nil {
		t.Fatal(err)
	}
	over, _ = f.s.TranslationOverview(f.ctx, f.r.ID, []string{"tr"})
	if got := find("tr", directory.TranslateService); got.Total() != 3 || got.Outdated != 0 {
		t.Errorf("after archiving Beta: %+v", got)
	}
}
