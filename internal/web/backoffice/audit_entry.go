package backoffice

import (
	"net/http"
	"strconv"

	"github.com/lotse/lotse/internal/audit"
)

type auditEntryPage struct {
	*view
	Entry   audit.Entry
	Changes []auditChange
}

type auditChange struct {
	audit.Change
	Label string // translated field name, "" when unknown
}

// auditFieldLabels names the recorded fields that have a form label.
var auditFieldLabels = map[string]string{
	"Name": "admin.field.name", "AlternateName": "admin.org.alternate_name", "Summary": "admin.offer.summary",
	"Description": "admin.field.description", "URL": "admin.offer.url", "Email": "admin.field.email",
	"Status": "admin.offer.status", "Alert": "admin.offer.alert", "AssuredDate": "admin.offer.assured_date",
	"OrganizationID": "admin.offer.organization", "TermIDs": "admin.offer.terms", "Languages": "admin.offer.languages",
	"Locations": "admin.offer.locations", "Schedules": "admin.hours.title", "CostOptions": "admin.offer.free",
	"FeesDescription": "admin.offer.fees", "EligibilityDescription": "admin.offer.eligibility",
	"ApplicationProcess": "admin.offer.application", "InterpretationServices": "admin.offer.interpretation",
	"MinimumAge": "admin.offer.minimum_age", "MaximumAge": "admin.offer.maximum_age",
	"ArchivedAt": "admin.state.archived", "Title": "admin.page.title", "Body": "admin.page.body", "Slug": "admin.town.slug",
	"PostalCodes": "admin.town.postal_codes", "Latitude": "admin.location.latitude", "Longitude": "admin.location.longitude",
	"Type": "admin.field.type", "Website": "admin.org.website", "Logo": "admin.org.logo", "ParentID": "admin.term.parent",
	"Addresses": "admin.location.address", "FeatureTermIDs": "admin.location.features",
	"Accessibility": "admin.location.accessibility", "Transportation": "admin.location.transportation",
	"TownID": "admin.location.town", "Phones": "admin.contact.phone", "Department": "admin.contact.department",
	"Code": "admin.term.code", "SortOrder": "admin.term.sort_order", "Role": "admin.user.role", "DisabledAt": "admin.user.disabled",
	"ServiceID": "admin.contact.owner", "LocationID": "admin.contact.owner",
	"Synonyms": "admin.term.synonyms",
	// Translations (entries on the translated record).
	"Text": "admin.translation.audit.text", "SourceText": "admin.translation.audit.source", "Machine": "admin.translation.machine",
	"Lang": "admin.translation.audit.lang", "Field": "admin.audit.field",
}

// auditEntry shows one entry of the audit log with the fields it changed.
func (o *Office) auditEntry(w http.ResponseWriter, r *http.Request) {
	s := sessionFrom(r)
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		o.notFound(w, r)
		return
	}
	e, err := o.env.Store.AuditEntry(r.Context(), s.user.RegionID, id)
	if err != nil {
		o.fail(w, r, err)
		return
	}
	v := o.newView(w, r, "admin.audit.entry", "audit")
	p := &auditEntryPage{view: v, Entry: e}
	for _, c := range e.Changes() {
		// The version counter and the time stamp change every time;
		// the entry says when already.
		if c.Field == "Ver" || c.Field == "UpdatedAt" {
			continue
		}
		ch := auditChange{Change: c}
		if key, ok := auditFieldLabels[c.Field]; ok {
			ch.Label = v.T(key)
		}
		p.Changes = append(p.Changes, ch)
	}
	o.render(w, http.StatusOK, "audit_entry", p)
}
