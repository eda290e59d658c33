package seed

import (
	"fmt"
	"hash/fnv"
	"slices"
	"strings"

	"github.com/lotse/lotse/internal/directory"
)

// Offers that exist in many towns (the care advice centres, the job
// centre's teams, the adult education centres, migration advice of the
// welfare organisations) are generated from one pattern per chain. Each
// pattern has several wordings and takes the town's districts, languages
// and hours, so that neighbouring towns do not read alike.

// streetNames are common German street names for invented addresses.
var streetNames = []string{"Marktstraße", "Kirchstraße", "Bahnhofstraße", "Schulstraße", "Lindenstraße", "Hochstraße", "Breite Straße",
	"Mühlenweg", "Friedrichstraße", "Wilhelmstraße", "Gartenstraße", "Poststraße", "Bergstraße", "Ringstraße", "Parkstraße",
	"Goethestraße", "Schillerstraße", "Kaiserstraße", "Feldstraße", "Am Stadtgarten", "Hospitalstraße", "Augustastraße", "Lohstraße", "Turmstraße"}

// street returns an invented address derived from key.
func street(key string) string {
	h := fnv.New32a()
	h.Write([]byte(key))
	v := h.Sum32()
	return fmt.Sprintf("%s %d", streetNames[v%uint32(len(streetNames))], 1+(v>>8)%58)
}

// pick returns the element of options chosen by i, wrapping around.
func pick[T any](options []T, i int) T { return options[i%len(options)] }

// fill replaces {town}, {district} and {langs} in s.
func fill(s string, t town, langs []string) string {
	return strings.NewReplacer("{town}", t.Name, "{district}", t.Districts[1], "{district2}", t.Districts[len(t.Districts)-1],
		"{langs}", languageList(langs)).Replace(s)
}

