package site

import (
	"strings"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/textfmt"
)

// Structured data (schema.org as JSON-LD) lets search engines and other
// directories understand an offer: who provides it, where, when and in
// which languages. It is data in a <script type="application/ld+json">,
// which browsers do not execute.

type jsonObject = map[string]any

// schemaDays maps iCalendar day codes to schema.org's day names.
var schemaDays = map[string]string{
	"MO": "https://schema.org/Monday", "TU": "https://schema.org/Tuesday", "WE": "https://schema.org/Wednesday",
	"TH": "https://schema.org/Thursday", "FR": "https://schema.org/Friday", "SA": "https://schema.org/Saturday", "SU": "https://schema.org/Sunday",
}

// orgSchemaType maps an organisation type to its schema.org type.
func orgSchemaType(t string) string {
	switch t {
	case directory.OrgAdministration:
		return "GovernmentOrganization"
	case directory.OrgWelfare, directory.OrgMigrant:
		return "NGO"
	}
	return "Organization"
}

// offerJSONLD describes an offer as a schema.org Service, or a
// GovernmentService when an administration provides it, with its texts
// as the page shows them (v), in the page's language where translated.
func (s *Site) offerJSONLD(rq *request, sv *directory.Service, v *offerView) jsonObject {
	typ := "Service"
	if sv.Organization != nil && sv.Organization.Type == directory.OrgAdministration {
		typ = "GovernmentService"
	}
	out := jsonObject{
		"@context": "https://schema.org",
		"@type":    typ,
		"name":     v.Name.Text,
		"url":      s.absolute(rq.prefix() + "/offers/" + sv.ID),
	}
	if desc := v.Summary.Text; desc != "" {
		out["description"] = desc
	}
	if v.AltName.Text != "" {
		out["alternateName"] = v.AltName.Text
	}
	if o := sv.Organization; o != nil {
		out["provider"] = jsonObject{"@type": orgSchemaType(o.Type), "name": v.Org.Name.Text, "url": s.absolute(rq.prefix() + "/organizations/" + o.ID)}
	}
	var langs []jsonObject
	for _, code := range sv.LanguageCodes() {
		langs = append(langs, jsonObject{"@type": "Language", "name": directory.LanguageNative(code), "alternateName": code})
	}
	if len(langs) > 0 {
		out["availableLanguage"] = langs
	}
	if sv.Free() {
		out["isAccessibleForFree"] = true
	}
	var groups []jsonObject
	for _, t := range v.Groups {
		groups = append(groups, jsonObject{"@type": "Audience", "audienceType": t.Text})
	}
	if len(groups) > 0 {
		out["audience"] = groups
	}
	var areas, channels []jsonObject
	var hours []jsonObject
	seenTown := map[string]bool{}
	for _, p := range placesOf(sv) {
		if hours == nil {
			hours = openingHours(p.hours)
		}
		if p.loc == nil {
			continue
		}
		if t := p.loc.Town; t != nil && !seenTown[t.ID] {
			seenTown[t.ID] = true
			areas = append(areas, jsonObject{"@type": "City", "name": t.Name})
		}
		channels = append(channels, jsonObject{"@type": "ServiceChannel", "serviceLocation": placeJSONLD(rq, p.loc, p.hours)})
	}
	if len(areas) == 0 {
		areas = append(areas, jsonObject{"@type": "AdministrativeArea", "name": rq.region.Name})
	}
	out["areaServed"] = areas
	if len(hours) > 0 {
		out["hoursAvailable"] = hours
	}
	for _, c := range sv.Contacts {
		for _, ph := range c.Phones {
			if ph.Type == "" || ph.Type == "voice" || ph.Type == "cell" {
				channels = append(channels, jsonObject{"@type": "ServiceChannel", "servicePhone": jsonObject{"@type": "ContactPoint", "telephone": ph.Number,
					"availableLanguage": ph.Languages}})
			}
		}
	}
	if sv.URL != "" {
		channels = append(channels, jsonObject{"@type": "ServiceChannel", "serviceUrl": sv.URL})
	}
	if len(channels) > 0 {
		out["availableChannel"] = channels
	}
	return out
}

