package hsds

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/lotse/lotse/internal/directory"
)

// Children of the input's records: opening hours, languages, phones,
// contacts.

// childID returns the id for a child record. HSDS data may use one id
// for copies of a record under several owners (the official examples
// do), which Lotse stores once per owner; a copy under another owner
// gets an id derived from that owner.
func (m *mapper) childID(table, id, ownerID string, at origin) string {
	if id == "" {
		return ""
	}
	used := m.usedIDs[table]
	if used == nil {
		used = map[string]string{}
		m.usedIDs[table] = used
	}
	owner, ok := used[id]
	if !ok || owner == ownerID {
		used[id] = ownerID
		return id
	}
	nid := directory.DerivedID(ownerID, table+":"+id)
	used[nid] = ownerID
	m.warn(at.at("/id"), "id %s is used by several records; this copy gets the id %s", id, nid)
	return nid
}

func (m *mapper) schedules(in []Schedule, ownerID, salID string, at origin) []directory.Schedule {
	out := []directory.Schedule{}
	for i := range in {
		sc := &in[i]
		sat := at.atf("/%d", i)
		d := directory.Schedule{ID: m.childID("schedules", lid(sc.ID), cmp.Or(salID, ownerID), sat), ServiceAtLocationID: salID,
			Freq: sc.Freq, ByDay: sc.ByDay, ByMonthDay: sc.ByMonthDay, OpensAt: sc.OpensAt, ClosesAt: sc.ClosesAt,
			ValidFrom: sc.ValidFrom, ValidTo: sc.ValidTo, DTStart: sc.DTStart, Until: sc.Until, Description: sc.Description, Notes: sc.Notes}
		if sc.Interval != nil {
			if n := *sc.Interval; n == math.Trunc(n) && n >= 0 && n <= 1000 {
				d.Interval = int(n)
			} else {
				m.warn(sat.at("/interval"), "interval %v of schedule %s dropped: it is not a whole number", n, d.ID)
			}
		}
		for j := range sc.Attributes {
			a := &sc.Attributes[j]
			aat := sat.atf("/attributes/%d", j)
			_, builtin, code, ok := m.term(a, aat)
			if !ok {
				continue
			}
			if builtin == directory.TaxLotse && code == directory.LotseClosed {
				if sc.Freq == "" {
					d.Closed = true
				} else {
					m.warn(aat, "closure attribute of schedule %s dropped: only a dated schedule (without freq) can mark a closure", d.ID)
				}
				continue
			}
			m.warn(aat, "attribute %s of schedule %s dropped: Lotse keeps only the lotse/closed attribute on schedules", lid(a.ID), d.ID)
		}
		d.Normalize()
		if err := d.Validate(); err != nil {
			m.warn(sat, "schedule %s dropped: Lotse cannot read it (%s)%s", d.ID, fieldText(err), quoteText(sc.Description))
			continue
		}
		out = append(out, d)
	}
	return out
}

func quoteText(s string) string {
	if s = strings.TrimSpace(s); s == "" {
		return ""
	}
	if utf8.RuneCountInString(s) > 80 {
		s = string([]rune(s)[:80]) + "…"
	}
	return fmt.Sprintf("; its description was %q", s)
}

// languageCode returns the ISO 639 code of a language, looking it up by
// name when the code is missing.
func (m *mapper) languageCode(l Language, at origin) (string, bool) {
	code := strings.ToLower(strings.TrimSpace(l.Code))
	if code == "" {
		name := strings.TrimSpace(l.Name)
		for _, k := range directory.KnownLanguages {
			if name != "" && (strings.EqualFold(k.German, name) || strings.EqualFold(k.Native, name)) {
				code = k.Code
			}
		}
	}
	if !directory.ValidLanguageCode(code) {
		m.warn(at, "language %s dropped: %q is not an ISO 639 code", lid(l.ID), cmp.Or(l.Code, l.Name))
		return "", false
	}
	return code, true
}

func (m *mapper) age(p *float64, at origin, what string) *int {
	if p == nil {
		return nil
	}
	if *p != math.Trunc(*p) || *p < 0 || *p > 130 {
		m.warn(at, "age %v of %s dropped: it is not a whole number of years between 0 and 130", *p, what)
		return nil
	}
	n := int(*p)
	return &n
}

func (m *mapper) optURL(s string, at origin, what string) string {
	s = strings.TrimSpace(s)
	if s == "" || directory.ValidWebURL(s) {
		return s
	}
	m.warn(at, "URL %q of %s dropped: Lotse keeps only http and https addresses", s, what)
	return ""
}

func (m *mapper) optEmail(s string, at origin, what string) string {
	s = strings.TrimSpace(s)
	if s == "" || directory.ValidEmail(s) {
		return s
	}
	m.warn(at, "e-mail address %q of %s dropped: it is not a plain address", s, what)
	return ""
}

