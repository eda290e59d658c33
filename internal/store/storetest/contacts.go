package storetest

import (
	"strings"
	"testing"
	"time"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/store"
)

func testContacts(t *testing.T, open Opener) {
	f := setup(t, open)
	org := f.saveOrg("AWO")
	sv := f.saveService(org.ID, "Pflegeberatung")
	loc := f.saveLocation("Begegnungszentrum")

	phoneID := directory.NewID()
	c := directory.Contact{RegionID: f.r.ID, OrganizationID: org.ID, Name: " Beratung Pflege ", Title: "Pflegeberatung", Department: "Soziale Dienste",
		Email: "pflege@awo.example", Phones: []directory.Phone{
			{ID: phoneID, Number: "02361 / 53-2717", Extension: ptr(12), Description: "Mo–Fr vormittags", Languages: []string{"tr", "de", "tr", " "}},
			{Number: "0171 1234567", Type: "cell"},
			{Number: "  "},
		}}
	if err := f.s.SaveContact(f.ctx, f.actor, &c); err != nil {
		t.Fatal(err)
	}
	if len(c.Phones) != 2 {
		t.Fatalf("saved phones = %+v, want two (the empty number dropped)", c.Phones)
	}
	want := directory.Contact{ID: c.ID, RegionID: f.r.ID, OrganizationID: org.ID, Name: "Beratung Pflege", Title: "Pflegeberatung",
		Department: "Soziale Dienste", Email: "pflege@awo.example", Ver: 1, UpdatedAt: f.clock.Stored(), Phones: []directory.Phone{
			{ID: phoneID, Number: "02361 / 53-2717", Extension: ptr(12), Type: "voice", Description: "Mo–Fr vormittags", Languages: []string{"de", "tr"}},
			{ID: c.Phones[1].ID, Number: "0171 1234567", Type: "cell"},
		}}
	check(t, "saved contact", c, want)
	got, err := f.s.Contact(f.ctx, f.r.ID, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	check(t, "Contact (round trip)", got, want)
	if !directory.ValidID(c.Phones[1].ID) {
		t.Errorf("new phone got id %q", c.Phones[1].ID)
	}

	// An update replaces the phones and their languages.
	f.clock.Advance(time.Minute)
	got.Phones = []directory.Phone{got.Phones[1], {Number: "02361 99999", Languages: []string{"ar"}}}
	got.Phones[0].Languages = []string{"ru"}
	if err := f.s.SaveContact(f.ctx, f.actor, &got); err != nil {
		t.Fatal(err)
	}
	reloaded, _ := f.s.Contact(f.ctx, f.r.ID, c.ID)
	check(t, "updated contact", reloaded, got)
	check(t, "updated phones", ids(reloaded.Phones, func(p directory.Phone) string { return p.Number + " " + strings.Join(p.Languages, ",") }),
		[]string{"0171 1234567 ru", "02361 99999 ar"})
	if reloaded.Ver != 2 || reloaded.Phones[0].ID != want.Phones[1].ID {
		t.Errorf("updated contact = %+v: want version 2 and the kept phone's id", reloaded)
	}

	forService := f.saveContact("Anmeldung", func(c *directory.Contact) { c.ServiceID = sv.ID })
	forLocation := f.saveContact("Empfang", func(c *directory.Contact) { c.LocationID = loc.ID; c.Email = "empfang@awo.example" })
	gone := f.saveContact("Alte Nummer", func(c *directory.Contact) { c.OrganizationID = org.ID })
	if err := f.s.ArchiveContact(f.ctx, f.actor, f.r.ID, gone.ID); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		f    store.ContactFilter
		want []string
	}{
		{"all current", store.ContactFilter{}, []string{forService.ID, c.ID, forLocation.ID}},
		{"with archived", store.ContactFilter{Archived: store.AllRecords}, []string{gone.ID, forService.ID, c.ID, forLocation.ID}},
		{"archived", store.ContactFilter{Archived: store.ArchivedOnly}, []string{gone.ID}},
		{"organisation", store.ContactFilter{OrganizationID: org.ID}, []string{c.ID}},
		{"service", store.ContactFilter{ServiceID: sv.ID}, []string{forService.ID}},
		{"location", store.ContactFilter{LocationID: loc.ID}, []string{forLocation.ID}},
		{"query in name", store.ContactFilter{Query: "PFLEGE"}, []string{c.ID}},
		{"query in e-mail", store.ContactFilter{Query: "empfang@"}, []string{forLocation.ID}},
		{"query in department", store.ContactFilter{Query: "soziale"}, []string{c.ID}},
		{"page", store.ContactFilter{Limit: 1, Offset: 1}, []string{c.ID}},
		{"malformed id", store.ContactFilter{ServiceID: "x"}, []string{}},
	} {
		list, err := f.s.Contacts(f.ctx, f.r.ID, tc.f)
		if err != nil {
			t.Errorf("Contacts %s: %v", tc.name, err)
			continue
		}
		check(t, "Contacts "+tc.name, ids(list, func(c directory.Contact) string { return c.ID }), tc.want)
		n, err := f.s.CountContacts(f.ctx, f.r.ID, tc.f)
		wantN := len(tc.want)
		if tc.f.Limit > 0 {
			wantN = 3 // the count ignores paging
		}
		if err != nil || n != wantN {
			t.Errorf("CountContacts %s = %d, %v; want %d", tc.name, n, err, wantN)
		}
	}
	list, _ := f.s.Contacts(f.ctx, f.r.ID, store.ContactFilter{OrganizationID: org.ID})
	if len(list) == 1 {
		check(t, "listed contact carries its phones", list[0], reloaded)
	}

	if err := f.s.RestoreContact(f.ctx, f.actor, f.r.ID, gone.ID); err != nil {
		t.Fatal(err)
	}
	if got, _ := f.s.Contact(f.ctx, f.r.ID, gone.ID); got.ArchivedAt != nil || got.Ver != 3 {
		t.Errorf("restored contact = %+v", got)
	}
	_, err = f.s.Contact(f.ctx, f.r.ID, directory.NewID())
	wantCode(t, "unknown contact", err, directory.ENOTFOUND)
}
