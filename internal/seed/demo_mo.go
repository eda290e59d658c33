package seed

import "github.com/lotse/lotse/internal/directory"

// The migrant organisations of the demo are invented clubs, named after
// what such clubs in the Kreis are typically called. Their offers are the
// everyday work of clubs: homework help, seniors' breakfasts, language
// cafés, accompanying people to offices and doctors.

var moOrgs = []org{
	{Key: "mo-tuerk-marl", Name: "Türkisch-Deutscher Elternverein Marl e.V.", Alt: "Türk-Alman Veli Derneği Marl", Type: directory.OrgMigrant,
		Domain: "elternverein-marl.example.org", Mail: "info",
		Desc: "Der Elternverein wurde 1987 von türkischen Eltern gegründet, die ihren Kindern gute Bildungschancen geben wollten. Heute " +
			"kommen Familien aus vielen Ländern: Der Verein bietet Hausaufgabenhilfe, Elternabende, ein Seniorenfrühstück und Begleitung " +
			"zu Ämtern an.",
		Contacts: []contact{{Name: "Vereinsbüro", Mail: "info", Langs: []string{"tr"}}, {Name: "Hülya Kaya", Title: "Vorsitzende", Mail: "vorstand", NoPhone: true}}},
	{Key: "mo-anadolu-datteln", Name: "Kultur- und Sportverein Anadolu Datteln e.V.", Type: directory.OrgMigrant,
		Domain: "anadolu-datteln.example.org", Mail: "verein",
		Desc: "Anadolu Datteln ist ein Kultur- und Sportverein mit Jugendfußball, Folkloregruppe und einem Treffpunkt für Ältere. Der " +
			"Verein feiert jedes Jahr ein großes Sommerfest auf dem Platz am Kanal, zu dem die ganze Nachbarschaft eingeladen ist.",
		Contacts: []contact{{Name: "Vorstand", Mail: "verein", Langs: []string{"tr"}}}},
	{Key: "mo-aljisr", Name: "Deutsch-Arabischer Familienverein Al-Jisr e.V.", Alt: "Al-Jisr – Die Brücke", Type: directory.OrgMigrant,
		Domain: "al-jisr-re.example.org", Mail: "kontakt",
		Desc: "Al-Jisr heißt „die Brücke“. Der Verein wurde von Familien aus Syrien, dem Irak, Marokko und dem Libanon gegründet und " +
			"verbindet arabischsprachige Familien mit der Stadtgesellschaft in Recklinghausen. Ehrenamtliche helfen bei Hausaufgaben, " +
			"Formularen und Terminen.",
		Contacts: []contact{{Name: "Vereinstelefon", Mail: "kontakt", Langs: []string{"ar"}}}},
	{Key: "mo-jasmin", Name: "Syrisch-Deutscher Kulturverein Jasmin e.V.", Type: directory.OrgMigrant,
		Domain: "jasmin-gladbeck.example.org", Mail: "info",
		Desc: "Der Kulturverein Jasmin bringt seit 2016 syrische und deutsche Nachbarinnen und Nachbarn in Gladbeck zusammen – mit " +
			"Sprachcafé, Elterncafé, Kochabenden und Musik.",
		Contacts: []contact{{Name: "Vorstand", Mail: "info", Langs: []string{"ar"}}}},
	{Key: "mo-raduga", Name: "Kultur- und Integrationsverein Raduga e.V.", Alt: "Радуга", Type: directory.OrgMigrant,
		Domain: "raduga-gladbeck.example.org", Mail: "raduga",
		Desc: "Raduga („Regenbogen“) ist ein Verein russischsprachiger Familien in Gladbeck – Spätaussiedler, jüdische Zugewanderte und " +
			"Menschen aus der Ukraine, Kasachstan und Russland. Der Verein hat einen Chor, einen Schachclub für Kinder und einen " +
			"lebendigen Seniorenclub.",
		Contacts: []contact{{Name: "Vereinsbüro", Mail: "raduga", Langs: []string{"ru", "uk"}}}},
	{Key: "mo-druschba", Name: "Begegnungszentrum Druschba Waltrop e.V.", Type: directory.OrgMigrant,
		Domain: "druschba-waltrop.example.org", Mail: "info",
		Desc: "Das Begegnungszentrum Druschba („Freundschaft“) ist ein Treffpunkt für russlanddeutsche und russischsprachige Familien in " +
			"Waltrop. Es gibt Tanz- und Gesangsgruppen, Beratung und einen Mittagstisch für Ältere.",
		Contacts: []contact{{Name: "Büro", Mail: "info", Langs: []string{"ru"}}}},
	{Key: "mo-most", Name: "Polnischer Kulturverein Most e.V.", Alt: "Stowarzyszenie Kulturalne Most", Type: directory.OrgMigrant,
		Domain: "most-herten.example.org", Mail: "kontakt",
		Desc: "Most heißt „Brücke“. Der Verein pflegt polnische Sprache und Kultur in Herten und hilft Menschen, die neu aus Polen " +
			"gekommen sind: mit einer Sprechstunde, einer Samstagsschule für Kinder und einem deutsch-polnischen Sprachcafé.",
		Contacts: []contact{{Name: "Sprechstunde", Mail: "kontakt", Langs: []string{"pl"}}}},
	{Key: "mo-ukr", Name: "Ukrainische Gemeinschaft im Vest e.V.", Alt: "Українська громада", Type: directory.OrgMigrant,
		Domain: "ukr-vest.example.org", Mail: "info",
		Desc: "Die Ukrainische Gemeinschaft im Vest wurde 2022 von Geflüchteten und Ukrainerinnen, die schon lange hier leben, " +
			"gegründet. Sie hilft beim Ankommen, organisiert eine Samstagsschule und ein Begegnungscafé und vernetzt sich mit anderen " +
			"Vereinen im Kreis.",
		Contacts: []contact{{Name: "Koordination", Mail: "info", Langs: []string{"uk", "ru"}}}},
	{Key: "mo-afg", Name: "Afghanischer Kultur- und Familienverein Dorsten e.V.", Type: directory.OrgMigrant,
		Domain: "afghan-dorsten.example.org", Mail: "info",
		Desc: "Der Verein ist Treffpunkt für afghanische Familien in Dorsten. Ehrenamtliche übersetzen bei Terminen, Frauen treffen " +
			"sich jede Woche, und für die Kinder gibt es Hausaufgabenhilfe und Sportangebote.",
		Contacts: []contact{{Name: "Vorstand", Mail: "info", Langs: []string{"fa", "prs", "ps"}}}},
	{Key: "mo-kurd", Name: "Kurdisches Gemeinschaftszentrum Herten e.V.", Type: directory.OrgMigrant,
		Domain: "kurdisches-zentrum-herten.example.org", Mail: "info",
		Desc: "Das Kurdische Gemeinschaftszentrum ist offen für Kurdinnen und Kurden aus der Türkei, Syrien, dem Irak und Iran. Es " +
			"bietet Beratung, einen Jugendtreff, eine Frauengruppe und feiert jedes Jahr Newroz.",
		Contacts: []contact{{Name: "Zentrum", Mail: "info", Langs: []string{"ku", "kmr", "tr", "ar"}}}},
	{Key: "mo-suedost", Name: "Treffpunkt Südosteuropa e.V.", Alt: "Punct de întâlnire / Място за срещи", Type: directory.OrgMigrant,
		Domain: "treffpunkt-suedosteuropa.example.org", Mail: "hallo",
		Desc: "Der Treffpunkt Südosteuropa unterstützt Menschen aus Rumänien und Bulgarien in Marl und Recklinghausen. Ehrenamtliche " +
			"und Honorarkräfte helfen bei Anmeldung, Kindergeld, Schulanmeldung und Fragen zu Arbeit und Lohn.",
		Contacts: []contact{{Name: "Beratungstelefon", Mail: "hallo", Langs: []string{"ro", "bg"}}}},
	{Key: "mo-afrika", Name: "Afrika-Forum Vest e.V.", Type: directory.OrgMigrant,
		Domain: "afrika-forum-vest.example.org", Mail: "info",
		Desc: "Im Afrika-Forum engagieren sich Menschen aus Ghana, Nigeria, Kamerun, Eritrea, Guinea und vielen anderen Ländern. Der " +
			"Verein macht Bildungsarbeit gegen Rassismus, begleitet Neuzugewanderte und bietet Hausaufgabenhilfe und ein Sprachcafé an.",
		Contacts: []contact{{Name: "Koordination", Mail: "info", Langs: []string{"en", "fr", "ti"}}, {Name: "Emmanuel Owusu", Title: "Vorsitzender", Mail: "vorstand", NoPhone: true}}},
	{Key: "mo-griech", Name: "Griechische Gemeinde Oer-Erkenschwick e.V.", Alt: "Ελληνική Κοινότητα", Type: directory.OrgMigrant,
		Domain: "griechische-gemeinde-oe.example.org", Mail: "info",
		Desc: "Die Griechische Gemeinde wurde in den 1960er-Jahren von Bergleuten und ihren Familien gegründet. Heute treffen sich " +
			"hier drei Generationen – beim Seniorentreff, im muttersprachlichen Unterricht und bei der Tanzgruppe.",
		Contacts: []contact{{Name: "Gemeindebüro", Mail: "info", Langs: []string{"el"}}}},
	{Key: "mo-bosn", Name: "Bosnisch-Herzegowinischer Kulturverein Waltrop e.V.", Type: directory.OrgMigrant,
		Domain: "bih-waltrop.example.org", Mail: "info",
		Desc: "Der Kulturverein ist Treffpunkt für Familien aus Bosnien und Herzegowina, Kroatien und Serbien. Er bietet einen " +
			"Seniorentreff, eine Frauengruppe und Hilfe bei Fragen zu Rente und Pflege.",
		Contacts: []contact{{Name: "Vorstand", Mail: "info", Langs: []string{"bs", "hr", "sr"}}}},
	{Key: "mo-iran", Name: "Deutsch-Iranischer Kulturkreis Haltern e.V.", Type: directory.OrgMigrant,
		Domain: "kulturkreis-haltern.example.org", Mail: "kontakt",
		Desc: "Der Kulturkreis lädt zu persischer Literatur, Musik und Gesprächen ein und unterstützt Neuzugewanderte aus Iran und " +
			"Afghanistan in Haltern am See mit einem Sprachcafé und Begleitung zu Terminen.",
		Contacts: []contact{{Name: "Kontakt", Mail: "kontakt", Langs: []string{"fa", "prs"}}}},
	{Key: "mo-mosaik", Name: "Frauennetzwerk Mosaik e.V.", Type: directory.OrgMigrant,
		Domain: "mosaik-castrop.example.org", Mail: "info",
		Desc: "Mosaik ist ein Netzwerk von Frauen mit und ohne Migrationsgeschichte in Castrop-Rauxel. Die Frauen organisieren " +
			"Treffpunkte, Workshops und Beratung von Frauen für Frauen.",
		Contacts: []contact{{Name: "Netzwerkbüro", Mail: "info", Langs: []string{"tr", "ar", "uk"}}}},
}