// cleanPhone keeps what a phone number consists of (digits, spaces and
// "+/-()"), so that numbers such as "\"+44 1234 234567\"" are usable.
func cleanPhone(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9', strings.ContainsRune(" +/-()", r):
			b.WriteRune(r)
		case r == '.' || r == '\t':
			b.WriteByte(' ')
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

func (m *mapper) phones(in []Phone, contactID string, at origin) []directory.Phone {
	var out []directory.Phone
	for i, p := range in {
		pat := at.atf("/%d", i)
		num := cleanPhone(p.Number)
		if !directory.ValidPhone(num) {
			m.warn(pat.at("/number"), "phone %s dropped: %q is not a phone number", lid(p.ID), p.Number)
			continue
		}
		if num != strings.TrimSpace(p.Number) {
			m.warn(pat.at("/number"), "phone number %q is kept as %q", p.Number, num)
		}
		d := directory.Phone{ID: lid(p.ID), Number: num, Type: strings.ToLower(strings.TrimSpace(p.Type)), Description: p.Description}
		if d.Type != "" && !slices.Contains(directory.PhoneTypes, d.Type) {
			m.warn(pat.at("/type"), "phone type %q is not one of HSDS's types; %q is used", p.Type, "voice")
			d.Type = "voice"
		}
		if p.Extension != nil {
			if n := *p.Extension; n == math.Trunc(n) && n >= 0 && n < 1e9 {
				e := int(n)
				d.Extension = &e
			} else {
				m.warn(pat.at("/extension"), "extension %v of phone %s dropped: it is not a whole number", n, d.ID)
			}
		}
		for j, l := range p.Languages {
			if code, ok := m.languageCode(l, pat.atf("/languages/%d", j)); ok {
				d.Languages = append(d.Languages, code)
			}
		}
		if owner, ok := m.phoneOwner[d.ID]; ok && owner != contactID {
			nid := directory.DerivedID(contactID, "phone:"+d.ID)
			m.warn(pat.at("/id"), "phone id %s is used by several contacts; this copy gets the id %s", d.ID, nid)
			d.ID = nid
		}
		m.phoneOwner[d.ID] = contactID
		out = append(out, d)
	}
	return out
}

// addContact adds a contact found under an owner. A contact met again
// under another owner (HSDS nests the same contact under each record it
// belongs to) gains that owner, as long as Lotse can record it: one
// organisation, one offer and one location at most.
func (m *mapper) addContact(c *Contact, own owners, at origin) {
	id := lid(c.ID)
	// Owner ids the contact names itself, if they resolve.
	if o := lid(c.OrganizationID); own.org == "" && o != "" && (m.orgs.byID[o] != nil || m.ex.orgs[o] != nil) {
		own.org = o
	}
	if s := lid(c.ServiceID); own.service == "" && s != "" && (m.services.byID[s] != nil || m.ex.services[s] != nil) {
		own.service = s
	}
	if l := lid(c.LocationID); own.location == "" && l != "" && (m.locs.byID[l] != nil || m.ex.locs[l] != nil) {
		own.location = l
	}
	if acc, ok := m.contacts[id]; ok {
		if merged, ok := mergeOwners(acc.c, own); ok {
			acc.c = merged
			return
		}
		key := cmp.Or(own.service, own.org, own.location)
		nid := directory.DerivedID(key, "contact:"+id)
		if _, seen := m.contacts[nid]; seen {
			if merged, ok := mergeOwners(m.contacts[nid].c, own); ok {
				m.contacts[nid].c = merged
			}
			return
		}
		m.warn(at.at("/id"), "contact %s belongs to more records than Lotse can link one contact to; this copy gets the id %s", id, nid)
		id = nid
	}
	// A stored contact keeps the owners this import does not name.
	if ex := m.ex.contacts[id]; ex != nil {
		own.org = cmp.Or(own.org, ex.OrganizationID)
		own.service = cmp.Or(own.service, ex.ServiceID)
		own.location = cmp.Or(own.location, ex.LocationID)
	}
	d := directory.Contact{ID: id, OrganizationID: own.org, ServiceID: own.service, LocationID: own.location,
		Name: strings.TrimSpace(c.Name), Title: strings.TrimSpace(c.Title), Department: strings.TrimSpace(c.Department)}
	d.Email = m.optEmail(c.Email, at.at("/email"), "contact "+id)
	d.Phones = m.phones(c.Phones, id, at.at("/phones"))
	if f := directory.FieldErrors(d.Validate()); (f["name"] != "" && f["name"] != "error.contact_empty") || f["title"] != "" || f["department"] != "" {
		m.problem(at, "contact %s: %s", id, fieldText(d.Validate()))
	}
	m.contacts[id] = &contactAcc{c: d, at: at}
	m.contactIDs = append(m.contactIDs, id)
}

func mergeOwners(c directory.Contact, own owners) (directory.Contact, bool) {
	for _, f := range []struct {
		have *string
		want string
	}{{&c.OrganizationID, own.org}, {&c.ServiceID, own.service}, {&c.LocationID, own.location}} {
		if f.want != "" && *f.have != "" && *f.have != f.want {
			return c, false
		}
	}
	c.OrganizationID = cmp.Or(c.OrganizationID, own.org)
	c.ServiceID = cmp.Or(c.ServiceID, own.service)
	c.LocationID = cmp.Or(c.LocationID, own.location)
	return c, true
}

// mapPhoneSets turns phones attached directly to records into contacts,
// leaving out phones that a contact already has.
func (m *mapper) mapPhoneSets() {
	for _, ps := range m.phoneSets {
		id := directory.DerivedID(ps.key, "phones")
		var rest []Phone
		for _, p := range ps.phones {
			if _, ok := m.phoneOwner[lid(p.ID)]; !ok || m.phoneOwner[lid(p.ID)] == id {
				rest = append(rest, p)
			}
		}
		if len(rest) == 0 {
			continue
		}
		phones := m.phones(rest, id, ps.at)
		if len(phones) == 0 {
			continue
		}
		if acc, ok := m.contacts[id]; ok {
			acc.c.Phones = append(acc.c.Phones, phones...)
			continue
		}
		c := directory.Contact{ID: id, OrganizationID: ps.owner.org, ServiceID: ps.owner.service, LocationID: ps.owner.location, Phones: phones}
		m.contacts[id] = &contactAcc{c: c, at: ps.at}
		m.contactIDs = append(m.contactIDs, id)
	}
}
