package backoffice

import (
	"net/http"
	"net/url"
	"strconv"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/directory"
)

// auditTypes are the entity types the audit log can be filtered by.
var auditTypes = []string{audit.EntityService, audit.EntityOrganization, audit.EntityLocation, audit.EntityContact,
	audit.EntityTerm, audit.EntityPage, audit.EntityTown, audit.EntityUser, audit.EntityRegion, audit.EntityDataset}

const auditPerPage = 50

type auditListPage struct {
	*view
	Entries []audit.Entry
	Types   []option
	Users   []option
	Type    string // the entity type filter
	UserID  string // the user filter
	ID      string // set when the log shows one record's history
	Record  string // URL of that record
	Older   string // URL of the next older page, "" on the last
	Newest  string // URL of the first page, "" on it
}

// auditList shows the region's audit log, newest first, filtered by
// entity type, user or one record (its history).
func (o *Office) auditList(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	v := o.newView(w, r, "admin.audit.title", "audit")
	q := r.URL.Query()
	p := &auditListPage{view: v}
	for _, t := range auditTypes {
		p.Types = append(p.Types, option{Value: t, Label: v.T(entityKey(t))})
	}
	users, err := o.env.Store.Users(ctx, v.Region.ID)
	if err != nil {
		o.fail(w, r, err)
		return
	}
	for _, u := range users {
		p.Users = append(p.Users, option{Value: u.ID, Label: u.Email})
	}
	f := audit.Filter{Limit: auditPerPage + 1}
	if t := q.Get("type"); has(p.Types, t) {
		p.Type, f.EntityType = t, t
	}
	if u := q.Get("user"); has(p.Users, u) {
		p.UserID, f.UserID = u, u
	}
	if id := q.Get("id"); directory.ValidID(id) {
		p.ID, f.EntityID = id, id
	}
	if n, err := strconv.ParseInt(q.Get("before"), 10, 64); err == nil && n > 0 {
		f.BeforeID = n
	}
	entries, err := o.env.Store.AuditEntries(ctx, v.Region.ID, f)
	if err != nil {
		o.fail(w, r, err)
		return
	}
	link := url.Values{}
	for k, val := range map[string]string{"type": p.Type, "user": p.UserID, "id": p.ID} {
		if val != "" {
			link.Set(k, val)
		}
	}
	if len(entries) > auditPerPage {
		entries = entries[:auditPerPage]
		older := url.Values{}
		for k, vs := range link {
			older[k] = vs
		}
		older.Set("before", strconv.FormatInt(entries[len(entries)-1].ID, 10))
		p.Older = "/admin/audit?" + older.Encode()
	}
	if f.BeforeID > 0 {
		p.Newest = "/admin/audit"
		if len(link) > 0 {
			p.Newest += "?" + link.Encode()
		}
	}
	p.Entries = entries
	if p.ID != "" {
		v.Title = v.T("admin.audit.history")
		if len(entries) > 0 {
			p.Record = recordURL(entries[0].EntityType, p.ID, v.IsAdmin())
			v.Title = v.T("admin.audit.history_of", "Name", entries[0].Summary)
		}
	}
	o.render(w, http.StatusOK, "audit_list", p)
}

// entityKey is the message key naming an entity type.
func entityKey(t string) string { return "admin.entity." + t }

// ActionKey is the message key naming an audit action.
func (v *view) ActionKey(a string) string { return "admin.action." + a }

// EntityKey is the message key naming an entity type.
func (v *view) EntityKey(t string) string { return entityKey(t) }

// RecordURL is the edit page of a record in the audit log, "" when there
// is none for this user.
func (v *view) RecordURL(e audit.Entry) string {
	if e.Action == audit.ActionLogin || e.Action == audit.ActionLogout {
		return ""
	}
	return recordURL(e.EntityType, e.EntityID, v.IsAdmin())
}

func recordURL(entity, id string, admin bool) string {
	if !directory.ValidID(id) {
		return ""
	}
	switch entity {
	case audit.EntityService:
		return "/admin/offers/" + id
	case audit.EntityOrganization:
		return "/admin/organizations/" + id
	case audit.EntityLocation:
		return "/admin/locations/" + id
	case audit.EntityContact:
		return "/admin/contacts/" + id
	case audit.EntityTerm:
		return "/admin/terms/" + id
	case audit.EntityPage:
		return "/admin/pages/" + id
	case audit.EntityTown:
		if admin {
			return "/admin/towns/" + id
		}
	case audit.EntityUser:
		if admin {
			return "/admin/users/" + id
		}
	}
	return ""
}