var moPlaces = []place{
	{Key: "mo-tuerk-marl", Org: "mo-tuerk-marl", Town: "marl", Name: "Vereinsheim Elternverein", Street: "Breite Straße 17", Zip: "45768", StepFree: true},
	{Key: "mo-anadolu-datteln", Org: "mo-anadolu-datteln", Town: "datteln", Name: "Vereinsheim Anadolu", Street: "Hafenstraße 23",
		Access: "Eingang über zwei Stufen; das Vereinsheim selbst ist ebenerdig."},
	{Key: "mo-aljisr", Org: "mo-aljisr", Town: "recklinghausen", Name: "Al-Jisr Vereinsräume", Street: "Grullbadstraße 41", Zip: "45661", StepFree: true},
	{Key: "mo-jasmin", Org: "mo-jasmin", Town: "gladbeck", Name: "Kulturverein Jasmin", Street: "Horster Straße 63", Zip: "45964", StepFree: true},
	{Key: "mo-raduga", Org: "mo-raduga", Town: "gladbeck", Name: "Raduga Begegnungsraum Zweckel", Street: "Feldhauser Straße 12", Zip: "45968",
		Access: "Raum im 1. Obergeschoss, kein Aufzug."},
	{Key: "mo-druschba", Org: "mo-druschba", Town: "waltrop", Name: "Begegnungszentrum Druschba", Street: "Bahnhofstraße 52", StepFree: true,
		Features: []string{"accessible-toilet"}},
	{Key: "mo-most", Org: "mo-most", Town: "herten", Name: "Polnischer Kulturverein Most", Street: "Kaiserstraße 33", Zip: "45699", StepFree: true},
	{Key: "mo-ukr-castrop", Org: "mo-ukr", Town: "castrop-rauxel", Name: "Ukrainisches Begegnungscafé Castrop-Rauxel", Street: "Münsterstraße 18", StepFree: true},
	{Key: "mo-ukr-re", Org: "mo-ukr", Town: "recklinghausen", Name: "Ukrainische Samstagsschule (Räume der Grundschule)", Street: "Schulstraße 9", Zip: "45659", StepFree: true},
	{Key: "mo-afg", Org: "mo-afg", Town: "dorsten", Name: "Afghanischer Kulturverein", Street: "Barkenberger Allee 15", Zip: "46286", StepFree: true},
	{Key: "mo-kurd", Org: "mo-kurd", Town: "herten", Name: "Kurdisches Gemeinschaftszentrum", Street: "Gartenstraße 70", Zip: "45701",
		Access: "Eine Stufe am Eingang, Rampe auf Nachfrage."},
	{Key: "mo-suedost-marl", Org: "mo-suedost", Town: "marl", Name: "Treffpunkt Südosteuropa Marl", Street: "Lipper Weg 8", Zip: "45770", StepFree: true},
	{Key: "mo-suedost-re", Org: "mo-suedost", Town: "recklinghausen", Name: "Treffpunkt Südosteuropa im Stadtteilbüro Süd", Street: "Bochumer Straße 90",
		Zip: "45661", StepFree: true},
	{Key: "mo-afrika", Org: "mo-afrika", Town: "recklinghausen", Name: "Afrika-Forum Vest", Street: "Paulusstraße 5", Zip: "45657", StepFree: true},
	{Key: "mo-griech", Org: "mo-griech", Town: "oer-erkenschwick", Name: "Griechisches Gemeindehaus", Street: "Ewaldstraße 44", StepFree: true,
		Features: []string{"accessible-toilet"}},
	{Key: "mo-bosn", Org: "mo-bosn", Town: "waltrop", Name: "Kulturverein Bosnien-Herzegowina", Street: "Hagelstraße 6",
		Access: "Drei Stufen am Eingang."},
	{Key: "mo-iran", Org: "mo-iran", Town: "haltern-am-see", Name: "Kulturkreis im Alten Rathaus Sythen", Street: "Am Wehr 2", StepFree: true},
	{Key: "mo-mosaik", Org: "mo-mosaik", Town: "castrop-rauxel", Name: "Frauentreff Mosaik", Street: "Wittener Straße 40", Zip: "44575", StepFree: true},
}