// placeJSONLD describes a location as a schema.org Place; the location's
// translations must have been loaded.
func placeJSONLD(rq *request, loc *directory.Location, hours directory.Hours) jsonObject {
	out := jsonObject{"@type": "Place", "name": rq.text(directory.TranslateLocation, loc.ID, "name", loc.Name).Text}
	if a := loc.PhysicalAddress(); a != nil {
		street := a.Address1
		if a.Address2 != "" {
			street += ", " + a.Address2
		}
		out["address"] = jsonObject{"@type": "PostalAddress", "streetAddress": street, "postalCode": a.PostalCode,
			"addressLocality": a.City, "addressCountry": strings.ToUpper(a.Country)}
	}
	if loc.HasCoordinates() {
		out["geo"] = jsonObject{"@type": "GeoCoordinates", "latitude": *loc.Latitude, "longitude": *loc.Longitude}
	}
	if oh := openingHours(hours); len(oh) > 0 {
		out["openingHoursSpecification"] = oh
	}
	return out
}

// openingHours turns the weekly rules of h into schema.org
// OpeningHoursSpecifications; other rules have no simple equivalent.
func openingHours(h directory.Hours) []jsonObject {
	var out []jsonObject
	for _, sc := range h {
		if sc.Freq != directory.FreqWeekly || sc.Interval > 1 {
			continue
		}
		var days []string
		for _, d := range strings.Split(sc.ByDay, ",") {
			if name, ok := schemaDays[d]; ok {
				days = append(days, name)
			}
		}
		if len(days) == 0 {
			continue
		}
		spec := jsonObject{"@type": "OpeningHoursSpecification", "dayOfWeek": days, "opens": sc.OpensAt, "closes": sc.ClosesAt}
		if sc.ValidFrom != "" {
			spec["validFrom"] = sc.ValidFrom
		}
		if sc.ValidTo != "" {
			spec["validThrough"] = sc.ValidTo
		}
		out = append(out, spec)
	}
	for _, sc := range h {
		if sc.IsException() && sc.Closed {
			// schema.org marks a closure as hours from 00:00 to 00:00.
			out = append(out, jsonObject{"@type": "OpeningHoursSpecification", "opens": "00:00", "closes": "00:00",
				"validFrom": sc.ValidFrom, "validThrough": orDefault(sc.ValidTo, sc.ValidFrom)})
		}
	}
	return out
}

// orgJSONLD describes an organisation with its texts as the page shows
// them (v).
func (s *Site) orgJSONLD(rq *request, o *directory.Organization, v *orgView, contacts []directory.Contact, locs []directory.Location) jsonObject {
	out := jsonObject{
		"@context": "https://schema.org",
		"@type":    orgSchemaType(o.Type),
		"name":     v.Name.Text,
		"url":      s.absolute(rq.prefix() + "/organizations/" + o.ID),
	}
	if v.Alt.Text != "" {
		out["alternateName"] = v.Alt.Text
	}
	if d := textfmt.Plain(v.Description.Text); d != "" {
		out["description"] = truncate(500, d)
	}
	if o.Website != "" {
		out["sameAs"] = o.Website
	}
	if o.Email != "" {
		out["email"] = o.Email
	}
	var points []jsonObject
	for _, c := range contacts {
		for _, ph := range c.Phones {
			cp := jsonObject{"@type": "ContactPoint", "telephone": ph.Number}
			if c.Name != "" {
				cp["contactType"] = c.Name
			}
			if len(ph.Languages) > 0 {
				cp["availableLanguage"] = ph.Languages
			}
			points = append(points, cp)
		}
	}
	if len(points) > 0 {
		out["contactPoint"] = points
	}
	var places []jsonObject
	for i := range locs {
		places = append(places, placeJSONLD(rq, &locs[i], locs[i].Schedules))
	}
	if len(places) > 0 {
		out["location"] = places
		if a, ok := places[0]["address"]; ok {
			out["address"] = a
		}
	}
	out["areaServed"] = jsonObject{"@type": "AdministrativeArea", "name": rq.region.Name}
	return out
}
