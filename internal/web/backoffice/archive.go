package backoffice

import (
	"context"
	"net/http"
	"slices"
	"time"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/directory"
)

// archiveFunc is a store's Archive* or Restore* method.
type archiveFunc func(ctx context.Context, actor audit.Actor, regionID, id string) error

// setArchived archives or restores the record named in the URL and goes
// back to its form. The store looks the record up within the user's
// region, so another region's id is not found.
func (o *Office) setArchived(w http.ResponseWriter, r *http.Request, fn archiveFunc, back, flash string) {
	s := sessionFrom(r)
	id := r.PathValue("id")
	if !directory.ValidID(id) {
		o.notFound(w, r)
		return
	}
	if err := fn(r.Context(), s.actor(), s.user.RegionID, id); err != nil {
		o.fail(w, r, err)
		return
	}
	o.saved(w, r, back+"/"+id, flash)
}

// record describes the record a form edits, for the page around it.
type record struct {
	IsNew    bool
	ID       string
	Name     string
	Action   string // URL the form posts to
	Base     string // prefix of the record's URLs
	List     string // URL of the list the record is in
	Entity   string // audit entity type
	Archived bool
	Updated  string // formatted time of the last change
	// Fixed records cannot be archived (built-in taxonomy terms).
	Fixed bool
	// Translatable records have texts translated into the region's
	// other languages; Translations is their editor ("" for a new or an
	// archived record).
	Translatable bool
	Translations string
}

// History is the URL of the record's audit history.
func (rec record) History() string { return historyURL(rec.Entity, rec.ID) }

func newRecord(v *view, base, entity, id, name string, archivedAt *time.Time, updatedAt time.Time) record {
	rec := record{IsNew: id == "", ID: id, Name: name, Base: base, List: base, Entity: entity, Archived: archivedAt != nil, Updated: v.DateTime(updatedAt)}
	rec.Action = base + "/new"
	if id != "" {
		rec.Action = base + "/" + id
	}
	if langs := targetLangs(v.Region); len(langs) > 0 && slices.Contains(directory.TranslatableTypes, entity) {
		rec.Translatable = true
		if id != "" && archivedAt == nil {
			rec.Translations = editorURL(langs[0], entity, id)
		}
	}
	return rec
}