var moOffers = []offer{
	// Türkisch-Deutscher Elternverein Marl.
	{Key: "mo-tuerk-marl-hausaufgaben", Org: "mo-tuerk-marl", At: []string{"mo-tuerk-marl"}, Name: "Hausaufgabenhilfe für Grund- und Hauptschulkinder",
		Alt: "Ödev yardımı", Summary: "Montag bis Donnerstag Hilfe bei den Hausaufgaben – Deutsch, Mathe und Englisch, mit Snack.",
		Desc: "Nach der Schule kommen bis zu zwanzig Kinder ins Vereinsheim. Ehrenamtliche – Studierende, pensionierte Lehrkräfte und " +
			"Eltern – helfen bei den Hausaufgaben und üben Lesen. Es gibt immer etwas Obst und Tee.\n\nEinmal im Halbjahr laden wir " +
			"die Eltern ein und sprechen auf Türkisch und Deutsch über Schule, Zeugnisse und Übergänge.",
		Apply: "Eltern melden ihr Kind im Vereinsheim an.", Access: []string{"walk-in", "appointment"}, Needs: []string{"homework-help", "education"},
		Groups: []string{"children-youth", "families"}, Langs: []string{"de", "tr"}, Hours: "MO,TU,WE,TH 14:30-17:00", Summer: true, MinAge: 6, MaxAge: 16},
	{Key: "mo-tuerk-marl-kahvalti", Org: "mo-tuerk-marl", At: []string{"mo-tuerk-marl"}, Name: "Seniorenfrühstück „Kahvaltı“",
		Summary: "Türkisches Frühstück für Ältere, jeden zweiten Samstag – mit Gästen aus Pflege- und Rentenberatung.",
		Desc: "Beim Seniorenfrühstück sitzen ältere Frauen und Männer bei Simit, Oliven, Käse und Tee zusammen. Viele kennen sich " +
			"seit Jahrzehnten aus der Zeche oder der Chemie.\n\nOft kommt ein Gast: eine Pflegeberaterin des BIP, jemand von der " +
			"Rentenversicherung oder eine Ärztin, die über Diabetes spricht. Die Gespräche laufen auf Türkisch, die Gäste werden übersetzt.",
		Apply: "Einfach kommen.", Access: []string{"walk-in"}, Needs: []string{"senior-life", "leisure", "care"}, Groups: []string{"seniors"},
		Langs: []string{"tr", "de"}, Hours: "2SA 10:00-12:30; 4SA 10:00-12:30", Fee: "Spende erbeten"},
	{Key: "mo-tuerk-marl-begleitung", Org: "mo-tuerk-marl", At: []string{"mo-tuerk-marl"}, Name: "Begleitung zu Ämtern und Ärzten",
		Summary: "Ehrenamtliche begleiten Sie zu Terminen und übersetzen zwischen Türkisch und Deutsch.",
		Desc: "Ein Termin beim Amt oder im Krankenhaus ist leichter, wenn jemand dabei ist, der beide Sprachen spricht. Unsere " +
			"Ehrenamtlichen begleiten Sie, übersetzen und helfen, Fragen zu stellen.\n\nFür sehr persönliche Gespräche – etwa beim " +
			"Psychotherapeuten oder vor Gericht – vermitteln wir an professionelle Dolmetschende.",
		Apply: "Bitte mindestens eine Woche vorher im Vereinsbüro anfragen.", Access: []string{"phone", "appointment"},
		Needs: []string{"interpreting", "health", "counselling"}, Groups: []string{"seniors", "newcomers", "families"}, Langs: []string{"tr", "de"},
		Hours: "MO,WE 10:00-12:00", Contact: "Begleitdienst", Mail: "begleitung"},
	{Key: "mo-tuerk-marl-elternabend", Org: "mo-tuerk-marl", At: []string{"mo-tuerk-marl"}, Name: "Elternabend: Schule in Deutschland verstehen",
		Summary: "Monatlicher Elternabend auf Türkisch und Deutsch zu Schulsystem, Übergängen und Ausbildung.",
		Desc: "Welche Schule nach der Grundschule? Was bedeutet eine Empfehlung? Wie finde ich einen Ausbildungsplatz? Beim Elternabend " +
			"erklären Lehrkräfte und Berufsberaterinnen das deutsche Schulsystem.\n\nDie Eltern können offen Fragen stellen; " +
			"übersetzt wird ins Türkische und nach Bedarf ins Arabische.",
		Apply: "Ohne Anmeldung.", Access: []string{"walk-in"}, Needs: []string{"education", "parenting"}, Groups: []string{"families"},
		Langs: []string{"tr", "de", "ar"}, Hours: "1TH 18:00-20:00", Summer: true},

	// Anadolu Datteln.
	{Key: "mo-anadolu-jugendfussball", Org: "mo-anadolu-datteln", At: []string{"mo-anadolu-datteln"}, Name: "Jugendfußball bei Anadolu Datteln",
		Summary: "Training für Kinder und Jugendliche von 6 bis 17 Jahren in vier Altersgruppen.",
		Desc: "Bei Anadolu Datteln spielen Kinder aus über fünfzehn Ländern zusammen Fußball. Die Trainer achten auf Fairness und " +
			"Zusammenhalt – und darauf, dass die Schule nicht zu kurz kommt.\n\nProbetraining ist jederzeit möglich. Für Familien mit " +
			"wenig Geld gibt es Zuschüsse zum Mitgliedsbeitrag über das Bildungs- und Teilhabepaket.",
		Apply: "Zum Probetraining einfach kommen.", Access: []string{"walk-in"}, Needs: []string{"sport", "leisure"}, Groups: []string{"children-youth"},
		Langs: []string{"de", "tr"}, Hours: "TU,TH 17:00-18:30", Fee: "Mitgliedsbeitrag 8 Euro im Monat; Zuschuss über Bildung und Teilhabe möglich.", Amount: 8,
		MinAge: 6, MaxAge: 17},
	{Key: "mo-anadolu-cay", Org: "mo-anadolu-datteln", At: []string{"mo-anadolu-datteln"}, Name: "Çay Saati – Teestunde für Ältere",
		Summary: "Teestunde für ältere Männer und Frauen: Gespräche, Tavla, Okey und Informationen zu Gesundheit und Pflege.",
		Desc: "Jeden Mittwochnachmittag öffnet der Verein seine Räume für Ältere. Bei Tee und Gebäck wird erzählt, Tavla und Okey " +
			"gespielt.\n\nEinmal im Monat kommt eine Pflegeberaterin oder ein Vertreter des Seniorenbeirats und beantwortet Fragen. " +
			"Die Teestunde ist ein guter Ort, um Hilfe zu finden, ohne ein Amt betreten zu müssen.",
		Apply: "Einfach vorbeikommen.", Access: []string{"walk-in"}, Needs: []string{"senior-life", "leisure"}, Groups: []string{"seniors", "men"},
		Langs: []string{"tr", "de"}, Hours: "WE 14:00-18:00"},
	{Key: "mo-anadolu-folklore", Org: "mo-anadolu-datteln", At: []string{"mo-anadolu-datteln"}, Name: "Folkloregruppe für Jugendliche",
		Summary: "Anatolische Volkstänze lernen und auf Stadtfesten auftreten – für Mädchen und Jungen ab 10.",
		Desc: "In der Folkloregruppe lernen Jugendliche Tänze aus verschiedenen Regionen Anatoliens. Die Gruppe tritt beim Dattelner " +
			"Stadtfest, beim Sommerfest des Vereins und bei Festen anderer Vereine auf.\n\nMitmachen können alle, die Lust auf Tanz " +
			"und Musik haben – die Herkunft spielt keine Rolle.",
		Apply: "Zur Probe einfach kommen.", Access: []string{"walk-in"}, Needs: []string{"leisure", "sport"}, Groups: []string{"children-youth"},
		Langs: []string{"tr", "de"}, Hours: "FR 17:30-19:00", MinAge: 10, Summer: true},

	// Al-Jisr.
	{Key: "mo-aljisr-hausaufgaben", Org: "mo-aljisr", At: []string{"mo-aljisr"}, Name: "Hausaufgabenhilfe und Lernwerkstatt",
		Alt: "مساعدة في الواجبات المدرسية", Summary: "Hilfe bei Hausaufgaben und Vorbereitung auf Klassenarbeiten für Kinder von 6 bis 14.",
		Desc: "In der Lernwerkstatt von Al-Jisr lernen Kinder in kleinen Gruppen. Ehrenamtliche helfen bei Hausaufgaben, erklären " +
			"Mathe und üben Lesen.\n\nVor Klassenarbeiten gibt es zusätzliche Termine. Die Eltern werden regelmäßig eingeladen und " +
			"erfahren, wie sie ihre Kinder zu Hause unterstützen können – auch wenn sie selbst wenig Deutsch sprechen.",
		Apply: "Anmeldung im Verein.", Access: []string{"appointment", "walk-in"}, Needs: []string{"homework-help", "education"},
		Groups: []string{"children-youth", "families"}, Langs: []string{"de", "ar"}, Hours: "MO,WE 15:00-17:30", MinAge: 6, MaxAge: 14, Summer: true},
	{Key: "mo-aljisr-arabisch", Org: "mo-aljisr", At: []string{"mo-aljisr"}, Name: "Arabischunterricht für Kinder",
		Summary: "Lesen und Schreiben in der Familiensprache Arabisch, samstags in zwei Altersgruppen.",
		Desc: "Viele Kinder sprechen zu Hause Arabisch, können es aber nicht lesen und schreiben. Im Samstagsunterricht lernen sie " +
			"die Schrift, lesen Geschichten und singen Lieder.\n\nWer seine Familiensprache gut kann, lernt auch leichter Deutsch – " +
			"das zeigen viele Studien. Der Unterricht ist religiös neutral.",
		Apply: "Anmeldung zu Beginn des Schulhalbjahres.", Access: []string{"appointment"}, Needs: []string{"education"}, Groups: []string{"children-youth"},
		Langs: []string{"ar"}, Hours: "SA 10:00-12:00", Fee: "10 Euro im Monat", Amount: 10, MinAge: 6, MaxAge: 14},
	{Key: "mo-aljisr-begleitung", Org: "mo-aljisr", At: []string{"mo-aljisr"}, Name: "Hilfe bei Formularen und Begleitung zu Terminen",
		Summary: "Ehrenamtliche erklären Briefe, helfen beim Ausfüllen und begleiten auf Arabisch zu Ämtern und Ärzten.",
		Desc: "Jeden Dienstag sitzen Ehrenamtliche im Verein und helfen bei Briefen vom Jobcenter, der Familienkasse oder der " +
			"Krankenkasse. Sie erklären auf Arabisch, was verlangt wird, und helfen beim Ausfüllen.\n\nFür wichtige Termine begleiten " +
			"sie auch zu Behörden und Arztpraxen und übersetzen. Bei rechtlichen Fragen vermitteln wir an die Migrationsberatung.",
		Apply: "Dienstags ohne Termin; Begleitung bitte eine Woche vorher anfragen.", Access: []string{"walk-in", "phone"},
		Needs: []string{"interpreting", "counselling", "migration-counselling"}, Groups: []string{"newcomers", "refugees", "families"},
		Langs: []string{"ar", "de"}, Hours: "TU 16:00-19:00"},
	{Key: "mo-aljisr-frauencafe", Org: "mo-aljisr", At: []string{"mo-aljisr"}, Name: "Frauencafé Al-Jisr",
		Summary: "Ein Vormittag nur für Frauen: Tee, Gespräche, Deutsch üben und Themen wie Gesundheit und Erziehung.",
		Desc: "Im Frauencafé treffen sich Frauen aus arabischsprachigen Ländern und ihre Nachbarinnen. Wir reden über das, was uns " +
			"bewegt, üben Deutsch und laden Expertinnen ein, etwa eine Hebamme oder eine Beraterin der Verbraucherzentrale.\n\n" +
			"Kleinkinder sind willkommen; es gibt eine Spielecke.",
		Apply: "Einfach kommen.", Access: []string{"walk-in"}, Needs: []string{"women", "leisure"}, Groups: []string{"women"},
		Langs: []string{"ar", "de"}, Hours: "TH 10:00-12:00", Xmas: true},

	// Jasmin Gladbeck.
	{Key: "mo-jasmin-sprachcafe", Org: "mo-jasmin", At: []string{"mo-jasmin"}, Name: "Sprachcafé Jasmin",
		Summary: "Deutsch-arabisches Sprachcafé: Deutsch üben oder Arabisch lernen, bei Kaffee und Gebäck.",
		Desc: "Im Sprachcafé wechseln wir die Sprachen: Wer Deutsch lernt, übt mit Muttersprachlern, und wer Arabisch lernen möchte, " +
			"findet hier Gesprächspartner.\n\nDie Runde ist herzlich und bunt; oft wird gekocht, und im Sommer sitzen wir im Garten.",
		Apply: "Einfach kommen.", Access: []string{"walk-in"}, Needs: []string{"language-courses", "leisure"}, Groups: []string{"newcomers", "refugees"},
		Langs: []string{"de", "ar"}, Hours: "TU 18:00-20:00"},
	{Key: "mo-jasmin-elterncafe", Org: "mo-jasmin", At: []string{"mo-jasmin"}, Name: "Elterncafé: Kita und Schule",
		Summary: "Austausch für Eltern über Kita, Schule und Erziehung – mit Gästen aus Schulen und Familienberatung.",
		Desc: "Eltern haben viele Fragen, wenn ihre Kinder in Kita und Schule gehen: Wie melde ich mein Kind an? Was ist eine " +
			"OGS? Was tun, wenn mein Kind gemobbt wird? Im Elterncafé sprechen wir darüber.\n\nRegelmäßig kommen Lehrerinnen, " +
			"Schulsozialarbeiter und Fachkräfte der Erziehungsberatung dazu.",
		Apply: "Ohne Anmeldung.", Access: []string{"walk-in"}, Needs: []string{"parenting", "education"}, Groups: []string{"families"},
		Langs: []string{"ar", "de"}, Hours: "2FR 10:00-12:00; 4FR 10:00-12:00"},
	{Key: "mo-jasmin-kochen", Org: "mo-jasmin", At: []string{"mo-jasmin"}, Name: "Interkultureller Kochabend",
		Summary: "Einmal im Monat kochen Nachbarinnen und Nachbarn Gerichte aus Syrien und der Welt – und essen gemeinsam.",
		Desc: "Beim Kochabend übernimmt jedes Mal jemand anderes die Küche: mal gibt es Kibbeh und Fattoush, mal Grünkohl, mal " +
			"ukrainischen Borschtsch. Alle schneiden, rühren und probieren mit.\n\nDer Abend ist eine einfache Gelegenheit, Menschen " +
			"aus der Nachbarschaft kennenzulernen.",
		Apply: "Bitte bis Mittwoch vorher anmelden, damit wir genug einkaufen.", Access: []string{"phone", "walk-in"},
		Needs: []string{"leisure"}, Groups: []string{"families", "newcomers"}, Langs: []string{"de", "ar"}, Hours: "-1SA 17:00-21:00",
		Fee: "5 Euro für Zutaten", Amount: 5},

	// Raduga Gladbeck.
	{Key: "mo-raduga-seniorenclub", Org: "mo-raduga", At: []string{"mo-raduga"}, Name: "Seniorenclub Raduga",
		Alt: "Клуб пожилых людей", Summary: "Russischsprachiger Seniorenclub mit Vorträgen, Liedern, Ausflügen und Hilfe bei Rentenfragen.",
		Desc: "Im Seniorenclub treffen sich jeden Mittwoch ältere Menschen aus der früheren Sowjetunion. Es gibt Vorträge zu " +
			"Gesundheit, Pflege und Rente, gemeinsames Singen und im Sommer Ausflüge.\n\nEine Ehrenamtliche hilft bei Briefen der " +
			"Rentenversicherung und der Pflegekasse. Der Raum liegt im ersten Stock; wer die Treppe nicht schafft, bekommt Besuch zu Hause.",
		Apply: "Einfach kommen.", Access: []string{"walk-in", "home-visit"}, Needs: []string{"senior-life", "leisure", "care"},
		Groups: []string{"seniors"}, Langs: []string{"ru", "de", "uk"}, Hours: "WE 14:00-17:00", Xmas: true},
	{Key: "mo-raduga-schach", Org: "mo-raduga", At: []string{"mo-raduga"}, Name: "Schachclub für Kinder",
		Summary: "Schach lernen und spielen für Kinder ab 6 – vom ersten Zug bis zum Turnier.",
		Desc: "Ein ehemaliger Schachtrainer aus Charkiw bringt Kindern das Spiel bei. Anfänger lernen die Regeln, Fortgeschrittene " +
			"spielen Partien und nehmen an Jugendturnieren im Kreis teil.\n\nSchach schult Konzentration und Geduld – und macht Spaß. " +
			"Erklärt wird auf Deutsch und Russisch.",
		Apply: "Zum Schnuppern einfach kommen.", Access: []string{"walk-in"}, Needs: []string{"leisure", "education"}, Groups: []string{"children-youth"},
		Langs: []string{"de", "ru"}, Hours: "SA 11:00-13:00", MinAge: 6, MaxAge: 16},
	{Key: "mo-raduga-chor", Org: "mo-raduga", At: []string{"mo-raduga"}, Name: "Chor Raduga",
		Summary: "Russische, ukrainische und deutsche Lieder im gemischten Chor – Notenkenntnisse nicht nötig.",
		Desc: "Der Chor probt jede Woche und tritt bei Festen im Kreis auf, zum Beispiel beim Tag der offenen Tür der Begegnungsstätten. " +
			"Gesungen werden Volkslieder, Romanzen und moderne Stücke.\n\nNeue Stimmen sind immer willkommen, besonders Männerstimmen.",
		Apply: "Zur Probe kommen.", Access: []string{"walk-in"}, Needs: []string{"leisure"}, Groups: []string{"seniors"},
		Langs: []string{"ru", "uk", "de"}, Hours: "MO 18:00-20:00", Closed: "Der Chor pausiert, bis eine neue Chorleitung gefunden ist. Interessierte können sich schon melden."},

	// Druschba Waltrop.
	{Key: "mo-druschba-mittagstisch", Org: "mo-druschba", At: []string{"mo-druschba"}, Name: "Mittagstisch und Gesellschaft für Ältere",
		Summary: "Warmes Mittagessen, Gespräche und Spiele für Ältere – dienstags und donnerstags.",
		Desc: "Zweimal in der Woche kochen Ehrenamtliche ein warmes Mittagessen: Suppe, Hauptgericht und Kompott. Danach bleiben viele " +
			"zum Kartenspielen, Erzählen oder zur Gymnastik.\n\nWer Hilfe bei Anträgen braucht, kann einen Termin mit der Beraterin " +
			"des Zentrums vereinbaren.",
		Apply: "Für das Essen bitte am Vortag anmelden.", Access: []string{"phone", "walk-in"}, Needs: []string{"senior-life", "leisure", "everyday-help"},
		Groups: []string{"seniors"}, Langs: []string{"ru", "de"}, Hours: "TU,TH 12:00-15:00", Fee: "Mittagessen 4 Euro", Amount: 4, Xmas: true},
	{Key: "mo-druschba-beratung", Org: "mo-druschba", At: []string{"mo-druschba"}, Name: "Beratung für Spätaussiedler und russischsprachige Familien",
		Summary: "Hilfe bei Fragen zu Rente, Fremdrenten, Anerkennung, Pflegegrad und Behördenpost – auf Russisch.",
		Desc: "Viele Spätaussiedler und ihre Familien haben besondere Fragen: Wie werden Arbeitsjahre aus der Sowjetunion auf die " +
			"Rente angerechnet? Wie bekomme ich einen Vertriebenenausweis? Wie beantrage ich einen Pflegegrad für meine Eltern?\n\n" +
			"Unsere Beraterin kennt diese Themen seit Jahren und hilft beim Ausfüllen von Anträgen.",
		Apply: "Termin telefonisch vereinbaren.", Access: []string{"appointment", "phone"}, Needs: []string{"counselling", "senior-life", "recognition"},
		Groups: []string{"seniors", "families"}, Langs: []string{"ru", "de"}, Hours: "MO 09:00-13:00"},
	{Key: "mo-druschba-tanz", Org: "mo-druschba", At: []string{"mo-druschba"}, Name: "Tanzgruppe Kalinka für Kinder",
		Summary: "Volkstanz und moderner Tanz für Kinder von 5 bis 12 Jahren.",
		Desc: "In der Tanzgruppe lernen Kinder Volkstänze aus Russland, der Ukraine und Deutschland und moderne Choreografien. Die " +
			"Gruppe tritt bei Festen in Waltrop und Umgebung auf.\n\nDie Trainerin ist ausgebildete Tanzpädagogin; die Kostüme nähen " +
			"Mütter und Großmütter gemeinsam.",
		Apply: "Probestunde nach Anmeldung.", Access: []string{"appointment", "walk-in"}, Needs: []string{"leisure", "sport"}, Groups: []string{"children-youth"},
		Langs: []string{"de", "ru"}, Hours: "FR 16:00-17:30", Fee: "12 Euro im Monat", Amount: 12, MinAge: 5, MaxAge: 12, Summer: true},

	// Most Herten.
	{Key: "mo-most-sprechstunde", Org: "mo-most", At: []string{"mo-most"}, Name: "Sprechstunde für Zugewanderte aus Polen",
		Alt: "Porady dla osób z Polski", Summary: "Hilfe bei Anmeldung, Kindergeld, Krankenversicherung und Arbeitsverträgen – auf Polnisch.",
		Desc: "Wer neu aus Polen nach Herten kommt, hat viele Wege vor sich: Anmeldung beim Bürgerbüro, Steuer-ID, Krankenkasse, " +
			"Kindergeld, Schule für die Kinder. In unserer Sprechstunde helfen Ehrenamtliche auf Polnisch weiter.\n\nWir schauen uns " +
			"auch Arbeitsverträge und Lohnabrechnungen an und vermitteln bei Problemen an Beratungsstellen für faire Arbeit.",
		Apply: "Ohne Termin zur Sprechstunde kommen.", Access: []string{"walk-in", "phone"}, Needs: []string{"migration-counselling", "work", "counselling"},
		Groups: []string{"eu-newcomers", "families"}, Langs: []string{"pl", "de"}, Hours: "TH 16:00-19:00"},
	{Key: "mo-most-sprachcafe", Org: "mo-most", At: []string{"mo-most"}, Name: "Deutsch-polnisches Sprachcafé",
		Summary: "Sprachen tauschen bei Kaffee und Kuchen: Deutsch üben oder Polnisch lernen.",
		Desc: "Im Sprachcafé sitzen Polinnen und Polen mit Deutschen an einem Tisch. Jede Seite übt die andere Sprache – langsam, " +
			"mit Händen und Füßen und viel Humor.\n\nManchmal gibt es ein Thema, etwa Weihnachten in Polen und Deutschland oder " +
			"Fußball. Alle Niveaus sind willkommen.",
		Apply: "Einfach kommen.", Access: []string{"walk-in"}, Needs: []string{"language-courses", "leisure"}, Groups: []string{"eu-newcomers", "newcomers"},
		Langs: []string{"pl", "de"}, Hours: "2WE 18:00-20:00; 4WE 18:00-20:00", Summer: true},
	{Key: "mo-most-samstagsschule", Org: "mo-most", At: []string{"mo-most"}, Name: "Polnische Samstagsschule",
		Summary: "Polnisch lesen und schreiben, Geschichte und Landeskunde für Kinder von 6 bis 15 Jahren.",
		Desc: "Die Samstagsschule hilft Kindern, die Sprache ihrer Eltern gut zu sprechen, zu lesen und zu schreiben. Ausgebildete " +
			"Lehrerinnen unterrichten in drei Altersgruppen.\n\nAm Ende des Schuljahres gibt es ein Zeugnis und ein Fest mit Theater " +
			"und Liedern.",
		Apply: "Anmeldung zu Beginn des Schuljahres.", Access: []string{"appointment"}, Needs: []string{"education"}, Groups: []string{"children-youth"},
		Langs: []string{"pl"}, Hours: "SA 09:00-12:30", Fee: "15 Euro im Monat", Amount: 15, MinAge: 6, MaxAge: 15, Summer: true},

	// Ukrainische Gemeinschaft.
	{Key: "mo-ukr-cafe", Org: "mo-ukr", At: []string{"mo-ukr-castrop"}, Name: "Ukrainisches Begegnungscafé",
		Alt: "Українське кафе зустрічей", Summary: "Treffpunkt für Ukrainerinnen und Ukrainer und ihre Nachbarn – mit Beratung zu Alltagsfragen.",
		Desc: "Im Begegnungscafé treffen sich Menschen aus der Ukraine, die seit 2022 im Kreis leben, und alle, die sie kennenlernen " +
			"möchten. Bei Tee und Gebäck wird erzählt, gelacht und manchmal auch geweint.\n\nEhrenamtliche helfen bei Fragen zu " +
			"Jobcenter, Schule, Anerkennung von Abschlüssen und Wohnungssuche. Einmal im Monat kommt eine Beraterin der " +
			"Migrationsberatung dazu.",
		Apply: "Einfach vorbeikommen.", Access: []string{"walk-in"}, Needs: []string{"leisure", "migration-counselling"},
		Groups: []string{"refugees", "families"}, Langs: []string{"uk", "ru", "de"}, Hours: "WE 15:00-18:00; SA 11:00-14:00"},
	{Key: "mo-ukr-samstagsschule", Org: "mo-ukr", At: []string{"mo-ukr-re"}, Name: "Ukrainische Samstagsschule",
		Summary: "Ukrainisch, Literatur und Geschichte für Schulkinder – damit die Verbindung zur Heimat bleibt.",
		Desc: "Ukrainische Lehrerinnen, die selbst geflüchtet sind, unterrichten Kinder samstags in Ukrainisch, Literatur und " +
			"Geschichte. Der Unterricht findet in Räumen einer Grundschule statt.\n\nDie Kinder gehen unter der Woche in die deutsche " +
			"Schule; die Samstagsschule ergänzt das, ersetzt es aber nicht.",
		Apply: "Anmeldung per E-Mail oder vor Ort.", Access: []string{"appointment", "online"}, Needs: []string{"education"}, Groups: []string{"children-youth", "refugees"},
		Langs: []string{"uk"}, Hours: "SA 09:00-13:00", MinAge: 6, MaxAge: 16, Summer: true},
	{Key: "mo-ukr-begleitung", Org: "mo-ukr", At: []string{"mo-ukr-castrop"}, Name: "Begleitung und Übersetzung bei Terminen",
		Summary: "Ehrenamtliche begleiten zu Ämtern, Ärzten und Schulen und übersetzen Ukrainisch und Russisch.",
		Desc: "Ein Arzttermin oder ein Gespräch in der Schule ist schwer, wenn man die Sprache noch nicht gut spricht. Ehrenamtliche " +
			"der Gemeinschaft begleiten und übersetzen.\n\nBitte melden Sie sich früh, damit wir jemanden finden. Für Gespräche " +
			"beim Gericht oder bei der Polizei vermitteln wir an vereidigte Dolmetschende.",
		Apply: "Anfrage per Telefon oder Messenger, möglichst eine Woche vorher.", Access: []string{"phone", "online"},
		Needs: []string{"interpreting", "health"}, Groups: []string{"refugees", "seniors"}, Langs: []string{"uk", "ru", "de"},
		Contact: "Begleitdienst", Mail: "begleitung"},

	// Afghanischer Verein Dorsten.
	{Key: "mo-afg-frauentreff", Org: "mo-afg", At: []string{"mo-afg"}, Name: "Frauentreff für afghanische Frauen",
		Summary: "Wöchentlicher Treff für Frauen: Gespräche, Nähen, Deutsch üben und Informationen zu Gesundheit und Schule.",
		Desc: "Jeden Montag treffen sich Frauen aus Afghanistan und Iran im Verein. Sie nähen, kochen, reden über ihre Familien und " +
			"üben Deutsch mit einer Ehrenamtlichen.\n\nRegelmäßig kommen Gäste: eine Ärztin, eine Hebamme oder eine Beraterin von der " +
			"Frauenberatung. Kinder spielen im Nebenraum.",
		Apply: "Einfach kommen.", Access: []string{"walk-in"}, Needs: []string{"women", "leisure", "language-courses"}, Groups: []string{"women", "refugees"},
		Langs: []string{"fa", "prs", "ps", "de"}, Hours: "MO 10:00-12:30"},
	{Key: "mo-afg-hausaufgaben", Org: "mo-afg", At: []string{"mo-afg"}, Name: "Hausaufgabenhilfe im Afghanischen Kulturverein",
		Summary: "Hilfe bei Hausaufgaben für Schulkinder, zweimal pro Woche, mit ehrenamtlichen Studierenden.",
		Desc: "Studierende aus Dorsten und Gelsenkirchen helfen Kindern aus afghanischen und anderen Familien bei den Hausaufgaben. " +
			"Sie erklären auf Deutsch und, wenn nötig, auf Dari.\n\nIn den Ferien gibt es Ausflüge, zum Beispiel in die Bücherei " +
			"oder ins Museum.",
		Apply: "Anmeldung im Verein.", Access: []string{"walk-in", "appointment"}, Needs: []string{"homework-help", "education"},
		Groups: []string{"children-youth"}, Langs: []string{"de", "prs", "fa"}, Hours: "TU,TH 15:00-17:00", MinAge: 6, MaxAge: 16},
	{Key: "mo-afg-begleitung", Org: "mo-afg", At: []string{"mo-afg"}, Name: "Begleitung zu Ämtern und Ärzten auf Dari, Farsi und Paschtu",
		Summary: "Ehrenamtliche Sprachmittler begleiten zu Terminen und helfen bei Briefen.",
		Desc: "Unsere Ehrenamtlichen sprechen Dari, Farsi und Paschtu und begleiten Menschen zu Ämtern, Ärzten und Elterngesprächen. " +
			"Sie helfen auch, Briefe zu verstehen und zu beantworten.\n\nFür Frauen begleiten auf Wunsch Frauen.",
		Apply: "Bitte rechtzeitig anfragen, mindestens drei Tage vorher.", Access: []string{"phone", "walk-in"},
		Needs: []string{"interpreting", "migration-counselling"}, Groups: []string{"refugees", "women", "families"}, Langs: []string{"prs", "fa", "ps", "de"},
		Hours: "FR 14:00-17:00", Contact: "Sprachmittlung", Mail: "begleitung"},

	// Kurdisches Gemeinschaftszentrum.
	{Key: "mo-kurd-beratung", Org: "mo-kurd", At: []string{"mo-kurd"}, Name: "Sozialberatung auf Kurdisch, Türkisch und Arabisch",
		Summary: "Hilfe bei Behördenpost, Anträgen und Fragen zum Aufenthalt – in mehreren Sprachen.",
		Desc: "In der Sozialberatung des Zentrums helfen ausgebildete Ehrenamtliche bei Briefen vom Amt, bei Anträgen und Fristen. " +
			"Sie sprechen Kurmandschi, Sorani, Türkisch und Arabisch.\n\nBei schwierigen Fragen zu Asyl und Aufenthalt arbeiten wir " +
			"mit der Migrationsberatung der AWO und der Refugee Law Clinic zusammen.",
		Apply: "Offene Sprechstunde.", Access: []string{"walk-in", "phone"}, Needs: []string{"counselling", "migration-counselling", "residence"},
		Groups: []string{"refugees", "newcomers", "families"}, Langs: []string{"kmr", "ckb", "tr", "ar", "de"}, Hours: "MO,TH 15:00-18:00"},
	{Key: "mo-kurd-jugendtreff", Org: "mo-kurd", At: []string{"mo-kurd"}, Name: "Jugendtreff im Kurdischen Zentrum",
		Summary: "Offener Treff für Jugendliche ab 12: Billard, Musik, Hausaufgaben und Ausflüge.",
		Desc: "Der Jugendtreff ist dreimal pro Woche geöffnet. Es gibt Billard, eine Musikecke, Hilfe bei Hausaufgaben und Bewerbungen " +
			"und einmal im Monat einen Ausflug.\n\nZwei Jugendleiter mit Juleica-Ausbildung sind immer da.",
		Apply: "Komm vorbei.", Access: []string{"walk-in"}, Needs: []string{"leisure", "homework-help"}, Groups: []string{"children-youth"},
		Langs: []string{"de", "kmr", "tr"}, Hours: "TU,WE,FR 16:00-20:00", MinAge: 12, MaxAge: 21},
	{Key: "mo-kurd-frauengruppe", Org: "mo-kurd", At: []string{"mo-kurd"}, Name: "Frauengruppe: Stark im Alltag",
		Summary: "Frauen tauschen sich aus, lernen ihre Rechte kennen und unterstützen sich gegenseitig.",
		Desc: "In der Frauengruppe sprechen Frauen über Familie, Arbeit, Gesundheit und Rechte. Eine Sozialarbeiterin lädt " +
			"Expertinnen ein, etwa zu Trennung und Aufenthalt, Rente oder Frauengesundheit.\n\nDie Gruppe ist vertraulich; was hier " +
			"gesagt wird, bleibt hier.",
		Apply: "Einfach kommen.", Access: []string{"walk-in"}, Needs: []string{"women", "legal-advice"}, Groups: []string{"women"},
		Langs: []string{"kmr", "tr", "de"}, Hours: "SA 14:00-16:00"},

	// Treffpunkt Südosteuropa.
	{Key: "mo-suedost-beratung", Org: "mo-suedost", At: []string{"mo-suedost-marl", "mo-suedost-re"}, Name: "Beratung für Zugewanderte aus Rumänien und Bulgarien",
		Alt: "Consiliere / Консултации", Summary: "Hilfe bei Anmeldung, Kindergeld, Schulanmeldung, Krankenversicherung und Fragen zur Arbeit.",
		Desc: "Viele Menschen aus Rumänien und Bulgarien arbeiten hart und kennen trotzdem ihre Rechte nicht. In unserer Beratung " +
			"helfen Beraterinnen, die selbst Rumänisch und Bulgarisch sprechen: bei der Anmeldung, beim Kindergeld, bei der Suche nach " +
			"einem Schulplatz und bei der Krankenversicherung.\n\nWir schauen uns auch Arbeitsverträge und Lohnzettel an. Bei " +
			"Lohnbetrug vermitteln wir an die Beratungsstellen für faire Arbeit.",
		Apply: "Offene Sprechstunde in Marl und Recklinghausen; Termine auch telefonisch.", Access: []string{"walk-in", "phone", "appointment"},
		Needs: []string{"migration-counselling", "work", "money"}, Groups: []string{"eu-newcomers", "families"}, Langs: []string{"ro", "bg", "de"},
		Hours: "MO,WE 10:00-14:00", Xmas: true},
	{Key: "mo-suedost-schulanmeldung", Org: "mo-suedost", At: []string{"mo-suedost-marl"}, Name: "Begleitung bei Schulanmeldung und Elterngesprächen",
		Summary: "Hilfe, damit Kinder schnell einen Schulplatz bekommen – mit Übersetzung beim Elterngespräch.",
		Desc: "Kinder, die neu nach Deutschland kommen, haben ein Recht auf Schule. Wir helfen Eltern, ihr Kind beim Schulamt " +
			"anzumelden, und begleiten sie zu Gesprächen mit Lehrkräften.\n\nUnsere Mitarbeiterinnen übersetzen Rumänisch, Bulgarisch " +
			"und Romanes und erklären, wie Schule in Deutschland funktioniert.",
		Apply: "Melden Sie sich in der Sprechstunde.", Access: []string{"walk-in", "phone"}, Needs: []string{"education", "interpreting", "parenting"},
		Groups: []string{"eu-newcomers", "families", "children-youth"}, Langs: []string{"ro", "bg", "de"}, Hours: "TU 10:00-13:00"},

	// Afrika-Forum.
	{Key: "mo-afrika-empowerment", Org: "mo-afrika", At: []string{"mo-afrika"}, Name: "Bildungsarbeit gegen Rassismus",
		Summary: "Workshops für Schulen und Vereine über anti-Schwarzen Rassismus, Kolonialgeschichte und Vielfalt.",
		Desc: "Referentinnen und Referenten des Afrika-Forums besuchen Schulklassen, Jugendgruppen und Vereine. Sie erzählen von " +
			"eigenen Erfahrungen, erklären Kolonialgeschichte und ihre Spuren im Ruhrgebiet und sprechen über Rassismus im Alltag.\n\n" +
			"Die Workshops dauern zwei bis vier Stunden und werden an die Gruppe angepasst.",
		Apply: "Anfrage per E-Mail; bitte zwei Monate Vorlauf einplanen.", Access: []string{"appointment", "online"},
		Needs: []string{"discrimination", "education"}, Groups: []string{"children-youth", "professionals"}, Langs: []string{"de", "en", "fr"},
		Fee: "Honorar nach Absprache; für Schulen im Kreis gefördert und kostenlos."},
	{Key: "mo-afrika-sprachcafe", Org: "mo-afrika", At: []string{"mo-afrika"}, Name: "International Language Café",
		Summary: "Deutsch, Englisch und Französisch sprechen – ein offener Abend für Neuzugewanderte und Nachbarn.",
		Desc: "Beim Language Café sprechen wir Deutsch, aber auch Englisch und Französisch, wenn es hilft. Neuzugewanderte aus " +
			"afrikanischen Ländern lernen Menschen aus Recklinghausen kennen und umgekehrt.\n\nEs gibt Musik, Snacks und manchmal " +
			"einen kurzen Input zu Themen wie Wohnungssuche oder Ausbildung.",
		Apply: "Just come – einfach kommen.", Access: []string{"walk-in"}, Needs: []string{"language-courses", "leisure"},
		Groups: []string{"newcomers", "refugees"}, Langs: []string{"de", "en", "fr", "ti"}, Hours: "FR 18:00-20:30"},
	{Key: "mo-afrika-begleitung", Org: "mo-afrika", At: []string{"mo-afrika"}, Name: "Begleitung für Neuzugewanderte aus afrikanischen Ländern",
		Summary: "Ehrenamtliche Lotsinnen und Lotsen begleiten bei Behördengängen, Wohnungssuche und Arztbesuchen.",
		Desc: "Unsere Lotsinnen und Lotsen sind vor Jahren selbst angekommen und wissen, wie schwer der Anfang ist. Sie begleiten " +
			"zu Terminen, übersetzen ins Englische, Französische oder Tigrinya und helfen, sich in der Stadt zurechtzufinden.\n\n" +
			"Außerdem vermitteln wir an Beratungsstellen, Ärztinnen und Sportvereine.",
		Apply: "Anfrage per Telefon oder E-Mail.", Access: []string{"phone", "online"}, Needs: []string{"interpreting", "volunteering", "migration-counselling"},
		Groups: []string{"refugees", "newcomers"}, Langs: []string{"en", "fr", "ti", "am", "de"}, Contact: "Lotsendienst", Mail: "lotsen"},
	{Key: "mo-afrika-hausaufgaben", Org: "mo-afrika", At: []string{"mo-afrika"}, Name: "Hausaufgabenhilfe Afrika-Forum",
		Summary: "Unterstützung bei Hausaufgaben und Lernen für Kinder und Jugendliche, auch auf Englisch und Französisch.",
		Desc: "Zweimal pro Woche helfen Ehrenamtliche Schülerinnen und Schülern bei den Hausaufgaben. Besonders Kinder, die erst " +
			"kurz hier sind, bekommen Erklärungen auch auf Englisch oder Französisch.\n\nVor Zeugnissen sprechen wir mit den Eltern " +
			"über die Leistungen ihrer Kinder.",
		Apply: "Anmeldung im Forum.", Access: []string{"walk-in", "appointment"}, Needs: []string{"homework-help"}, Groups: []string{"children-youth"},
		Langs: []string{"de", "en", "fr"}, Hours: "MO,TH 15:00-17:30", MinAge: 8, MaxAge: 18, Summer: true},

	// Griechische Gemeinde Oer-Erkenschwick.
	{Key: "mo-griech-seniorentreff", Org: "mo-griech", At: []string{"mo-griech"}, Name: "Griechischer Seniorentreff",
		Alt: "Λέσχη ηλικιωμένων", Summary: "Treffpunkt für ältere Griechinnen und Griechen mit Kaffee, Tavli und Informationen zu Rente und Pflege.",
		Desc: "Viele der ersten Gastarbeiter aus Griechenland sind heute über 80. Im Seniorentreff der Gemeinde treffen sie sich zu " +
			"griechischem Kaffee, Tavli und Gesprächen.\n\nEinmal im Monat kommt das BIP und beantwortet Fragen zu Pflege; eine " +
			"Ehrenamtliche übersetzt. Wer nicht mehr kommen kann, wird besucht.",
		Apply: "Einfach kommen.", Access: []string{"walk-in", "home-visit"}, Needs: []string{"senior-life", "leisure", "care"},
		Groups: []string{"seniors"}, Langs: []string{"el", "de"}, Hours: "TU,FR 15:00-18:00", Xmas: true},
	{Key: "mo-griech-unterricht", Org: "mo-griech", At: []string{"mo-griech"}, Name: "Griechischunterricht für Kinder",
		Summary: "Muttersprachlicher Unterricht in Griechisch für Kinder und Jugendliche.",
		Desc: "Die Gemeinde bietet Kindern, deren Familien aus Griechenland stammen, Unterricht in Sprache, Geschichte und Kultur an. " +
			"Der Unterricht findet nachmittags im Gemeindehaus statt.\n\nZu Ostern und zum Nationalfeiertag gestalten die Kinder ein " +
			"Programm für die ganze Gemeinde.",
		Apply: "Anmeldung im Gemeindebüro.", Access: []string{"appointment"}, Needs: []string{"education"}, Groups: []string{"children-youth"},
		Langs: []string{"el"}, Hours: "WE 15:00-17:30", MinAge: 6, MaxAge: 16, Summer: true},
	{Key: "mo-griech-tanz", Org: "mo-griech", At: []string{"mo-griech"}, Name: "Griechische Tanzgruppe für alle",
		Summary: "Sirtaki, Kalamatianos und Pontische Tänze – offen für alle Generationen und Herkünfte.",
		Desc: "Die Tanzgruppe probt jeden Donnerstag und tritt bei Festen in Oer-Erkenschwick auf. Mitmachen können Jung und Alt, " +
			"mit oder ohne griechische Wurzeln.\n\nDie Schritte lernt man schnell; der Rest kommt mit der Musik.",
		Apply: "Einfach zur Probe kommen.", Access: []string{"walk-in"}, Needs: []string{"leisure", "sport"}, Groups: []string{"seniors", "children-youth"},
		Langs: []string{"el", "de"}, Hours: "TH 19:00-20:30"},

	// Bosnisch-Herzegowinischer Kulturverein Waltrop.
	{Key: "mo-bosn-seniorentreff", Org: "mo-bosn", At: []string{"mo-bosn"}, Name: "Seniorentreff und Beratung zu Rente und Pflege",
		Summary: "Treffpunkt für Ältere aus dem ehemaligen Jugoslawien, mit Hilfe bei Rentenanträgen aus zwei Ländern.",
		Desc: "Im Seniorentreff sitzen Ältere aus Bosnien, Kroatien und Serbien zusammen – bei Kaffee, Pita und Gesprächen über " +
			"früher und heute.\n\nEin Ehrenamtlicher hilft bei Renten aus Deutschland und dem Herkunftsland, beim Pflegegrad und bei " +
			"Briefen der Krankenkasse.",
		Apply: "Einfach kommen; für Rentenfragen bitte Termin vereinbaren.", Access: []string{"walk-in", "appointment"},
		Needs: []string{"senior-life", "care", "money"}, Groups: []string{"seniors"}, Langs: []string{"bs", "hr", "sr", "de"}, Hours: "MO,TH 14:00-17:00"},
	{Key: "mo-bosn-frauengruppe", Org: "mo-bosn", At: []string{"mo-bosn"}, Name: "Frauengruppe Handarbeit und Gespräch",
		Summary: "Stricken, Häkeln, Sticken und Reden – ein Nachmittag für Frauen jeden Alters.",
		Desc: "Die Frauengruppe trifft sich jeden Mittwoch. Die Älteren zeigen den Jüngeren traditionelle Handarbeiten, die Jüngeren " +
			"helfen beim Smartphone.\n\nAus den Arbeiten wird jedes Jahr ein Basar, dessen Erlös einem sozialen Projekt zugutekommt.",
		Apply: "Einfach kommen.", Access: []string{"walk-in"}, Needs: []string{"women", "leisure"}, Groups: []string{"women", "seniors"},
		Langs: []string{"bs", "hr", "sr", "de"}, Hours: "WE 15:00-18:00", Summer: true},
	{Key: "mo-bosn-erinnerung", Org: "mo-bosn", At: []string{"mo-bosn"}, Name: "Gesprächskreis: Erinnerung und Trauer",
		Summary: "Ein begleiteter Gesprächskreis für Menschen, die Krieg und Verlust in den 1990er-Jahren erlebt haben.",
		Desc: "Viele Familien haben im Krieg in Bosnien und Herzegowina Angehörige verloren. Im Gesprächskreis ist Raum, darüber zu " +
			"sprechen – begleitet von einer Psychologin, die Bosnisch spricht.\n\nDie Treffen sind vertraulich und offen für alle, " +
			"unabhängig von Herkunft und Religion.",
		Apply: "Bitte vorher kurz anrufen.", Access: []string{"appointment", "phone"}, Needs: []string{"mental-health"}, Groups: []string{"seniors", "women", "men"},
		Langs: []string{"bs", "hr", "sr"}, Hours: "1SA 15:00-17:00"},

	// Deutsch-Iranischer Kulturkreis Haltern.
	{Key: "mo-iran-sprachcafe", Org: "mo-iran", At: []string{"mo-iran"}, Name: "Persisch-deutsches Sprachcafé",
		Alt: "کافه زبان", Summary: "Deutsch üben in gemütlicher Runde, mit persischem Tee und ehrenamtlichen Gesprächspartnern.",
		Desc: "Im Alten Rathaus in Sythen treffen sich Menschen aus Iran und Afghanistan mit Halternerinnen und Halternern. Wir " +
			"sprechen Deutsch über Alltag, Arbeit und Kultur – und manchmal auch ein bisschen Persisch.\n\nDas Sprachcafé ist für " +
			"alle Niveaus; Anfänger bekommen einen eigenen Tisch.",
		Apply: "Einfach kommen.", Access: []string{"walk-in"}, Needs: []string{"language-courses", "leisure"}, Groups: []string{"newcomers", "refugees"},
		Langs: []string{"de", "fa", "prs"}, Hours: "TU 17:00-19:00"},
	{Key: "mo-iran-literatur", Org: "mo-iran", At: []string{"mo-iran"}, Name: "Literaturabend: Hafis, Rumi und neue Stimmen",
		Summary: "Persische und deutsche Gedichte und Geschichten, gelesen in beiden Sprachen.",
		Desc: "Einmal im Monat lesen Mitglieder und Gäste persische Poesie – von Hafis und Rumi bis zu jungen Autorinnen aus der " +
			"Diaspora – und deutsche Texte, die dazu passen. Jeder Text wird in beiden Sprachen vorgetragen.\n\nDanach wird " +
			"diskutiert, und es gibt Tee und Süßes.",
		Apply: "Ohne Anmeldung.", Access: []string{"walk-in"}, Needs: []string{"leisure", "education"}, Groups: []string{"newcomers", "seniors"},
		Langs: []string{"fa", "de"}, Hours: "3FR 19:00-21:00", Summer: true},
	{Key: "mo-iran-begleitung", Org: "mo-iran", At: []string{"mo-iran"}, Name: "Begleitung zu Arztterminen auf Farsi und Dari",
		Summary: "Ehrenamtliche begleiten zu Ärzten und Kliniken und helfen, Befunde zu verstehen.",
		Desc: "Beim Arzt ist es besonders wichtig, alles zu verstehen. Mitglieder des Kulturkreises, darunter eine ehemalige " +
			"Krankenschwester, begleiten zu Terminen und übersetzen.\n\nSie helfen auch, Medikamentenpläne und Arztbriefe zu verstehen.",
		Apply: "Anfrage per Telefon, möglichst eine Woche vorher.", Access: []string{"phone"}, Needs: []string{"interpreting", "health"},
		Groups: []string{"refugees", "seniors", "women"}, Langs: []string{"fa", "prs", "de"}},

	// Frauennetzwerk Mosaik Castrop-Rauxel.
	{Key: "mo-mosaik-frauentreff", Org: "mo-mosaik", At: []string{"mo-mosaik"}, Name: "Frauentreff Mosaik",
		Summary: "Offener Treff für Frauen aus aller Welt: Frühstück, Gespräche, Workshops und Ausflüge.",
		Desc: "Im Frauentreff kommen Frauen aus der Türkei, Syrien, der Ukraine, Deutschland und vielen anderen Ländern zusammen. " +
			"Jede Woche gibt es ein Programm: Nähen, Yoga, ein Vortrag oder ein Ausflug.\n\nDer Treff ist ein sicherer Ort, an dem " +
			"Frauen Kontakte knüpfen und sich gegenseitig unterstützen.",
		Apply: "Einfach kommen.", Access: []string{"walk-in"}, Needs: []string{"women", "leisure"}, Groups: []string{"women"},
		Langs: []string{"de", "tr", "ar", "uk"}, Hours: "TU 09:30-12:30", Summer: true},
	{Key: "mo-mosaik-bewerbung", Org: "mo-mosaik", At: []string{"mo-mosaik"}, Name: "Bewerbungswerkstatt für Frauen",
		Summary: "Lebenslauf schreiben, Bewerbungen üben, Berufe kennenlernen – von Frauen für Frauen.",
		Desc: "In der Bewerbungswerkstatt helfen Frauen, die selbst den Weg in den Beruf gefunden haben. Wir schreiben gemeinsam " +
			"Lebensläufe, üben Vorstellungsgespräche und schauen nach Stellen und Ausbildungsplätzen.\n\nAuch Frauen, die lange " +
			"zu Hause waren oder im Herkunftsland studiert haben, finden hier Unterstützung.",
		Apply: "Termin vereinbaren oder in den Treff kommen.", Access: []string{"appointment", "walk-in"}, Needs: []string{"work", "women", "recognition"},
		Groups: []string{"women", "newcomers"}, Langs: []string{"de", "tr", "ar"}, Hours: "TH 10:00-13:00"},
	{Key: "mo-mosaik-ehrenamt", Org: "mo-mosaik", At: []string{"mo-mosaik"}, Name: "Frauen engagieren sich: Ehrenamt im Netzwerk",
		Summary: "Frauen bringen ihre Sprachen und Erfahrungen ein – als Begleiterin, Kursleiterin oder Organisatorin.",
		Desc: "Das Netzwerk lebt vom Engagement seiner Mitglieder. Wer mitmachen will, kann Frauen zu Terminen begleiten, einen " +
			"Workshop anbieten oder Feste organisieren.\n\nNeue Ehrenamtliche werden eingearbeitet und können an Fortbildungen des " +
			"Kommunalen Integrationszentrums teilnehmen.",
		Apply: "Sprechen Sie uns im Treff an.", Access: []string{"walk-in", "appointment"}, Needs: []string{"volunteering", "women"},
		Groups: []string{"women", "migrant-organizations"}, Langs: []string{"de", "tr", "ar", "uk"}, Hours: "1MO 18:00-20:00"},
}