// languageList names the languages other than German in German: "Türkisch,
// Russisch und Arabisch".
func languageList(codes []string) string {
	var names []string
	for _, c := range codes {
		if c != "de" {
			names = append(names, directory.LanguageName(c))
		}
	}
	switch len(names) {
	case 0:
		return "Englisch"
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " und " + names[len(names)-1]
}

// chainTown is the per-town setting of a chain: languages and hours.
type chainTown struct {
	slug  string
	langs []string
	hours string
}

// ----- Beratungs- und Infocenter Pflege -------------------------------

var bipTowns = []chainTown{
	{"castrop-rauxel", []string{"de", "tr", "ru"}, "MO,TU,TH 09:00-12:30; TH 14:00-17:00"},
	{"datteln", []string{"de", "tr"}, "TU,TH 09:00-13:00"},
	{"dorsten", []string{"de", "ru", "ar"}, "MO,WE,FR 08:30-12:30; TU 14:00-16:00"},
	{"gladbeck", []string{"de", "tr", "ru"}, "MO,TU,WE,TH,FR 09:00-12:00; WE 14:00-16:30"},
	{"haltern-am-see", []string{"de", "en"}, "MO,WE 09:00-12:00; TH 14:00-17:00"},
	{"herten", []string{"de", "tr", "pl"}, "MO,TU,TH 08:30-12:30"},
	{"marl", []string{"de", "tr", "pl", "ar"}, "MO,TU,WE,TH 09:00-12:30; TU 14:00-17:30"},
	{"oer-erkenschwick", []string{"de", "pl"}, "TU,FR 09:00-12:00"},
	{"recklinghausen", []string{"de", "tr", "ru", "ar"}, "MO,TU,WE,TH,FR 08:30-12:30; MO,TH 14:00-16:00"},
	{"waltrop", []string{"de", "ru"}, "WE,TH 09:00-12:30"},
}

var bipDescriptions = []string{
	"Im BIP {town} bekommen Sie unabhängige Beratung zu allen Fragen der Pflege. Wir erklären, wie Sie einen Pflegegrad beantragen, " +
		"welche Leistungen die Pflegekasse zahlt und welche Dienste es in {town} gibt – vom ambulanten Pflegedienst über die Tagespflege " +
		"bis zum Platz im Pflegeheim.\n\nWenn Sie Angehörige pflegen, planen wir mit Ihnen, wie Sie sich entlasten können. Auf Wunsch " +
		"kommen wir zu Ihnen nach Hause. Gespräche auf {langs} sind möglich.",
	"Ihre Mutter braucht plötzlich Hilfe, oder Ihr Mann kommt bald aus dem Krankenhaus? Das BIP {town} hilft Ihnen, die nächsten " +
		"Schritte zu ordnen. Wir beraten zum Pflegegrad und zur Begutachtung durch den Medizinischen Dienst, zu Pflegegeld und " +
		"Pflegesachleistungen, zu Hilfsmitteln und zum Umbau der Wohnung.\n\nDie Beratung ist kostenlos und neutral: Wir verkaufen " +
		"nichts und empfehlen keinen bestimmten Anbieter. In unserem Team wird auch {langs} gesprochen.",
	"Pflege betrifft die ganze Familie. Im BIP {town} nehmen wir uns Zeit für Ihre Fragen: Was steht mir zu? Wie stelle ich den " +
		"Antrag bei der Pflegekasse? Wer hilft, wenn ich selbst einmal ausfalle?\n\nWir kennen die Pflegedienste, Tagespflegen, " +
		"Demenz-Angebote und Entlastungsangebote in {district}, {district2} und der ganzen Stadt und stellen den Kontakt her. " +
		"Gespräche auf {langs} sind mit Sprachmittlung möglich; bitte sagen Sie bei der Terminvereinbarung Bescheid.",
}

var bipSummaries = []string{
	"Kostenlose und neutrale Beratung zu Pflegegrad, Leistungen der Pflegekasse und Hilfen zu Hause – auch für Angehörige.",
	"Wir beraten Sie und Ihre Familie zu allen Fragen rund um Pflege in {town}, auf Wunsch auch bei Ihnen zu Hause.",
	"Hilfe, wenn ein Mensch in der Familie Pflege braucht: Antrag, Leistungen, Dienste vor Ort und Entlastung.",
}

func bipChain() ([]place, []offer) {
	var places []place
	var offers []offer
	for i, ct := range bipTowns {
		t := townBySlug(ct.slug)
		key := "bip-" + ct.slug
		p := place{Key: key, Org: "bip", Town: ct.slug, Name: "Beratungs- und Infocenter Pflege " + t.Name, Street: street(key),
			StepFree: i%4 != 1, Access: "Stufenloser Eingang; Beratungsräume im Erdgeschoss."}
		if i%4 == 1 {
			p.Access = "Der Eingang hat zwei Stufen. Bitte klingeln Sie, wir kommen gern nach draußen oder zu Ihnen nach Hause."
		}
		if i%3 == 0 {
			p.Features = []string{"accessible-toilet"}
		}
		places = append(places, p)
		needs := []string{"care", "everyday-help", "senior-life"}
		if i%2 == 0 {
			needs = append(needs, "dementia")
		}
		offers = append(offers, offer{Key: "bip-pflegeberatung-" + ct.slug, Org: "bip", At: []string{key},
			Name: "Pflegeberatung im BIP " + t.Name, Summary: fill(pick(bipSummaries, i), t, ct.langs), Desc: fill(pick(bipDescriptions, i), t, ct.langs),
			Apply:  "Kommen Sie in die offene Sprechstunde oder rufen Sie an. Für Hausbesuche und Gespräche mit Sprachmittlung vereinbaren wir einen Termin.",
			Access: []string{"walk-in", "appointment", "phone", "home-visit"}, Needs: needs, Groups: []string{"seniors", "relatives", "disabilities"},
			Langs: ct.langs, Hours: ct.hours, Xmas: i%2 == 1, Contact: "Pflegeberatung " + t.Name, Mail: "pflege." + ct.slug,
			Interp: "Sprachmittlung über den Sprachmittlerpool des Kreises, bitte bei der Terminvereinbarung angeben."})
	}
	return places, offers
}

// ----- Jobcenter ------------------------------------------------------

var jobcenterTowns = []chainTown{
	{"castrop-rauxel", []string{"de", "ar", "uk"}, "MO,TU,TH 08:00-12:00; TH 14:00-17:30"},
	{"datteln", []string{"de", "tr", "ar"}, "MO,WE,FR 08:00-12:00"},
	{"dorsten", []string{"de", "ar", "fa"}, "MO,TU,WE,FR 08:00-12:30"},
	{"gladbeck", []string{"de", "ar", "ru", "uk"}, "MO,TU,WE,TH,FR 08:00-12:00; TH 14:00-17:00"},
	{"haltern-am-see", []string{"de", "uk", "en"}, "TU,TH 08:30-12:00"},
	{"herten", []string{"de", "tr", "pl", "ro"}, "MO,TU,TH,FR 08:00-12:00"},
	{"marl", []string{"de", "ro", "bg", "ar"}, "MO,TU,WE,TH,FR 08:00-12:30; TU 14:00-16:00"},
	{"oer-erkenschwick", []string{"de", "pl", "uk"}, "MO,WE 08:00-12:00"},
	{"recklinghausen", []string{"de", "ar", "fa", "uk", "ro"}, "MO,TU,WE,TH,FR 07:30-12:30; TH 14:00-18:00"},
	{"waltrop", []string{"de", "ru", "uk"}, "TU,WE,FR 08:00-12:00"},
}

var jobcenterDescriptions = []string{
	"Sie sind neu in Deutschland und möchten arbeiten oder eine Ausbildung machen? Das Team für Neuzugewanderte im Jobcenter {town} " +
		"berät Sie zu Deutschkursen, zur Anerkennung Ihres Berufsabschlusses, zu Praktika und passenden Stellen.\n\nWir klären mit " +
		"Ihnen auch, welche Leistungen Sie bekommen und welche Unterlagen wir brauchen. Zu Terminen können Sie eine Person Ihres " +
		"Vertrauens mitbringen. Beratung auf {langs} ist mit Sprachmittlung möglich.",
	"Im Jobcenter {town} begleitet Sie eine feste Ansprechperson auf dem Weg in Arbeit. Gemeinsam schauen wir, was Sie schon können, " +
		"welcher Sprachkurs passt und welche Ausbildung oder Stelle in der Region zu Ihnen passt.\n\nWer im Heimatland einen Beruf gelernt " +
		"oder studiert hat, bekommt Hilfe beim Antrag auf Anerkennung. Für Familien mit kleinen Kindern suchen wir gemeinsam nach " +
		"Lösungen für die Kinderbetreuung. Wir sprechen auch {langs}.",
}

func jobcenterChain() ([]place, []offer) {
	var places []place
	var offers []offer
	for i, ct := range jobcenterTowns {
		t := townBySlug(ct.slug)
		key := "jc-" + ct.slug
		places = append(places, place{Key: key, Org: "jobcenter", Town: ct.slug, Name: "Jobcenter " + t.Name, Street: street(key),
			StepFree: true, Features: []string{"lift", "accessible-toilet"}, Access: "Stufenloser Zugang, Aufzug in alle Etagen, barrierefreies WC."})
		needs := []string{"work", "recognition", "language-courses"}
		if i%3 == 0 {
			needs = append(needs, "money")
		}
		groups := []string{"refugees", "newcomers"}
		if slices.Contains(ct.langs, "ro") || slices.Contains(ct.langs, "pl") {
			groups = append(groups, "eu-newcomers")
		}
		offers = append(offers, offer{Key: "jc-neuzugewanderte-" + ct.slug, Org: "jobcenter", At: []string{key},
			Name: "Arbeit und Ausbildung: Beratung für Neuzugewanderte im Jobcenter " + t.Name,
			Summary: pick([]string{"Beratung zu Arbeit, Ausbildung, Deutschkursen und Anerkennung von Abschlüssen für Menschen, die Bürgergeld bekommen.",
				"Eine feste Ansprechperson begleitet Sie auf dem Weg in Arbeit oder Ausbildung – mit Sprachkurs und Hilfe bei der Anerkennung.",
				"Für Neuzugewanderte mit Bürgergeld: passende Stelle, Ausbildung oder Sprachkurs finden."}, i),
			Desc:  fill(pick(jobcenterDescriptions, i), t, ct.langs),
			Apply: "Sie bekommen einen Termin von Ihrer Ansprechperson. Ohne Termin können Sie in der Eingangszone Unterlagen abgeben und Fragen stellen.",
			Elig:  "Für Menschen, die Bürgergeld bekommen oder beantragen.", Access: []string{"appointment", "walk-in", "phone"},
			Needs: needs, Groups: groups, Langs: ct.langs, Hours: ct.hours, Contact: "Team Neuzugewanderte " + t.Name, Mail: "neuzugewanderte." + ct.slug,
			Interp: "Telefondolmetschen in vielen Sprachen; bitte bei der Terminvereinbarung sagen, welche Sprache Sie brauchen."})
	}
	return places, offers
}

// ----- Volkshochschulen -------------------------------------------------

// vhsOrgs returns one Volkshochschule per town.
func vhsOrgs() []org {
	var out []org
	for _, slug := range vhsTowns {
		t := townBySlug(slug)
		out = append(out, org{Key: "vhs-" + slug, Name: "Volkshochschule " + t.Name, Alt: "VHS " + t.Name, Type: directory.OrgAdministration,
			Domain: "vhs-" + slug + ".example.org", Mail: "anmeldung",
			Desc: "Die Volkshochschule " + t.Name + " ist die kommunale Weiterbildungseinrichtung der Stadt. Sie bietet Integrationskurse, " +
				"Deutsch- und Berufssprachkurse, Schulabschlüsse, Sprachen, Gesundheit, Kultur und digitale Bildung für alle an.",
			Contacts: []contact{{Name: "Anmeldung und Beratung Deutschkurse", Mail: "deutsch"}}})
	}
	return out
}

var vhsIntegrationDescriptions = []string{
	"Der Integrationskurs besteht aus einem Sprachkurs bis zum Niveau B1 und einem Orientierungskurs über Leben, Geschichte und " +
		"Gesellschaft in Deutschland. Vor dem Kurs machen Sie bei uns einen kostenlosen Einstufungstest, damit Sie im passenden Kurs lernen.\n\n" +
		"Es gibt Vormittags- und Abendkurse. Am Ende steht der „Deutsch-Test für Zuwanderer“ und der Test „Leben in Deutschland“.",
	"Sie möchten Deutsch lernen und Ihren Alltag in {town} selbstständig meistern? Im Integrationskurs lernen Sie in kleinen Gruppen " +
		"mit erfahrenen Lehrkräften – vom ersten Wort bis zum Niveau B1.\n\nWir beraten Sie, ob Sie eine Berechtigung oder Verpflichtung " +
		"vom BAMF, der Ausländerbehörde oder dem Jobcenter haben, und helfen beim Antrag. Neue Kurse beginnen fast jeden Monat.",
	"In unseren Integrationskursen lernen Menschen aus vielen Ländern gemeinsam Deutsch. Der Unterricht verbindet Sprache mit " +
		"Alltagsthemen: Einkaufen, Arzt, Arbeit, Schule der Kinder, Wohnen.\n\nVor dem Kurs gibt es eine Beratung und einen " +
		"Einstufungstest. Wenn Sie kleine Kinder haben, fragen Sie nach unseren Kursen mit Kinderbetreuung.",
}

// vhsExtra is the second offer of each Volkshochschule.
var vhsExtra = map[string]offer{
	"castrop-rauxel": {Name: "Jugendintegrationskurs", Summary: "Deutschkurs bis B1 für junge Menschen bis 27 Jahre, die eine Ausbildung oder Schule anstreben.",
		Desc: "Der Jugendintegrationskurs ist für junge Zugewanderte, die nicht mehr schulpflichtig sind. Neben Deutsch üben wir " +
			"Bewerbungen, lernen Berufe kennen und besuchen Betriebe in Castrop-Rauxel.\n\nDer Kurs hat mehr Stunden als der allgemeine " +
			"Integrationskurs und wird von einer Sozialpädagogin begleitet.",
		Needs: []string{"language-courses", "education", "work"}, Groups: []string{"children-youth", "refugees", "newcomers"},
		Langs: []string{"de"}, Hours: "MO,TU,WE,TH 08:30-12:45", MinAge: 16, MaxAge: 27,
		Fee: "Kostenbeitrag nach den Regeln des BAMF; Befreiung bei Bürgergeld oder Asylbewerberleistungen möglich."},
	"datteln": {Name: "Prüfungsvorbereitung Deutsch-Test für Zuwanderer (B1)", Summary: "Vier Wochen gezieltes Training für die B1-Prüfung: Hören, Lesen, Schreiben, Sprechen.",
		Desc: "Sie haben den Integrationskurs fast geschafft oder müssen die B1-Prüfung wiederholen? In diesem Kurs üben wir mit " +
			"Original-Prüfungsaufgaben. Sie bekommen Rückmeldung zu Ihren Texten und trainieren die mündliche Prüfung zu zweit.",
		Needs: []string{"language-courses", "residence"}, Groups: []string{"newcomers", "refugees"}, Langs: []string{"de"},
		Hours: "TU,TH 17:30-20:30", Fee: "48 Euro für 24 Unterrichtsstunden", Amount: 48, Apply: "Anmeldung online oder im VHS-Büro; vorher kurzes Beratungsgespräch."},
	"dorsten": {Name: "Integrationskurs für Frauen mit Kinderbetreuung", Summary: "Deutsch lernen am Vormittag, während die Kinder nebenan betreut werden.",
		Desc: "Dieser Integrationskurs ist nur für Frauen. Während des Unterrichts spielen Ihre Kinder unter drei Jahren im Raum nebenan " +
			"mit zwei Betreuerinnen.\n\nIm Kurs geht es neben der Sprache auch um Themen, die Mütter beschäftigen: Kita und Schule, " +
			"Gesundheit der Kinder, Arbeit und eigene Wege.",
		Needs: []string{"language-courses", "women", "parenting"}, Groups: []string{"women", "families", "newcomers"}, Langs: []string{"de"},
		Hours: "MO,TU,WE,TH 09:00-12:15", Fee: "Kostenbeitrag nach den Regeln des BAMF; die Kinderbetreuung ist kostenlos."},
	"gladbeck": {Name: "Einbürgerungstest und Test „Leben in Deutschland“", Summary: "Anmeldung zum Einbürgerungstest und zum Test „Leben in Deutschland“, mit Übungsabend.",
		Desc: "Für die Einbürgerung brauchen Sie den Einbürgerungstest. Bei uns melden Sie sich an und legen den Test am Computer oder " +
			"auf Papier ab.\n\nAn einem Übungsabend vor jedem Termin gehen wir typische Fragen zu Politik, Geschichte und Gesellschaft durch.",
		Needs: []string{"residence", "education"}, Groups: []string{"newcomers"}, Langs: []string{"de"}, Hours: "1WE 17:00-19:00",
		Fee: "25 Euro Prüfungsgebühr, Übungsabend kostenlos", Amount: 25, Apply: "Anmeldung im VHS-Büro mit Ausweis und Prüfungsgebühr."},
	"haltern-am-see": {Name: "Deutsch im Alltag für Ältere", Summary: "Ein gemütlicher Deutschkurs in langsamem Tempo für Menschen ab 55.",
		Desc: "Kein Prüfungsdruck, keine Hausaufgaben: In diesem Kurs lernen ältere Zugewanderte Deutsch für den Alltag – beim Arzt, " +
			"in der Apotheke, beim Einkaufen und im Gespräch mit den Enkeln.\n\nWir lernen mit großer Schrift, vielen Bildern und " +
			"Gesprächen beim Tee.",
		Needs: []string{"language-courses", "senior-life"}, Groups: []string{"seniors"}, Langs: []string{"de"}, Hours: "WE 10:00-11:30",
		Fee: "30 Euro pro Halbjahr", Amount: 30, MinAge: 55},
	"herten": {Name: "Sprachcafé in der VHS Herten", Summary: "Deutsch sprechen üben bei Kaffee und Tee – ohne Anmeldung, für alle Niveaus.",
		Desc: "Im Sprachcafé treffen sich Menschen, die Deutsch lernen, mit Menschen, die Deutsch sprechen. An kleinen Tischen reden " +
			"wir über Alltag, Arbeit, Essen und alles, was Sie beschäftigt.\n\nEhrenamtliche helfen, wenn ein Wort fehlt. Sie können " +
			"jede Woche kommen oder nur ab und zu.",
		Needs: []string{"language-courses", "leisure"}, Groups: []string{"newcomers", "refugees"}, Langs: []string{"de"},
		Hours: "TH 16:00-18:00", Apply: "Einfach vorbeikommen.", Access: []string{"walk-in"}, Summer: true},
	"marl": {Name: "Alphabetisierungskurs", Summary: "Lesen und Schreiben lernen in lateinischer Schrift – zusammen mit Deutsch.",
		Desc: "Sie haben nie lesen und schreiben gelernt, oder Sie kennen nur eine andere Schrift? Im Alphabetisierungskurs lernen Sie " +
			"Buchstaben, Wörter und kurze Texte in kleinen Schritten.\n\nDie Gruppe ist klein, die Lehrkräfte haben viel Erfahrung. Der " +
			"Kurs kann als Integrationskurs mit Alphabetisierung bis zu 1.200 Stunden dauern.",
		Needs: []string{"language-courses", "education"}, Groups: []string{"newcomers", "refugees", "women"}, Langs: []string{"de"},
		Hours: "MO,TU,WE,TH 09:00-12:15", Fee: "Kostenbeitrag nach den Regeln des BAMF; Befreiung möglich."},
	"oer-erkenschwick": {Name: "Deutsch für Eltern: Kita und Schule verstehen", Summary: "Kleiner Deutschkurs für Eltern rund um Kita, Schule, Elternabend und Zeugnis.",
		Desc: "In diesem Kurs üben Eltern die Sprache, die sie für Kita und Schule brauchen: Gespräche mit der Erzieherin, Briefe der " +
			"Schule, Elternabend, Zeugnis, Krankmeldung.\n\nDer Kurs findet in einer Grundschule statt, während die Kinder im Unterricht sind.",
		Needs: []string{"language-courses", "parenting", "education"}, Groups: []string{"families", "newcomers"}, Langs: []string{"de"},
		Hours: "TU,TH 08:15-10:30", Fee: "20 Euro pro Halbjahr", Amount: 20},
	"recklinghausen": {Name: "Berufssprachkurs Deutsch B2", Summary: "Deutsch für den Beruf auf Niveau B2 – für Arbeitsuchende und Beschäftigte.",
		Desc: "Im Berufssprachkurs lernen Sie die Sprache des Arbeitslebens: Telefonate, E-Mails, Besprechungen, Bewerbungsgespräche. " +
			"Der Kurs endet mit einer Prüfung auf Niveau B2.\n\nVoraussetzung ist ein B1-Zertifikat. Es gibt Vollzeit- und Abendkurse, " +
			"damit Sie auch neben der Arbeit lernen können.",
		Needs: []string{"language-courses", "work"}, Groups: []string{"newcomers", "professionals"}, Langs: []string{"de"},
		Hours: "MO,WE 18:00-21:00", Elig: "B1-Zertifikat; Berechtigung vom BAMF, Jobcenter oder der Agentur für Arbeit.",
		Fee: "Für Arbeitsuchende kostenlos, für Beschäftigte mit höherem Einkommen Kostenbeitrag nach den Regeln des BAMF."},
	"waltrop": {Name: "Digital im Alltag: Smartphone-Kurs", Summary: "Termine online buchen, Nachrichten schreiben, sicher im Internet – Schritt für Schritt.",
		Desc: "Viele Ämter, Ärzte und Banken arbeiten heute online. In diesem Kurs lernen Sie, Ihr Smartphone sicher zu benutzen: " +
			"Termine buchen, Formulare fotografieren und senden, Videoanrufe mit der Familie.\n\nBringen Sie Ihr eigenes Gerät mit. " +
			"Erklärt wird in einfachem Deutsch; eine Helferin spricht auch Russisch und Ukrainisch.",
		Needs: []string{"education", "senior-life"}, Groups: []string{"seniors", "newcomers"}, Langs: []string{"de", "ru", "uk"},
		Hours: "FR 10:00-12:00", Fee: "15 Euro für vier Termine", Amount: 15},
}

var vhsHours = []string{"MO,TU,WE,TH,FR 08:30-12:45", "MO,TU,WE,TH 13:30-17:00", "MO,WE 18:00-21:15; SA 09:00-12:00", "TU,TH 08:30-12:45; WE 17:30-20:45"}

func vhsChain() ([]place, []offer) {
	var places []place
	var offers []offer
	for i, slug := range vhsTowns {
		t := townBySlug(slug)
		key := "vhs-" + slug
		places = append(places, place{Key: key, Org: key, Town: slug, Name: "VHS " + t.Name, Street: street(key), Extra: pick([]string{"", "2. Etage", "Eingang im Hof"}, i),
			StepFree: i%5 != 2, Features: pick([][]string{{"lift"}, {"lift", "accessible-toilet"}, nil, {"hearing-loop"}}, i),
			Access: pick([]string{"Stufenloser Zugang, Aufzug vorhanden.", "Aufzug zu allen Kursräumen, barrierefreies WC im Erdgeschoss.",
				"Kursräume im ersten Stock ohne Aufzug; bitte sprechen Sie uns an, wir finden einen Raum im Erdgeschoss.",
				"Induktionsschleife im großen Kursraum."}, i)})
		offers = append(offers, offer{Key: "vhs-integrationskurs-" + slug, Org: key, At: []string{key},
			Name:    "Integrationskurs an der VHS " + t.Name,
			Summary: pick([]string{"Deutsch lernen bis B1 und Orientierung über das Leben in Deutschland – mit Einstufungstest und Beratung.", "Sprachkurs und Orientierungskurs für Zugewanderte, vormittags und abends."}, i),
			Desc:    fill(pick(vhsIntegrationDescriptions, i), t, nil),
			Apply:   "Melden Sie sich zur Beratung und zum Einstufungstest an – telefonisch, per E-Mail oder in der offenen Sprechstunde.",
			Access:  []string{"appointment", "walk-in", "phone"}, Needs: []string{"language-courses", "education"},
			Groups: []string{"newcomers", "refugees", "eu-newcomers"}, Langs: []string{"de"}, Hours: pick(vhsHours, i), Xmas: true,
			Fee:  "Kostenbeitrag pro Unterrichtsstunde nach den Regeln des BAMF; wer Bürgergeld oder Asylbewerberleistungen bekommt, kann sich befreien lassen.",
			Elig: "Berechtigung oder Verpflichtung durch BAMF, Ausländerbehörde oder Jobcenter; wir beraten, wenn Sie unsicher sind.",
			Mail: "deutsch", Page: "integrationskurse"})
		x := vhsExtra[slug]
		x.Key, x.Org, x.At = "vhs-"+directory.Slugify(x.Name)+"-"+slug, key, []string{key}
		if x.Apply == "" {
			x.Apply = "Anmeldung im VHS-Büro, telefonisch oder online."
		}
		if x.Access == nil {
			x.Access = []string{"appointment", "phone", "online"}
		}
		offers = append(offers, x)
	}
	return places, offers
}

// ----- Migration advice, youth migration services, debt advice, seniors' meeting places

// welfareChainTown says which welfare organisation runs a chain's office in a town.
type welfareChainTown struct {
	slug, org string
	langs     []string
	hours     string
	at        string // place key when the office is not the chain's own
}

var mbeTowns = []welfareChainTown{
	{"castrop-rauxel", "awo", []string{"de", "tr", "ar", "uk"}, "MO,TU 09:00-12:00; TH 13:00-16:00", ""},
	{"datteln", "awo", []string{"de", "tr", "ar"}, "TU 09:00-12:00; TH 14:00-17:00", ""},
	{"dorsten", "caritas", []string{"de", "ar", "fa", "prs"}, "MO,WE 09:00-12:30", ""},
	{"gladbeck", "caritas", []string{"de", "ar", "ru", "tr"}, "MO,TU,TH 09:00-12:00", ""},
	{"haltern-am-see", "caritas", []string{"de", "uk", "en"}, "WE 09:00-12:00; WE 14:00-16:00", ""},
	{"herten", "awo", []string{"de", "tr", "pl", "ku"}, "MO,TH 09:00-12:30", ""},
	{"marl", "caritas", []string{"de", "ro", "bg", "ar"}, "MO,TU,WE,TH 09:00-12:00; TU 14:00-17:00", ""},
	{"oer-erkenschwick", "diakonie", []string{"de", "pl", "ru"}, "TU 09:00-13:00", ""},
	{"recklinghausen", "awo", []string{"de", "tr", "ar", "fa", "ru"}, "MO,TU,WE,TH,FR 09:00-12:00; WE 14:00-17:00", ""},
	{"waltrop", "diakonie", []string{"de", "ru", "uk"}, "TH 09:00-12:00", ""},
}

var mbeDescriptions = []string{
	"Die Migrationsberatung für Erwachsene (MBE) ist für Menschen ab 27 Jahren da, die nach Deutschland gekommen sind. Wir helfen " +
		"bei Briefen von Ämtern und Behörden, bei Anträgen auf Kindergeld, Wohngeld oder Bürgergeld, bei Fragen zum Aufenthalt und zur " +
		"Arbeit.\n\nGemeinsam mit Ihnen machen wir einen Plan für die nächsten Schritte: Deutschkurs, Anerkennung des Abschlusses, " +
		"Schule der Kinder, Wohnung. Die Beratung ist vertraulich und kostenlos.",
	"Neu in {town} und viele Fragen? In der Migrationsberatung nehmen wir uns Zeit. Bringen Sie Ihre Briefe und Unterlagen mit – wir " +
		"lesen sie gemeinsam, erklären, was drinsteht, und helfen beim Antworten.\n\nWir beraten zu Aufenthalt, Familiennachzug, " +
		"Deutschkursen, Arbeit, Gesundheit und Wohnen und begleiten Sie, wenn nötig, zu anderen Stellen. Wir sprechen {langs}.",
	"Die Migrationsberatung unterstützt Zugewanderte dabei, in {town} gut anzukommen. Wir helfen, Formulare auszufüllen, Termine bei " +
		"Behörden vorzubereiten und die richtigen Ansprechpersonen zu finden.\n\nAuch wer schon länger hier lebt, kann kommen – etwa " +
		"bei Fragen zur Einbürgerung, zur Rente oder wenn sich die Familie vergrößert. Im Stadtteil {district} haben wir zusätzlich eine " +
		"kleine Sprechstunde im Nachbarschaftstreff.",
}

func mbeChain() ([]place, []offer) {
	var places []place
	var offers []offer
	for i, ct := range mbeTowns {
		t := townBySlug(ct.slug)
		key := "mbe-" + ct.slug
		prov := map[string]string{"awo": "AWO", "caritas": "Caritas", "diakonie": "Diakonie"}[ct.org]
		places = append(places, place{Key: key, Org: ct.org, Town: ct.slug, Name: prov + "-Beratungszentrum " + t.Name, Street: street(key),
			StepFree: i%3 != 2, Access: pick([]string{"Stufenloser Zugang über den Hof.", "Ebenerdiger Eingang, Beratungsräume im Erdgeschoss.",
				"Eine Stufe am Eingang, eine mobile Rampe ist vorhanden – bitte klingeln."}, i)})
		o := offer{Key: "mbe-" + ct.slug, Org: ct.org, At: []string{key}, Name: "Migrationsberatung für Erwachsene (MBE) " + t.Name, Alt: "MBE",
			Summary: fill(pick([]string{"Beratung für erwachsene Zugewanderte zu Behörden, Aufenthalt, Arbeit, Sprache und Familie.",
				"Hilfe bei Briefen, Anträgen und allen Fragen rund um das Ankommen in {town}."}, i), t, ct.langs),
			Desc:  fill(pick(mbeDescriptions, i), t, ct.langs),
			Apply: "Offene Sprechstunde ohne Termin; für längere Gespräche vereinbaren wir einen Termin.",
			Elig:  "Für Zugewanderte ab 27 Jahren; jüngere Menschen berät der Jugendmigrationsdienst.", MinAge: 27,
			Access: []string{"walk-in", "appointment", "phone"}, Needs: []string{"migration-counselling", "residence", "counselling"},
			Groups: []string{"newcomers", "refugees", "eu-newcomers"}, Langs: ct.langs, Hours: ct.hours, Xmas: i%2 == 0,
			Contact: "Migrationsberatung " + t.Name, Mail: "migration." + ct.slug}
		if ct.org == "diakonie" {
			// The Diakonie's office advises refugees of every age, so it
			// gets the wordings that do not name the MBE's age limit.
			o.Name, o.Alt, o.Elig, o.MinAge = "Flüchtlings- und Migrationsberatung "+t.Name, "", "", 0
			o.Desc = fill(mbeDescriptions[1+i%2], t, ct.langs)
		}
		offers = append(offers, o)
	}
	return places, offers
}

var jmdTowns = []welfareChainTown{
	{"recklinghausen", "diakonie", []string{"de", "ar", "fa", "uk"}, "MO,TU,TH 10:00-16:00", "diakonie-recklinghausen"},
	{"gladbeck", "diakonie", []string{"de", "ar", "tr"}, "TU,WE 12:00-17:00", "diakonie-gladbeck"},
	{"castrop-rauxel", "diakonie", []string{"de", "uk", "ru"}, "MO,TH 13:00-17:00", "diakonie-castrop-rauxel"},
	{"marl", "caritas", []string{"de", "ro", "bg", "ar"}, "MO,WE,FR 11:00-16:00", "mbe-marl"},
}

func jmdChain() []offer {
	var offers []offer
	descs := []string{
		"Der Jugendmigrationsdienst (JMD) begleitet junge Menschen zwischen 12 und 27 Jahren, die nach Deutschland gekommen sind. Wir " +
			"helfen bei der Wahl der Schule, beim Schulabschluss, bei der Suche nach Ausbildung und bei Bewerbungen.\n\nAuch bei Stress " +
			"mit Ämtern, in der Familie oder bei Heimweh kannst du zu uns kommen. Wir haben offene Sprechzeiten und Gruppenangebote, " +
			"zum Beispiel Bewerbungstraining und Ausflüge.",
		"Du bist neu in {town}, zwischen 12 und 27 Jahre alt und weißt nicht, wie es mit Schule oder Ausbildung weitergeht? Im JMD " +
			"schauen wir gemeinsam, welche Wege es für dich gibt, und begleiten dich Schritt für Schritt.\n\nWir helfen bei der " +
			"Anerkennung von Zeugnissen, bei Praktika und Bewerbungen und kennen die Betriebe und Berufskollegs in der Region. " +
			"Beratung auch auf {langs}.",
	}
	for i, ct := range jmdTowns {
		t := townBySlug(ct.slug)
		offers = append(offers, offer{Key: "jmd-" + ct.slug, Org: ct.org, At: []string{ct.at}, Name: "Jugendmigrationsdienst " + t.Name, Alt: "JMD",
			Summary: pick([]string{"Beratung und Begleitung für junge Zugewanderte von 12 bis 27 Jahren: Schule, Ausbildung, Beruf und Alltag.",
				"Du bist zwischen 12 und 27 und neu hier? Wir helfen bei Schule, Ausbildung, Bewerbung und allem, was dich beschäftigt."}, i),
			Desc: fill(pick(descs, i), t, ct.langs), Apply: "Komm in die offene Sprechzeit oder schreib uns – auch per Messenger.",
			Access: []string{"walk-in", "appointment", "online", "phone"}, Needs: []string{"migration-counselling", "education", "work"},
			Groups: []string{"children-youth", "refugees", "newcomers"}, Langs: ct.langs, Hours: ct.hours, MinAge: 12, MaxAge: 27,
			Contact: "Jugendmigrationsdienst " + t.Name, Mail: "jmd." + ct.slug})
	}
	return offers
}

var debtTowns = []welfareChainTown{
	{"recklinghausen", "awo", []string{"de", "tr"}, "MO,TU,TH 09:00-12:00; TU 14:00-16:00", "mbe-recklinghausen"},
	{"herten", "awo", []string{"de", "pl"}, "WE 09:00-12:00", "mbe-herten"},
	{"marl", "caritas", []string{"de", "tr", "ar"}, "MO,WE 09:00-12:00; TH 14:00-17:00", "mbe-marl"},
	{"dorsten", "caritas", []string{"de", "ru"}, "TU,TH 09:00-12:00", "mbe-dorsten"},
	{"gladbeck", "diakonie", []string{"de", "ar"}, "MO,TH 09:00-12:30", "diakonie-gladbeck"},
	{"castrop-rauxel", "diakonie", []string{"de", "tr", "ru"}, "WE,FR 09:00-12:00", "diakonie-castrop-rauxel"},
}

func debtChain() []offer {
	var offers []offer
	descs := []string{
		"Wenn die Rechnungen über den Kopf wachsen, hilft die Schuldnerberatung. Wir verschaffen uns mit Ihnen einen Überblick über " +
			"Einnahmen, Ausgaben und Schulden, verhandeln mit Gläubigern und prüfen, ob ein Insolvenzverfahren der richtige Weg ist.\n\n" +
			"Bei drohender Strom- oder Gassperre, Kontopfändung oder Räumungsklage melden Sie sich bitte sofort – dafür gibt es " +
			"kurzfristige Termine. Wir stellen auch die Bescheinigung für das Pfändungsschutzkonto (P-Konto) aus.",
		"Schulden sind kein Grund, sich zu schämen. In der Schuldnerberatung {town} sortieren wir gemeinsam Ihre Briefe, erklären " +
			"Mahnungen und Inkassoschreiben und schauen, welche Forderungen überhaupt berechtigt sind.\n\nWir helfen, einen " +
			"Haushaltsplan aufzustellen, Sozialleistungen zu beantragen, die Ihnen zustehen, und einen Weg aus den Schulden zu finden. " +
			"Die Beratung ist kostenlos und vertraulich; Gespräche auf {langs} sind möglich.",
	}
	for i, ct := range debtTowns {
		t := townBySlug(ct.slug)
		o := offer{Key: "schuldnerberatung-" + ct.slug, Org: ct.org, At: []string{ct.at}, Name: "Schuldner- und Insolvenzberatung " + t.Name,
			Summary: pick([]string{"Kostenlose Hilfe bei Schulden, Mahnungen, Kontopfändung und drohender Energiesperre.",
				"Wir helfen, den Überblick über Schulden zurückzugewinnen, und begleiten bis zur Insolvenz, wenn nötig.",
				"Vertrauliche Beratung bei Geldsorgen: Haushaltsplan, Gläubiger, P-Konto und Schutz vor Sperren."}, i),
			Desc:   fill(pick(descs, i), t, ct.langs),
			Apply:  "Rufen Sie an, um einen Termin zu vereinbaren. In der offenen Sprechstunde klären wir dringende Fälle sofort.",
			Access: []string{"appointment", "phone", "walk-in"}, Needs: []string{"money", "counselling", "legal-advice"},
			Groups: []string{"families", "seniors", "newcomers"}, Langs: ct.langs, Hours: ct.hours, Xmas: true,
			Contact: "Schuldnerberatung " + t.Name, Mail: "schuldnerberatung." + ct.slug}
		offers = append(offers, o)
	}
	return offers
}

var seniorTowns = []welfareChainTown{
	{"castrop-rauxel", "awo", []string{"de", "tr"}, "TU,TH 14:00-17:00", ""},
	{"herten", "awo", []string{"de", "pl", "tr"}, "MO,WE 14:00-17:30", ""},
	{"oer-erkenschwick", "awo", []string{"de", "pl"}, "TU,FR 14:00-17:00", ""},
	{"waltrop", "awo", []string{"de", "ru"}, "WE 14:30-17:30; SA 10:00-12:00", ""},
	{"dorsten", "caritas", []string{"de", "ru", "pl"}, "MO,TH 14:00-17:00", ""},
	{"datteln", "drk", []string{"de", "tr"}, "TU 14:00-17:00; 1SU 11:00-14:00", ""},
	{"haltern-am-see", "drk", []string{"de"}, "WE,FR 14:00-17:00", ""},
}

func seniorChain() ([]place, []offer) {
	var places []place
	var offers []offer
	descs := []string{
		"In der Begegnungsstätte {town} treffen sich ältere Menschen aus der Nachbarschaft – Alteingesessene und Zugewanderte. Es " +
			"gibt Kaffee und Kuchen für kleines Geld, Gesellschaftsspiele, Gymnastik im Sitzen und einmal im Monat einen Ausflug.\n\n" +
			"Einmal im Monat kommt eine Pflegeberaterin des BIP und beantwortet Fragen. Wer nicht mehr gut zu Fuß ist, wird auf Wunsch " +
			"vom ehrenamtlichen Fahrdienst abgeholt.",
		"Unser Seniorentreff in {district} ist ein Ort zum Reden, Lachen und Mitmachen. Jede Woche gibt es ein gemeinsames Programm: " +
			"Singen, Handarbeit, Gedächtnistraining, Vorträge zu Gesundheit und Rente.\n\nViele Besucherinnen und Besucher sprechen " +
			"auch {langs}; neue Gäste sind herzlich willkommen, auch ohne gute Deutschkenntnisse.",
		"Gemeinsam statt einsam: Im Seniorentreff {town} bekommen Sie einen warmen Mittagstisch, Gesellschaft und Unterstützung. " +
			"Ehrenamtliche helfen beim Ausfüllen von Formularen und beim Umgang mit dem Handy.\n\nFür Feste zu Ostern, zum Zuckerfest " +
			"und zu Weihnachten kochen Besucherinnen Gerichte aus ihrer Heimat.",
	}
	for i, ct := range seniorTowns {
		t := townBySlug(ct.slug)
		key := "treff-" + ct.slug
		names := map[string]string{"awo": "AWO-Begegnungsstätte " + t.Name, "caritas": "Caritas-Seniorentreff " + t.Districts[1], "drk": "DRK-Seniorentreff " + t.Name}
		places = append(places, place{Key: key, Org: ct.org, Town: ct.slug, Name: names[ct.org], Street: street(key), StepFree: true,
			Features: pick([][]string{{"accessible-toilet"}, {"accessible-toilet", "disabled-parking"}, nil}, i),
			Access:   "Ebenerdiger Zugang, Rollatoren können mit in den Raum genommen werden."})
		o := offer{Key: "seniorentreff-" + ct.slug, Org: ct.org, At: []string{key}, Name: pick([]string{"Offener Seniorentreff in ", "Seniorencafé in ", "Treffpunkt für Ältere in "}, i) + t.Name,
			Summary: pick([]string{"Kaffee, Gespräche, Spiele und Bewegung für ältere Menschen aus allen Ländern.",
				"Ein Treffpunkt für Ältere mit Programm, Mittagstisch und Hilfe im Alltag."}, i),
			Desc: fill(pick(descs, i), t, ct.langs), Apply: "Kommen Sie einfach vorbei. Für den Fahrdienst bitte einen Tag vorher anrufen.",
			Access: []string{"walk-in"}, Needs: []string{"senior-life", "leisure"}, Groups: []string{"seniors"}, Langs: ct.langs, Hours: ct.hours,
			Fee: "Kaffee und Kuchen 2 Euro, Mittagstisch 4,50 Euro", Summer: i%3 == 0, Xmas: true}
		if i == 3 {
			o.Closed = "Wegen Renovierung der Räume pausiert der Treff bis auf Weiteres. Aktuelle Informationen gibt es bei der AWO-Geschäftsstelle."
		}
		if i%2 == 0 {
			o.Needs = append(o.Needs, "everyday-help")
		}
		offers = append(offers, o)
	}
	return places, offers
}
