package site_test

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/web/webtest"
)

func TestOfferDetailOfEveryFixtureOffer(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	a := h.A
	tests := []struct {
		sv    directory.Service
		wants []string
		nots  []string
	}{
		{a.Services[0], []string{
			"<h1>Pflegeberatung auf Türkisch</h1>",
			`<p class="lead summary">Beratung zu Pflegegrad und Hilfen, auch auf Türkisch.</p>`,
			`<li class="badge open">Jetzt geöffnet bis 14:00 Uhr</li>`,
			`<a href="/kreis-re/de/organizations/` + a.Orgs[0].ID + `">Beratungs- und Infocenter Pflege Kreis Recklinghausen</a>`,
			`<li lang="de" dir="ltr">Deutsch</li><li lang="tr" dir="ltr">Türkçe</li>`,
			"<li>Pflegegrad</li>", // the description's list, through textfmt
			"<li>Ohne Termin (offene Sprechstunde)</li>",
			"Kommen Sie in die offene Sprechstunde oder rufen Sie an.",
			"<p>Das Angebot ist kostenlos.</p>",
			"<strong>Für:</strong> <span>Seniorinnen und Senioren</span>",
			"<strong>Themen:</strong> <span>Pflege</span>",
			"<h3>BIP Marl</h3>",
			`<p class="addr">Carl-Duisberg-Straße 12<br>45772 Marl</p>`,
			`<a href="https://www.openstreetmap.org/?mlat=51.65710&amp;mlon=7.09210#map=17/51.65710/7.09210">Auf der Karte zeigen (OpenStreetMap)</a>`,
			"Bus 222 bis Marl Mitte", "<li>Stufenloser Zugang</li>",
			`<tr class="today" aria-current="date"><th scope="row">Montag <span class="tag">heute</span></th><td>09:00–14:00</td></tr>`,
			`<tr><th scope="row">Mittwoch</th><td>09:00–14:30</td></tr>`,
			`<tr><th scope="row">Donnerstag</th><td>geschlossen</td></tr>`,
			"Geschlossen vom 24.12.2026 bis 01.01.2027 – <span>Weihnachten</span>",
			`<a class="tel" href="tel:&#43;492365991234">02365 99 1234</a>`,
			`<span>Am Telefon auf:</span> <ul class="langlist"><li lang="de" dir="ltr">Deutsch</li><li lang="tr" dir="ltr">Türkçe</li></ul>`,
			`<a href="mailto:pflege@example.org">pflege@example.org</a>`,
			`href="` + offerURL("de", a.Services[0]) + `/print">Druckansicht</a>`,
			`<li><a href="/kreis-re/de/offers">Angebote</a></li>`,
			`<span aria-current="page">Pflegeberatung auf Türkisch</span>`,
			"<title>Pflegeberatung auf Türkisch – Lotse Kreis Recklinghausen</title>",
		}, []string{"Zuletzt geprüft"}},
		{a.Services[1], []string{
			"<h1>Wohnberatung</h1>", "<li>Mit Termin</li>", "<p>Erstberatung kostenlos, Hausbesuch 20 Euro.</p>",
		}, []string{"Das Angebot ist kostenlos."}},
		{a.Services[2], []string{
			"<h1>Hausaufgabenhilfe</h1>", `<li lang="ar" dir="rtl">العربية</li>`, "Lippestraße 3<br>46282 Dorsten",
			`<a href="/kreis-re/de/organizations/` + a.Orgs[1].ID + `">Türkischer Elternverein Marl</a>`,
			"<strong>Für:</strong> <span>Familien</span>", "<p>Das Angebot ist kostenlos.</p>",
		}, []string{
			// Neither opening hours nor a map position: nothing is claimed.
			"Jetzt geöffnet", "Jetzt geschlossen", "openstreetmap",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.sv.Name, func(t *testing.T) {
			body := page(t, h, offerURL("de", tt.sv), http.StatusOK)
			has(t, tt.sv.Name, body, tt.wants...)
			hasNot(t, tt.sv.Name, body, tt.nots...)
			hasNot(t, tt.sv.Name, body, "Stadt B")
		})
	}
	en := page(t, h, offerURL("en", a.Services[0]), http.StatusOK)
	has(t, "english", en,
		`<h1 lang="de" dir="ltr">Pflegeberatung auf Türkisch</h1>`, // the offer's German name, marked
		"Open now until 14:00", `<th scope="row">Monday <span class="tag">today</span></th>`, "Closed from 24 Dec 2026 to 1 Jan 2027",
		"<li>Step-free access</li>", "<li>Without an appointment (drop-in hours)</li>", "This offer is free of charge.",
		"Show on the map (OpenStreetMap)", "Public administration")
}

func TestOfferDetailNotFound(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	ctx := context.Background()
	// Archiving an organisation hides its offers.
	must(t, h.Store.ArchiveOrganization(ctx, audit.System, h.A.Region.ID, h.A.Orgs[1].ID))
	h.Refresh()
	ids := map[string]string{
		"archived offer":                 h.A.Services[3].ID,
		"offer of archived organisation": h.A.Services[2].ID,
		"offer of another region":        h.B.Services[0].ID,
		"unknown id":                     directory.NewID(),
		"upper-case id":                  strings.ToUpper(h.A.Services[0].ID),
		"id with more":                   h.A.Services[0].ID + "x",
		"not an id":                      "abc",
		"number":                         "1",
		"escaped NUL":                    "%00",
		"escaped slash":                  "..%2f..%2fetc",
		"invalid UTF-8":                  "%ff%fe",
	}
	for name, id := range ids {
		t.Run(name, func(t *testing.T) {
			for _, suffix := range []string{"", "/print"} {
				body := page(t, h, "/kreis-re/de/offers/"+id+suffix, http.StatusNotFound)
				has(t, name, body, "<h1>Nicht gefunden</h1>", "Vielleicht wurde das Angebot beendet")
			}
		})
	}
	// The list no longer shows the hidden offer either.
	body := page(t, h, "/kreis-re/de/offers", http.StatusOK)
	hasNot(t, "list", body, "Hausaufgabenhilfe")
	page(t, h, "/kreis-re/de/organizations/"+h.A.Orgs[1].ID, http.StatusNotFound)
}

func TestOfferJSONLD(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	tests := []struct {
		sv       directory.Service
		typ      string
		provider string
	}{
		{h.A.Services[0], "GovernmentService", "GovernmentOrganization"},
		{h.A.Services[2], "Service", "NGO"},
	}
	for _, tt := range tests {
		root := parse(t, page(t, h, offerURL("de", tt.sv), http.StatusOK))
		scripts := root.find("script")
		if len(scripts) != 1 {
			t.Fatalf("%d scripts", len(scripts))
		}
		var ld struct {
			Context  string `json:"@context"`
			Type     string `json:"@type"`
			Name     string `json:"name"`
			URL      string `json:"url"`
			Provider struct {
				Type string `json:"@type"`
				Name string `json:"name"`
			} `json:"provider"`
			AreaServed []struct {
				Type string `json:"@type"`
				Name string `json:"name"`
			} `json:"areaServed"`
			Languages []struct {
				Name          string `json:"name"`
				AlternateName string `json:"alternateName"`
			} `json:"availableLanguage"`
			Hours    []map[string]any `json:"hoursAvailable"`
			Channels []struct {
				Location *struct {
					Address struct {
						PostalCode string `json:"postalCode"`
						Locality   string `json:"addressLocality"`
					} `json:"address"`
					Geo *struct {
						Latitude, Longitude float64
					} `json:"geo"`
				} `json:"serviceLocation"`
			} `json:"availableChannel"`
			Free bool `json:"isAccessibleForFree"`
		}
		if err := json.Unmarshal([]byte(scripts[0].text.String()), &ld); err != nil {
			t.Fatalf("%s: JSON-LD does not parse: %v\n%s", tt.sv.Name, err, scripts[0].text.String())
		}
		if ld.Context != "https://schema.org" || ld.Type != tt.typ || ld.Name != tt.sv.Name || ld.URL != h.URL+offerURL("de", tt.sv) {
			t.Errorf("%s: %+v", tt.sv.Name, ld)
		}
		if ld.Provider.Type != tt.provider {
			t.Errorf("%s: provider type %q, want %q", tt.sv.Name, ld.Provider.Type, tt.provider)
		}
		if len(ld.Languages) == 0 || ld.Languages[0].AlternateName != "de" || !ld.Free {
			t.Errorf("%s: languages %+v, free %v", tt.sv.Name, ld.Languages, ld.Free)
		}
		if len(ld.Channels) == 0 || ld.Channels[0].Location == nil {
			t.Fatalf("%s: no service location", tt.sv.Name)
		}
	}
	// The first offer has a place on the map and weekly hours.
	root := parse(t, page(t, h, offerURL("de", h.A.Services[0]), http.StatusOK))
	raw := root.find("script")[0].text.String()
	var ld map[string]any
	must(t, json.Unmarshal([]byte(raw), &ld))
	has(t, "JSON-LD", raw, `"areaServed":[{"@type":"City","name":"Marl"}]`,
		`"geo":{"@type":"GeoCoordinates","latitude":51.6571,"longitude":7.0921}`,
		`"postalCode":"45772"`,
		`{"@type":"OpeningHoursSpecification","closes":"14:00","dayOfWeek":["https://schema.org/Monday","https://schema.org/Tuesday"],"opens":"09:00"}`,
		`"servicePhone":{"@type":"ContactPoint","availableLanguage":["de","tr"],"telephone":"02365 99 1234"}`)
	if _, ok := ld["hoursAvailable"]; !ok {
		t.Error("no hoursAvailable")
	}
}

func TestOpenNowThroughThePage(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	at := func(s string) time.Time {
		tm, err := time.ParseInLocation("2006-01-02 15:04", s, directory.Berlin)
		must(t, err)
		return tm
	}
	// BIP Marl: Mon, Tue 09:00–14:00, Wed 09:00–14:30, closed 24 Dec to 1 Jan.
	tests := []struct {
		now, want, today string
	}{
		{"2026-11-23 10:30", "Jetzt geöffnet bis 14:00 Uhr", "Montag"},
		{"2026-11-23 08:59", "Jetzt geschlossen – öffnet heute um 09:00 Uhr", "Montag"},
		{"2026-11-23 14:00", "Jetzt geschlossen – öffnet morgen um 09:00 Uhr", "Montag"},
		{"2026-11-25 14:15", "Jetzt geöffnet bis 14:30 Uhr", "Mittwoch"},
		{"2026-11-25 14:30", "Jetzt geschlossen – öffnet am Montag um 09:00 Uhr", "Mittwoch"},
		{"2026-11-29 12:00", "Jetzt geschlossen – öffnet morgen um 09:00 Uhr", "Sonntag"},
		{"2026-12-28 10:00", "Jetzt geschlossen – öffnet am 04.01.2027 um 09:00 Uhr", "Montag"}, // Christmas closure
		{"2027-03-29 09:30", "Jetzt geöffnet bis 14:00 Uhr", "Montag"},                          // the day after the change to summer time
	}
	for _, tt := range tests {
		h.Now = at(tt.now)
		body := page(t, h, offerURL("de", h.A.Services[0]), http.StatusOK)
		has(t, tt.now, body, `<p class="status `, tt.want, `<tr class="today" aria-current="date"><th scope="row">`+tt.today+` <span class="tag">heute</span>`)
		list := page(t, h, "/kreis-re/de/offers?town=marl", http.StatusOK)
		has(t, tt.now+" (list)", list, tt.want)
	}
}

func TestOfferStatusBanners(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	ctx := context.Background()
	sv := h.A.Services[1]
	set := func(status, alert string) {
		t.Helper()
		cur, err := h.Store.Service(ctx, h.A.Region.ID, sv.ID)
		must(t, err)
		cur.Status, cur.Alert = status, alert
		must(t, h.Store.SaveService(ctx, audit.System, &cur))
		h.Refresh()
	}
	set(directory.StatusTemporarilyClosed, "Wegen Umbau bis März geschlossen.")
	body := page(t, h, offerURL("de", sv), http.StatusOK)
	has(t, "closed", body, "<strong>Dieses Angebot ist vorübergehend geschlossen.</strong>", "Wegen Umbau bis März geschlossen.")
	hasNot(t, "closed", body, "Jetzt geöffnet")
	list := page(t, h, "/kreis-re/de/offers?town=marl", http.StatusOK)
	has(t, "closed in list", list, `<li class="badge warn">Vorübergehend geschlossen</li>`, "Wohnberatung")

	set(directory.StatusInactive, "")
	has(t, "inactive", page(t, h, offerURL("de", sv), http.StatusOK), "Dieses Angebot findet zurzeit nicht statt.")
	hasNot(t, "inactive in list", page(t, h, "/kreis-re/de/offers", http.StatusOK), "Wohnberatung")

	set(directory.StatusDefunct, "")
	has(t, "defunct", page(t, h, offerURL("de", sv), http.StatusOK), "Dieses Angebot gibt es nicht mehr.")

	set(directory.StatusActive, "Am 1. Dezember nur bis 12 Uhr.")
	has(t, "alert", page(t, h, offerURL("de", sv), http.StatusOK), `<div class="banner info" role="note"><p>Am 1. Dezember nur bis 12 Uhr.</p></div>`)
}

func TestOfferDetailDetails(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	lo, hi, fee := 60, 99, 12.5
	sv := saveOffer(t, h, directory.Service{
		Name: "Seniorentreff", Description: "<script>alert(1)</script>\n\n## Programm\n- Kaffee\n- Infos auf https://example.org/treff",
		AssuredDate: "2026-09-01", MinimumAge: &lo, MaximumAge: &hi, FeesDescription: "Kostenbeitrag pro Treffen",
		CostOptions:            []directory.CostOption{{Option: "Beitrag", Amount: &fee, Currency: "EUR"}},
		Languages:              []directory.Language{{Code: "ru"}, {Code: "fa"}},
		Locations:              []directory.ServiceAtLocation{{LocationID: h.A.Locations[1].ID}},
		Schedules:              []directory.Schedule{{Freq: directory.FreqMonthly, ByDay: "1SA", OpensAt: "10:00", ClosesAt: "12:00", Description: "Im Gemeindesaal"}},
		InterpretationServices: "Dolmetscherin für Farsi auf Anfrage",
	})
	h.Refresh()
	body := page(t, h, offerURL("de", sv), http.StatusOK)
	has(t, "details", body,
		"&lt;script&gt;alert(1)&lt;/script&gt;", "<h3>Programm</h3>", `<a href="https://example.org/treff">https://example.org/treff</a>`,
		"Zuletzt geprüft am 01.09.2026", "<strong>Alter:</strong> 60 bis 99 Jahre",
		"<p>Kostenbeitrag pro Treffen</p>", "<li><span>Beitrag: 12,50 €</span></li>",
		`<li lang="fa" dir="rtl">فارسی</li>`, `<li lang="ru" dir="ltr">Русский</li>`,
		"Jeden ersten Samstag im Monat: 10:00–12:00 – <span>Im Gemeindesaal</span>",
		"Dolmetscherin für Farsi auf Anfrage",
		// Monday 10:30: the first Saturday is 5 December.
		"Jetzt geschlossen – öffnet am 05.12.2026 um 10:00 Uhr",
	)
	hasNot(t, "details", body, "<script>alert")
	en := page(t, h, offerURL("en", sv), http.StatusOK)
	has(t, "details en", en, "Last checked on 1 Sep 2026", "60 to 99 years", "Beitrag: €12.50", "Every first Saturday of the month: 10:00–12:00")
}

func TestPrintView(t *testing.T) {
	t.Parallel()
	h := webtest.New(t)
	sv := h.A.Services[0]
	body := page(t, h, offerURL("de", sv)+"/print", http.StatusOK)
	root := parse(t, body)
	has(t, "print", body, `<body class="print-view">`, `<meta name="robots" content="noindex">`,
		"<h1>Pflegeberatung auf Türkisch</h1>", "Carl-Duisberg-Straße 12", "02365 99 1234", "Stand: 23.11.2026",
		"Dieses Angebot im Internet: <a href=\""+offerURL("de", sv)+"\">"+h.URL+offerURL("de", sv)+"</a>",
		`<link rel="canonical" href="`+h.URL+offerURL("de", sv)+`">`)
	for _, tag := range []string{"header", "footer", "nav", "form"} {
		if n := len(root.find(tag)); n > 0 {
			t.Errorf("print view has %d <%s>", n, tag)
		}
	}
}
