package seed

import "github.com/lotse/lotse/internal/directory"

// kiPhoneMO and kiPhoneAD are the two public phone numbers of the
// Fachdienst 57.3 that the centre's own web page gives; they are the only
// real numbers in the demo. The persons named there are left out.
const (
	kiPhoneMO = "02361 / 53 3808"
	kiPhoneAD = "02361 / 53 2717"
)

// demoOrgs are the organisations of the demo region, parents first. The
// Kreis and its integration centre are real (with real address and public
// numbers); every other detail of every partner is invented.
var demoOrgs = []org{
	// Administration.
	{Key: "kreis", Name: "Kreis Recklinghausen", Alt: "Kreisverwaltung Recklinghausen", Type: directory.OrgAdministration,
		Desc: "Die Kreisverwaltung Recklinghausen arbeitet für die Menschen in zehn Städten zwischen Ruhrgebiet und Münsterland. Zu ihr gehören unter anderem das " +
			"Kommunale Integrationszentrum, das Beratungs- und Infocenter Pflege, der Sozialpsychiatrische Dienst, das Gesundheitsamt und " +
			"die Ausländerbehörde.",
		Web: "https://www.kreis-re.de"},
	{Key: "ki", Name: "Kommunales Integrationszentrum Kreis Recklinghausen", Alt: "Fachdienst 57.3 – Kommunales Integrationszentrum und Projekte",
		Type: directory.OrgAdministration, Parent: "kreis", Web: "https://www.kreis-re.de",
		Desc: "Das Kommunale Integrationszentrum (KI) vernetzt die Akteure der Integrationsarbeit im Kreis: Verwaltungen, freie Träger und " +
			"Migrant*innenorganisationen. Es macht bestehende Angebote sichtbar, unterstützt Migrant*innenorganisationen, berät zur " +
			"interkulturellen Öffnung von Verwaltung und Einrichtungen und arbeitet in allen Bereichen rassismuskritisch.\n\n" +
			"Arbeitsschwerpunkte sind die Senior*innenarbeit, die Antirassismus- und Antidiskriminierungsarbeit, die Zusammenarbeit mit " +
			"Migrant*innenorganisationen und die interkulturelle Öffnung der Verwaltung, etwa mit Schulungen und Maßnahmen zur Mehrsprachigkeit.",
		Contacts: []contact{
			{Name: "Ansprechstelle Migrant*innenorganisationen", Dept: "Fachdienst 57.3", Phone: kiPhoneMO,
				PhoneNote: "Beratungszeiten: Mo und Di 09:00–14:00 Uhr, Mi 09:00–14:30 Uhr"},
			{Name: "Ansprechstelle Antirassismus und Antidiskriminierung", Dept: "Fachdienst 57.3", Phone: kiPhoneAD},
		}},
	{Key: "bip", Name: "Beratungs- und Infocenter Pflege (BIP)", Alt: "BIP Kreis Recklinghausen", Type: directory.OrgAdministration, Parent: "kreis",
		Domain: "bip-kreis-re.example.org", Mail: "info",
		Desc: "Die Beratungs- und Infocenter Pflege beraten kostenlos und neutral zu allen Fragen rund um Pflege: Pflegegrad, Leistungen der " +
			"Pflegekasse, Hilfe zu Hause, Tagespflege, Kurzzeitpflege und Entlastung für Angehörige. In jeder Stadt des Kreises gibt es ein BIP.",
		Contacts: []contact{{Name: "Zentrale Pflegeberatung", Mail: "info", PhoneNote: "Mo–Fr 08:30–12:30 Uhr"}}},
	{Key: "spdi", Name: "Sozialpsychiatrischer Dienst des Kreises Recklinghausen", Alt: "SpDi", Type: directory.OrgAdministration, Parent: "kreis",
		Domain: "spdi-kreis-re.example.org", Mail: "kontakt",
		Desc: "Der Sozialpsychiatrische Dienst berät Menschen in seelischen Krisen, Menschen mit psychischen Erkrankungen und ihre Angehörigen. " +
			"Die Beratung ist kostenlos und vertraulich; die Mitarbeitenden unterliegen der Schweigepflicht.",
		Contacts: []contact{{Name: "Sekretariat Sozialpsychiatrischer Dienst", Mail: "kontakt"}}},
	{Key: "gesundheitsamt", Name: "Gesundheitsamt des Kreises Recklinghausen", Type: directory.OrgAdministration, Parent: "kreis",
		Domain: "gesundheit-kreis-re.example.org", Mail: "gesundheitsamt",
		Desc: "Das Gesundheitsamt schützt die Gesundheit der Bevölkerung: mit Impfberatung, Schuleingangsuntersuchungen, Beratung zu " +
			"ansteckenden Krankheiten und Angeboten für Menschen ohne ausreichende Krankenversicherung.",
		Contacts: []contact{{Name: "Bürgertelefon Gesundheitsamt", Mail: "gesundheitsamt"}}},
	{Key: "abh", Name: "Ausländerbehörde des Kreises Recklinghausen", Type: directory.OrgAdministration, Parent: "kreis",
		Domain: "auslaenderbehoerde-kreis-re.example.org", Mail: "auslaenderbehoerde",
		Desc: "Die Ausländerbehörde des Kreises ist für Menschen aus Datteln, Haltern am See, Herten, Oer-Erkenschwick und Waltrop zuständig. " +
			"Sie erteilt und verlängert Aufenthaltstitel, bearbeitet Anträge auf Familiennachzug und berät zur Einbürgerung. In den übrigen " +
			"Städten ist die Ausländerbehörde der Stadt zuständig.",
		Contacts: []contact{{Name: "Servicetelefon Ausländerbehörde", Mail: "auslaenderbehoerde", PhoneNote: "Mo–Do 08:00–12:00 Uhr"}}},
	{Key: "jobcenter", Name: "Jobcenter Kreis Recklinghausen", Type: directory.OrgAdministration,
		Domain: "jobcenter-kreis-re.example.org", Mail: "service",
		Desc: "Das Jobcenter unterstützt Menschen, die Bürgergeld bekommen, bei der Suche nach Arbeit und Ausbildung und zahlt die Leistungen " +
			"zum Lebensunterhalt. In jeder Stadt des Kreises gibt es einen Standort; Teams für Neuzugewanderte beraten auch mit Sprachmittlung.",
		Contacts: []contact{{Name: "Service-Center Jobcenter", Mail: "service", PhoneNote: "Mo–Fr 08:00–18:00 Uhr"}}},

	// Education and sport.
	{Key: "ksb", Name: "Kreissportbund Recklinghausen e.V.", Alt: "KSB", Type: directory.OrgOther,
		Domain: "ksb-vest.example.org", Mail: "info",
		Desc: "Der Kreissportbund ist der Dachverband der Sportvereine im Kreis. Mit dem Programm „Integration durch Sport“ und Angeboten " +
			"für Ältere bringt er Menschen in Bewegung, die den Weg in einen Verein noch nicht gefunden haben.",
		Contacts: []contact{{Name: "Geschäftsstelle", Mail: "info"}}},
	{Key: "fwa", Name: "Freiwilligenagentur im Vest e.V.", Type: directory.OrgOther, Domain: "freiwillig-im-vest.example.org", Mail: "hallo",
		Desc: "Die Freiwilligenagentur bringt Menschen, die sich engagieren möchten, mit Vereinen und Einrichtungen zusammen. Sie berät, " +
			"vermittelt und bildet Ehrenamtliche fort – zum Beispiel als Integrationslotsinnen und -lotsen.",
		Contacts: []contact{{Name: "Beratung Ehrenamt", Mail: "hallo"}}},
	{Key: "mieterverein", Name: "Mieterschutzverein im Vest e.V.", Type: directory.OrgOther, Domain: "mieterschutz-vest.example.org", Mail: "beratung",
		Desc: "Der Mieterschutzverein berät seine Mitglieder zu allen Fragen des Mietrechts: Nebenkosten, Mieterhöhung, Mängel, Kündigung " +
			"und Kaution.",
		Contacts: []contact{{Name: "Mietrechtsberatung", Mail: "beratung"}}},
	{Key: "rlc", Name: "Refugee Law Clinic Vest e.V.", Type: directory.OrgOther, Domain: "rlc-vest.example.org", Mail: "beratung",
		Desc: "In der Refugee Law Clinic beraten Jurastudierende unter Anleitung von Volljurist*innen Geflüchtete kostenlos zu ihrem " +
			"Asyl- und Aufenthaltsrecht.",
		Contacts: []contact{{Name: "Beratungsteam", Mail: "beratung", NoPhone: true}}},
}

