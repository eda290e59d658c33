package hsds

import (
	"encoding/json"
	"slices"
	"strconv"
	"strings"
)

// The members of each HSDS object that Lotse keeps. Import walks every
// record it reads and warns about each non-empty member not listed here,
// so that nothing is dropped without saying so. A member naming another
// object kind is followed into its value.
var kept = map[string]map[string]string{
	"service": {
		"id": "", "organization_id": "", "name": "", "alternate_name": "", "description": "", "url": "", "email": "", "status": "",
		"interpretation_services": "", "application_process": "", "fees_description": "", "eligibility_description": "",
		"minimum_age": "", "maximum_age": "", "assured_date": "", "alert": "", "last_modified": "",
		"phones": "phone", "schedules": "schedule", "service_at_locations": "service_at_location", "languages": "language",
		"organization": "organization", "cost_options": "cost_option", "contacts": "contact", "attributes": "attribute",
	},
	"organization": {
		"id": "", "name": "", "alternate_name": "", "description": "", "email": "", "website": "", "logo": "", "parent_organization_id": "",
		"contacts": "contact", "phones": "phone", "locations": "location", "services": "service", "attributes": "attribute",
	},
	"location": {
		"id": "", "location_type": "", "url": "", "organization_id": "", "name": "", "alternate_name": "", "description": "",
		"transportation": "", "latitude": "", "longitude": "",
		"addresses": "address", "contacts": "contact", "accessibility": "accessibility", "phones": "phone", "schedules": "schedule",
		"attributes": "attribute",
	},
	"service_at_location": {
		"id": "", "service_id": "", "location_id": "", "description": "",
		"contacts": "contact", "phones": "phone", "schedules": "schedule", "location": "location", "service": "service",
	},
	"address": {
		"id": "", "location_id": "", "attention": "", "address_1": "", "address_2": "", "city": "", "region": "", "state_province": "",
		"postal_code": "", "country": "", "address_type": "",
	},
	"accessibility": {"id": "", "location_id": "", "description": "", "details": "", "url": ""},
	"contact": {
		"id": "", "organization_id": "", "service_id": "", "service_at_location_id": "", "location_id": "", "name": "", "title": "",
		"department": "", "email": "", "phones": "phone",
	},
	"phone": {
		"id": "", "location_id": "", "service_id": "", "organization_id": "", "contact_id": "", "service_at_location_id": "",
		"number": "", "extension": "", "type": "", "description": "", "languages": "phone_language",
	},
	"language":       {"id": "", "service_id": "", "name": "", "code": "", "note": ""},
	"phone_language": {"id": "", "phone_id": "", "name": "", "code": ""},
	"cost_option": {
		"id": "", "service_id": "", "valid_from": "", "valid_to": "", "option": "", "currency": "", "amount": "", "amount_description": "",
	},
	"schedule": {
		"id": "", "service_id": "", "location_id": "", "service_at_location_id": "", "valid_from": "", "valid_to": "", "dtstart": "",
		"until": "", "freq": "", "interval": "", "byday": "", "bymonthday": "", "description": "", "opens_at": "", "closes_at": "",
		"notes": "", "attributes": "attribute",
	},
	"attribute": {
		"id": "", "link_id": "", "taxonomy_term_id": "", "link_entity": "", "value": "", "taxonomy_term": "taxonomy_term",
	},
	"taxonomy_term": {
		"id": "", "code": "", "name": "", "description": "", "parent_id": "", "taxonomy": "", "taxonomy_detail": "taxonomy",
		"taxonomy_id": "", "term_uri": "",
	},
	"taxonomy": {"id": "", "name": "", "description": "", "uri": "", "version": ""},
}

// dropped reports, through warn, every non-empty member of doc (an
// object of the given kind) that Lotse does not keep. ptr is doc's JSON
// pointer.
func dropped(kind string, doc any, ptr string, warn func(ptr, msg string)) {
	switch v := doc.(type) {
	case []any:
		for i, e := range v {
			dropped(kind, e, ptr+"/"+strconv.Itoa(i), warn)
		}
		return
	case map[string]any:
		members := kept[kind]
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		what := strings.ReplaceAll(kind, "_", " ")
		if id, ok := v["id"].(string); ok && id != "" {
			what += " " + lid(id)
		}
		for _, k := range keys {
			child, ok := members[k]
			switch {
			case !ok:
				if !empty(v[k]) {
					warn(ptr+"/"+escapePointer(k), k+" of "+what+" dropped: Lotse does not keep it")
				}
			case child != "":
				dropped(child, v[k], ptr+"/"+escapePointer(k), warn)
			}
		}
	}
}

// empty reports whether a JSON value carries nothing: null, "", [], {}.
func empty(v any) bool {
	switch x := v.(type) {
	case nil:
		return true
	case string:
		return strings.TrimSpace(x) == ""
	case []any:
		return len(x) == 0
	case map[string]any:
		return len(x) == 0
	case json.Number:
		return false
	}
	return false
}