// vhsTowns are the towns with their own Volkshochschule in the demo.
var vhsTowns = []string{"castrop-rauxel", "datteln", "dorsten", "gladbeck", "haltern-am-see", "herten", "marl", "oer-erkenschwick", "recklinghausen", "waltrop"}

// welfareOrgs are the welfare organisations: real association names,
// invented offices and details.
var welfareOrgs = []org{
	{Key: "awo", Name: "AWO Kreisverband Recklinghausen", Alt: "Arbeiterwohlfahrt", Type: directory.OrgWelfare,
		Domain: "awo-vest.example.org", Mail: "info",
		Desc: "Die Arbeiterwohlfahrt ist ein Wohlfahrtsverband mit Beratungsstellen, Begegnungsstätten und Diensten in allen Städten des Kreises. " +
			"Sie berät Zugewanderte, Familien, Senior*innen und Menschen mit Schulden.",
		Contacts: []contact{{Name: "Geschäftsstelle", Mail: "info"}}},
	{Key: "caritas", Name: "Caritasverband im Kreis Recklinghausen", Alt: "Caritas", Type: directory.OrgWelfare,
		Domain: "caritas-vest.example.org", Mail: "info",
		Desc: "Die Caritas ist der Wohlfahrtsverband der katholischen Kirche. Ihre Dienste stehen allen Menschen offen, unabhängig von " +
			"Religion und Herkunft: Migrationsberatung, Familien- und Lebensberatung, Schuldnerberatung, Angebote für Menschen mit Demenz.",
		Contacts: []contact{{Name: "Zentrale", Mail: "info"}}},
	{Key: "diakonie", Name: "Diakonisches Werk im Kirchenkreis Recklinghausen", Alt: "Diakonie", Type: directory.OrgWelfare,
		Domain: "diakonie-vest.example.org", Mail: "info",
		Desc: "Die Diakonie ist der soziale Dienst der evangelischen Kirche. Im Kreis betreibt sie unter anderem Jugendmigrationsdienste, " +
			"Flüchtlingsberatung, Erziehungs- und Familienberatung, Schuldnerberatung und Hilfen bei drohendem Wohnungsverlust.",
		Contacts: []contact{{Name: "Zentrale", Mail: "info"}}},
	{Key: "drk", Name: "DRK-Kreisverband Recklinghausen", Alt: "Deutsches Rotes Kreuz", Type: directory.OrgWelfare,
		Domain: "drk-vest.example.org", Mail: "info",
		Desc: "Das Deutsche Rote Kreuz hilft Menschen in Not: mit Flüchtlingsberatung, dem Suchdienst für getrennte Familien, dem Hausnotruf, " +
			"Erste-Hilfe-Kursen und Angeboten für Senior*innen.",
		Contacts: []contact{{Name: "Kreisgeschäftsstelle", Mail: "info"}}},
	{Key: "paritaet", Name: "Der Paritätische – Kreisgruppe Recklinghausen", Alt: "Paritätischer Wohlfahrtsverband", Type: directory.OrgWelfare,
		Domain: "paritaet-vest.example.org", Mail: "kreisgruppe",
		Desc: "Der Paritätische ist der Dachverband vieler unabhängiger Vereine und Initiativen der sozialen Arbeit, darunter Beratungsstellen " +
			"für Frauen, für Geflüchtete, gegen Diskriminierung und für Menschen mit Behinderung.",
		Contacts: []contact{{Name: "Kreisgeschäftsstelle", Mail: "kreisgruppe"}}},
	{Key: "lichtblick", Name: "Frauenzentrum Lichtblick e.V.", Type: directory.OrgWelfare, Parent: "paritaet",
		Domain: "frauenzentrum-lichtblick.example.org", Mail: "kontakt",
		Desc: "Das Frauenzentrum Lichtblick ist ein Ort von Frauen für Frauen: Beratung bei Gewalt und in Krisen, Deutschkurse mit " +
			"Kinderbetreuung und ein internationales Frauencafé.",
		Contacts: []contact{{Name: "Beratungstelefon", Mail: "kontakt", Langs: []string{"en", "tr", "ar"}}}},
	{Key: "brueckenschlag", Name: "Psychosoziale Beratungsstelle Brückenschlag e.V.", Type: directory.OrgWelfare, Parent: "paritaet",
		Domain: "brueckenschlag-vest.example.org", Mail: "beratung",
		Desc: "Brückenschlag berät und begleitet geflüchtete Menschen, die unter seelischen Belastungen leiden – mit Dolmetschenden, " +
			"die für Gespräche über schwierige Erfahrungen geschult sind.",
		Contacts: []contact{{Name: "Anmeldung", Mail: "beratung"}}},
	{Key: "vielfalt", Name: "Vielfalt im Vest e.V. – Beratungsstelle gegen Diskriminierung", Alt: "Vielfalt im Vest", Type: directory.OrgWelfare, Parent: "paritaet",
		Domain: "vielfalt-im-vest.example.org", Mail: "beratung",
		Desc: "Die Beratungsstelle unterstützt Menschen, die wegen ihrer Herkunft, Hautfarbe, Religion, Sprache, ihres Geschlechts, Alters oder " +
			"einer Behinderung benachteiligt werden. Sie berät vertraulich und parteilich und bietet Empowerment-Workshops an.",
		Contacts: []contact{{Name: "Antidiskriminierungsberatung", Mail: "beratung", Langs: []string{"en", "tr", "fr"}}}},
	{Key: "regenbogen", Name: "Familienhilfe Regenbogen e.V.", Type: directory.OrgWelfare, Parent: "paritaet",
		Domain: "familienhilfe-regenbogen.example.org", Mail: "info",
		Desc: "Die Familienhilfe Regenbogen begleitet junge Familien: mit Familienpatenschaften, Eltern-Kind-Gruppen und Beratung in den " +
			"ersten Lebensjahren des Kindes.",
		Contacts: []contact{{Name: "Familienbüro", Mail: "info"}}},
	{Key: "teilhabe", Name: "Teilhabeberatung Vest e.V.", Alt: "EUTB Vest", Type: directory.OrgWelfare, Parent: "paritaet",
		Domain: "teilhabe-vest.example.org", Mail: "beratung",
		Desc: "Die Ergänzende unabhängige Teilhabeberatung (EUTB) berät Menschen mit Behinderung, von Behinderung bedrohte Menschen und ihre " +
			"Angehörigen kostenlos zu Leistungen und Rechten. Ein Teil des Teams hat selbst eine Behinderung.",
		Contacts: []contact{{Name: "Teilhabeberatung", Mail: "beratung"}}},
}
