package seed

// kiHours are the consultation hours of the integration centre's work
// with migrant organisations, as its own web page gives them.
const kiHours = "MO,TU 09:00-14:00; WE 09:00-14:30"

// kiOffers are the integration centre's own offers, drawn from the
// description of its work (shared/seed).
var kiOffers = []offer{
	{Key: "ki-mo-veranstaltungen", Org: "ki", At: []string{"ki-kreishaus"}, Name: "Unterstützung von Migrant*innenorganisationen bei Veranstaltungen",
		Summary: "Wir helfen Vereinen und Initiativen, Veranstaltungen zu planen, Räume und Referierende zu finden und sie bekannt zu machen.",
		Desc: "Ihr Verein plant ein Fest, einen Informationsabend oder eine Diskussion? Das Kommunale Integrationszentrum berät " +
			"Migrant*innenorganisationen bei der Planung und Durchführung von Veranstaltungen: von der Idee über Raum, Technik und " +
			"Referierende bis zur Einladung.\n\nWir stellen Kontakte zu Verwaltung, Wohlfahrtsverbänden und anderen Vereinen her und " +
			"zeigen, wie eine Veranstaltung möglichst offen und diskriminierungsarm gestaltet werden kann. Veranstaltungen von Vereinen " +
			"können Sie über Lotse einreichen; wir prüfen und veröffentlichen sie.",
		Apply:  "Rufen Sie in den Beratungszeiten an oder vereinbaren Sie einen Termin im Kreishaus. Gerne kommen wir auch in Ihren Verein.",
		Access: []string{"appointment", "phone", "walk-in"}, Needs: []string{"associations", "volunteering"}, Groups: []string{"migrant-organizations"},
		Langs: []string{"de", "tr", "en"}, Hours: kiHours, Xmas: true},
	{Key: "ki-foerdermittel", Org: "ki", At: []string{"ki-kreishaus"}, Name: "Informationen zu Projektaufrufen und Fördermitteln",
		Summary: "Welche Förderprogramme passen zu Ihrem Verein? Wir informieren über aktuelle Aufrufe und helfen beim Antrag.",
		Desc: "Für Integrationsprojekte gibt es Geld von Land, Bund, Stiftungen und dem Kreis – aber die Programme sind zahlreich und die " +
			"Anträge oft kompliziert. Das Kommunale Integrationszentrum informiert Migrant*innenorganisationen über ausgeschriebene " +
			"Projekte und Fördermittel, zum Beispiel aus dem Landesprogramm „KOMM-AN NRW“.\n\nWir lesen Ihre Projektidee gegen, " +
			"erklären Fristen und Nachweise und vermitteln Partner für gemeinsame Anträge. Aktuelle Aufrufe veröffentlichen wir auch im " +
			"Newsletter.",
		Apply:  "Schicken Sie uns eine kurze Projektidee oder rufen Sie in den Beratungszeiten an. Bitte melden Sie sich früh, mindestens vier Wochen vor Antragsschluss.",
		Access: []string{"appointment", "phone", "online"}, Needs: []string{"associations"}, Groups: []string{"migrant-organizations"},
		Langs: []string{"de", "tr"}, Hours: kiHours, Xmas: true},
	{Key: "ki-infoveranstaltungen", Org: "ki", At: []string{"ki-kreishaus"}, Name: "Informationsveranstaltungen zu migrationsrelevanten Themen",
		Summary: "Vorträge und Gesprächsabende zu Aufenthaltsrecht, Pflege, Schule, Arbeit und Rassismus – auf Wunsch in Ihrem Verein.",
		Desc: "Das Kommunale Integrationszentrum organisiert Informationsveranstaltungen zu Themen, die Menschen mit " +
			"Zuwanderungsgeschichte bewegen: Änderungen im Aufenthalts- und Staatsangehörigkeitsrecht, Pflege und Vorsorge im Alter, " +
			"Bildungswege und Anerkennung von Abschlüssen.\n\nFachleute aus Verwaltung und Beratungsstellen erklären und beantworten " +
			"Fragen. Viele Veranstaltungen finden mit Übersetzung statt, zum Beispiel ins Türkische, Arabische oder Russische. Vereine " +
			"können eine Veranstaltung zu einem Wunschthema bei sich vor Ort anfragen.",
		Apply:  "Die Termine stehen im Veranstaltungskalender. Für eine Veranstaltung in Ihrem Verein rufen Sie uns an.",
		Access: []string{"walk-in", "phone"}, Needs: []string{"associations", "residence", "education"},
		Groups: []string{"migrant-organizations", "newcomers", "seniors"}, Langs: []string{"de", "tr", "ar", "ru"}, Hours: "2TH 17:30-19:30"},
	{Key: "ki-netzwerk-mo", Org: "ki", At: []string{"ki-kreishaus"}, Name: "Austauschtreffen der Migrant*innenorganisationen",
		Summary: "Regelmäßiges Treffen von Vereinen aus dem ganzen Kreis: kennenlernen, austauschen, gemeinsam planen.",
		Desc: "Beim Austauschtreffen lernen sich Migrant*innenorganisationen aus den zehn Städten des Kreises kennen. Vereine stellen ihre " +
			"Arbeit vor, berichten von gelungenen Projekten und verabreden gemeinsame Aktionen.\n\nDas Kommunale Integrationszentrum lädt " +
			"zu jedem Treffen Gäste aus Verwaltung und Wohlfahrtsverbänden ein. Ziel ist es, die Vernetzung der Vereine zu stärken und " +
			"Migrant*innenorganisationen im Gemeinwesen zu verankern.",
		Apply:  "Eine Einladung kommt per E-Mail an alle Vereine im Verteiler. Neue Vereine melden sich telefonisch an.",
		Access: []string{"walk-in"}, Needs: []string{"associations", "volunteering"}, Groups: []string{"migrant-organizations"},
		Langs: []string{"de"}, Hours: "1WE 17:00-19:30", Summer: true},
	{Key: "ki-ikoe-beratung", Org: "ki", At: []string{"ki-kreishaus"}, Name: "Beratung zur interkulturellen Öffnung",
		Summary: "Beratung für Verwaltungen, Schulen, Kitas und Einrichtungen, die ihre Angebote für Menschen mit Zuwanderungsgeschichte öffnen wollen.",
		Desc: "Interkulturelle Öffnung heißt: Angebote und Dienstleistungen so gestalten, dass sie alle Menschen erreichen, die im Kreis " +
			"leben. Das Kommunale Integrationszentrum berät öffentliche Einrichtungen und Träger von Regelangeboten dabei – seit 2013 " +
			"und mit unterschiedlichen Schwerpunkten.\n\nGemeinsam schauen wir auf Zugänge, Sprache, Personal und Materialien, " +
			"entwickeln Lösungsansätze und begleiten die Umsetzung. Auf Wunsch vermitteln wir Kontakte zu Migrant*innenorganisationen " +
			"als Partnerinnen.",
		Apply: "Vereinbaren Sie einen Termin für ein erstes Gespräch.", Access: []string{"appointment", "phone"},
		Needs: []string{"intercultural-opening"}, Groups: []string{"professionals"}, Langs: []string{"de"}, Hours: "MO,TU,WE,TH 08:30-15:30"},
	{Key: "ki-schulungen", Org: "ki", At: []string{"ki-kreishaus"}, Name: "Schulungen zu interkultureller Kompetenz und Rassismuskritik",
		Summary: "Fortbildungen für Mitarbeitende von Verwaltung und Einrichtungen, mit Anmeldung und Teilnahmebescheinigung.",
		Desc: "Wie spreche ich verständlich mit Menschen, die wenig Deutsch können? Wo wirkt Diskriminierung im Alltag einer Behörde, " +
			"ohne dass es jemand will? Die Schulungen des Kommunalen Integrationszentrums geben Antworten und Raum zum Üben.\n\nAngeboten " +
			"werden halb- und ganztägige Seminare, auch als Inhouse-Schulung für ein Team. Teilnehmende erhalten eine Bescheinigung.",
		Apply:  "Anmeldung über den Veranstaltungskalender oder per Telefon; Inhouse-Schulungen nach Absprache.",
		Access: []string{"appointment", "online"}, Needs: []string{"intercultural-opening", "discrimination"}, Groups: []string{"professionals"},
		Langs: []string{"de"}, Elig: "Für Mitarbeitende von Verwaltungen, Schulen, Kitas und sozialen Einrichtungen im Kreis."},
	{Key: "ki-sprachmittlerpool", Org: "ki", At: []string{"ki-kreishaus"}, Name: "Sprachmittlerpool: Sprachmittlung für Gespräche in Einrichtungen",
		Alt:     "Sprachmittlerpool",
		Summary: "Geschulte Sprachmittlerinnen und Sprachmittler für Gespräche in Schulen, Kitas, Beratungsstellen und Verwaltung.",
		Desc: "Für wichtige Gespräche – ein Elterngespräch in der Schule, eine Pflegeberatung, ein Termin im Jugendamt – vermittelt das " +
			"Kommunale Integrationszentrum geschulte Sprachmittlerinnen und Sprachmittler in vielen Sprachen. Sie übersetzen neutral und " +
			"vertraulich.\n\nBitte fragen Sie mindestens zehn Tage vor dem Termin an und nennen Sie:\n\n" +
			"- die Sprache (und wenn wichtig die Region oder den Dialekt)\n" +
			"- Datum, Uhrzeit, Ort und voraussichtliche Dauer\n" +
			"- das Thema des Gesprächs\n\n" +
			"Für Gerichte, Polizei und Psychotherapie vermittelt der Pool keine Sprachmittlung; dort sind vereidigte Dolmetschende " +
			"oder besonders geschulte Fachkräfte nötig.",
		Apply:  "Einrichtungen stellen die Anfrage über das Formular auf Lotse oder telefonisch – mindestens zehn Tage vor dem Termin.",
		Access: []string{"online", "phone"}, Needs: []string{"interpreting", "intercultural-opening"}, Groups: []string{"professionals"},
		Langs: []string{"de", "tr", "ar", "ru", "uk", "pl", "ro", "bg", "fa", "prs", "ku", "ti"},
		Elig:  "Für öffentliche Einrichtungen und soziale Träger im Kreis; nicht für Gerichte, Polizei und Psychotherapie.",
		Fee:   "Für Einrichtungen des Kreises kostenlos, für andere Träger eine Aufwandsentschädigung je Stunde.", Hours: kiHours},
	{Key: "ki-antidiskriminierung", Org: "ki", At: []string{"ki-kreishaus"}, Name: "Ansprechstelle Antirassismus und Antidiskriminierung",
		Summary: "Sie haben Rassismus oder Diskriminierung erlebt? Hier finden Sie ein offenes Ohr und Hilfe beim nächsten Schritt.",
		Desc: "Rassismuskritische Arbeit ist Querschnittsaufgabe im Kommunalen Integrationszentrum. Wer im Kreis Diskriminierung erlebt " +
			"oder beobachtet hat – bei der Wohnungssuche, im Job, in der Schule oder bei einer Behörde –, kann sich an uns wenden.\n\n" +
			"Wir hören zu, ordnen ein und vermitteln an spezialisierte Beratungsstellen, etwa an Vielfalt im Vest. Über Lotse können Sie " +
			"einen Vorfall auch vertraulich melden; die Meldungen helfen uns, Muster zu erkennen und etwas zu verändern.",
		Apply:  "Rufen Sie an oder nutzen Sie das vertrauliche Meldeformular auf Lotse. Sie müssen Ihren Namen nicht nennen.",
		Access: []string{"phone", "online", "appointment"}, Needs: []string{"discrimination"}, Groups: []string{"newcomers", "refugees", "women", "men"},
		Langs: []string{"de", "en", "tr"}, Hours: "MO,TU,WE,TH 09:00-15:00"},
	{Key: "ki-rassismus-workshops", Org: "ki", At: []string{"ki-kreishaus"}, Name: "Workshops und Veranstaltungen gegen Rassismus",
		Summary: "Workshops, Lesungen und Diskussionen über Formen von Rassismus – für Schulklassen, Vereine und alle Interessierten.",
		Desc: "Veranstaltungen und Workshops informieren über die verschiedenen Ausprägungen von Rassismus – antimuslimischen " +
			"Rassismus, Antisemitismus, Antiziganismus, anti-Schwarzen Rassismus – über ihre Besonderheiten und Gemeinsamkeiten.\n\n" +
			"Viele Termine liegen rund um die Internationalen Wochen gegen Rassismus im März. Schulen und Vereine können einen Workshop " +
			"auch für ihre Gruppe anfragen.",
		Apply:  "Die offenen Termine stehen im Veranstaltungskalender; Gruppen melden sich telefonisch.",
		Access: []string{"walk-in", "appointment"}, Needs: []string{"discrimination", "education"},
		Groups: []string{"children-youth", "professionals", "migrant-organizations"}, Langs: []string{"de"}},
	{Key: "ki-senioren-info", Org: "ki", At: []string{"ki-kreishaus", "bip-recklinghausen"}, Name: "Pflege und Alter: Informationsreihe für Senior*innen mit Migrationsgeschichte",
		Summary: "Mehrsprachige Infonachmittage zu Pflege, Vorsorge und Hilfen im Alter – gemeinsam mit dem BIP, dem Sozialpsychiatrischen Dienst und dem Kreissportbund.",
		Desc: "Viele ältere Migrantinnen und Migranten wissen nicht, welche Hilfen es im Kreis Recklinghausen gibt. In dieser Reihe " +
			"erklären Fachleute in einfachen Worten, was ein Pflegegrad ist, wie eine Vorsorgevollmacht funktioniert, wo es Hilfe bei " +
			"Vergesslichkeit gibt und welche Bewegungsangebote es für Ältere gibt.\n\nDie Nachmittage finden in Moscheegemeinden, " +
			"Kulturvereinen und Begegnungsstätten statt, jeweils mit Übersetzung und bei Tee und Gebäck. Vereine können die Reihe zu " +
			"sich einladen.",
		Apply:  "Termine und Orte stehen im Veranstaltungskalender. Vereine, die einladen möchten, rufen uns an.",
		Access: []string{"walk-in", "phone"}, Needs: []string{"care", "senior-life", "dementia"}, Groups: []string{"seniors", "relatives", "migrant-organizations"},
		Langs: []string{"de", "tr", "ar", "ru", "pl"}, Hours: "3WE 15:00-17:00"},
}

// kreisOffers are the offers of the Kreis's other services.
var kreisOffers = []offer{
	{Key: "bip-pflegekurs-tuerkisch", Org: "bip", At: []string{"bip-recklinghausen"}, Name: "Pflegekurs für Angehörige auf Türkisch",
		Alt: "Bakım kursu", Summary: "Sechs Nachmittage für pflegende Angehörige: Pflege zu Hause, Hilfsmittel, Entlastung und eigene Gesundheit.",
		Desc: "In diesem Kurs lernen pflegende Angehörige in türkischer Sprache, wie sie einen Menschen zu Hause gut versorgen: " +
			"rückenschonendes Heben, Körperpflege im Bett, Umgang mit Inkontinenz und Demenz.\n\nGenauso wichtig ist die eigene Kraft: " +
			"Wir sprechen über Entlastungsangebote, Verhinderungspflege und darüber, wie man Hilfe annimmt. Die Kosten übernimmt die " +
			"Pflegekasse.",
		Apply: "Anmeldung beim BIP Recklinghausen; die Plätze sind begrenzt.", Access: []string{"appointment", "phone"},
		Needs: []string{"care", "dementia", "everyday-help"}, Groups: []string{"relatives"}, Langs: []string{"tr", "de"}, Hours: "TH 15:00-17:30",
		Contact: "Pflegekurse", Mail: "pflegekurse"},
	{Key: "bip-wohnberatung", Org: "bip", At: []string{"bip-recklinghausen"}, Name: "Wohnberatung: die Wohnung an das Alter anpassen",
		Summary: "Haltegriffe, bodengleiche Dusche, Treppenlift: Wir beraten zu Umbau und Zuschüssen, auch bei Ihnen zu Hause.",
		Desc: "Viele Menschen möchten auch mit Pflegebedarf in ihrer Wohnung bleiben. Die Wohnberaterinnen des BIP kommen zu Ihnen nach " +
			"Hause, schauen sich Bad, Treppe und Eingang an und schlagen vor, was helfen kann.\n\nWir erklären, welche Zuschüsse die " +
			"Pflegekasse für den Umbau zahlt, helfen beim Antrag und vermitteln an Handwerksbetriebe, die Erfahrung mit Umbauten haben.",
		Apply: "Rufen Sie an; wir vereinbaren einen Hausbesuch.", Access: []string{"home-visit", "phone"},
		Needs: []string{"housing", "care", "senior-life"}, Groups: []string{"seniors", "disabilities", "relatives"}, Langs: []string{"de", "tr", "ru"},
		Hours: "MO,TU,WE,TH 09:00-15:00", Contact: "Wohnberatung", Mail: "wohnberatung"},
	{Key: "spdi-demenz", Org: "spdi", At: []string{"spdi-recklinghausen"}, Name: "Gerontopsychiatrische Beratung: Demenz und Depression im Alter",
		Summary: "Beratung, wenn ein älterer Mensch vergesslich, verwirrt oder sehr niedergeschlagen ist – für Betroffene und Familien.",
		Desc: "Vergesslichkeit, Unruhe oder Rückzug im Alter können viele Ursachen haben. Die gerontopsychiatrische Beratung hilft, die " +
			"Lage einzuschätzen, und begleitet Familien auf dem Weg zu einer ärztlichen Abklärung.\n\nWir beraten auch dazu, wie der " +
			"Alltag mit Demenz gelingt, welche Betreuungsangebote es gibt und wie Angehörige mit Scham und Sorgen umgehen können. Auf " +
			"Wunsch kommen wir nach Hause.",
		Apply:  "Rufen Sie an; auch Angehörige, Nachbarn oder Hausärzte können sich melden.",
		Access: []string{"phone", "appointment", "home-visit"}, Needs: []string{"dementia", "mental-health", "senior-life"},
		Groups: []string{"seniors", "relatives"}, Langs: []string{"de", "tr", "ru"}, Hours: "MO,TU,WE,TH,FR 08:30-12:30"},
	{Key: "ga-impfsprechstunde", Org: "gesundheitsamt", At: []string{"ga-recklinghausen", "ga-marl"}, Name: "Impfsprechstunde für Kinder und Erwachsene",
		Summary: "Impfberatung und Impfungen für alle, die keine Hausärztin haben oder ihren Impfschutz prüfen lassen wollen.",
		Desc: "Bringen Sie Ihren Impfpass oder Impfunterlagen aus dem Herkunftsland mit, auch auf Arabisch, Russisch oder Ukrainisch. " +
			"Wir prüfen, welche Impfungen fehlen, und holen sie nach – für Kinder vor dem Schulstart genauso wie für Erwachsene.\n\n" +
			"Die Impfungen nach den Empfehlungen der Ständigen Impfkommission sind kostenlos, auch ohne Krankenversicherungskarte.",
		Apply:  "Kommen Sie in die Sprechstunde; für Familien mit mehreren Kindern bitte einen Termin vereinbaren.",
		Access: []string{"walk-in", "appointment"}, Needs: []string{"health", "parenting"}, Groups: []string{"families", "children-youth", "newcomers", "refugees"},
		Langs: []string{"de", "en", "ar", "ru", "uk"}, Hours: "TU 08:30-11:30; TH 14:00-17:30", Xmas: true},
	{Key: "ga-gesundheitslotsen", Org: "gesundheitsamt", At: []string{"ga-recklinghausen"}, Name: "Gesundheitslotsinnen: Gesundheitsinformation in der Muttersprache",
		Summary: "Geschulte Gesundheitslotsinnen erklären das deutsche Gesundheitssystem – in Vereinen, Moscheen und Sprachkursen.",
		Desc: "Wie finde ich eine Kinderärztin? Wann gehe ich in die Notaufnahme, wann zum ärztlichen Bereitschaftsdienst unter 116 117? " +
			"Was zahlt die Krankenkasse? Gesundheitslotsinnen und -lotsen mit eigener Migrationsgeschichte beantworten solche Fragen in " +
			"der Sprache der Teilnehmenden.\n\nSie kommen mit ihren Infoveranstaltungen in Vereine, Gemeinden, Sprachkurse und " +
			"Elterncafés. Themen sind auch Vorsorge, Zahngesundheit, Impfen und seelische Gesundheit.",
		Apply: "Vereine und Gruppen fragen eine Infoveranstaltung beim Gesundheitsamt an.", Access: []string{"phone", "appointment"},
		Needs: []string{"health", "mental-health"}, Groups: []string{"migrant-organizations", "newcomers", "women"},
		Langs: []string{"de", "tr", "ar", "ru", "fa", "ku", "ti"}},
	{Key: "ga-clearingstelle", Org: "gesundheitsamt", At: []string{"ga-recklinghausen"}, Name: "Clearingstelle Krankenversicherung",
		Summary: "Beratung für Menschen ohne oder mit unklarer Krankenversicherung – auch für Neuzugewanderte aus der EU.",
		Desc: "Ohne Krankenversicherung wird ein Arztbesuch schnell teuer. Die Clearingstelle prüft mit Ihnen, ob und wie Sie in eine " +
			"Krankenversicherung kommen – etwa über Arbeit, Familie, das Jobcenter oder die Versicherung im Herkunftsland.\n\nBis das " +
			"geklärt ist, vermitteln wir in dringenden Fällen eine Behandlung. Die Beratung ist vertraulich; wir geben keine Daten an " +
			"die Ausländerbehörde weiter.",
		Apply: "Termin telefonisch vereinbaren; in dringenden Fällen offene Sprechstunde.", Access: []string{"appointment", "walk-in", "phone"},
		Needs: []string{"health", "counselling"}, Groups: []string{"eu-newcomers", "newcomers"}, Langs: []string{"de", "ro", "bg", "pl", "en"},
		Hours: "WE 09:00-12:00"},
	{Key: "abh-beratung", Org: "abh", At: []string{"abh-recklinghausen"}, Name: "Aufenthaltstitel beantragen und verlängern",
		Summary: "Termine für Aufenthaltserlaubnis, Verlängerung, Niederlassungserlaubnis und Familiennachzug.",
		Desc: "Die Ausländerbehörde erteilt und verlängert Aufenthaltstitel. Bitte stellen Sie den Antrag auf Verlängerung rechtzeitig, " +
			"spätestens sechs Wochen bevor Ihr Titel abläuft.\n\nWelche Unterlagen Sie brauchen, steht in der Checkliste, die wir Ihnen " +
			"mit der Terminbestätigung schicken. Wenn Sie unsicher sind, hilft Ihnen vorher eine Migrationsberatungsstelle.",
		Apply:  "Termin online oder über das Servicetelefon vereinbaren. Ohne Termin nur in dringenden Fällen.",
		Access: []string{"appointment", "online", "phone"}, Needs: []string{"residence"}, Groups: []string{"newcomers", "refugees", "families"},
		Langs: []string{"de", "en"}, Fee: "Gebühren nach der Aufenthaltsverordnung, je nach Titel", Hours: "MO,TU,TH 08:00-12:00; TH 14:00-17:30",
		Elig: "Für Menschen mit Wohnsitz in Datteln, Haltern am See, Herten, Oer-Erkenschwick oder Waltrop.", Xmas: true,
		Alert: "Wegen hoher Nachfrage kann es einige Wochen bis zum Termin dauern. Eine Fiktionsbescheinigung stellen wir rechtzeitig aus."},
	{Key: "abh-einbuergerung", Org: "abh", At: []string{"abh-recklinghausen"}, Name: "Einbürgerung: Erstberatung und Antrag",
		Summary: "Wir prüfen mit Ihnen, ob Sie eingebürgert werden können, und erklären den Antrag.",
		Desc: "Seit der Reform des Staatsangehörigkeitsrechts können viele Menschen schneller Deutsche werden und ihre bisherige " +
			"Staatsangehörigkeit behalten. In der Erstberatung prüfen wir mit Ihnen die wichtigsten Voraussetzungen:\n\n" +
			"- in der Regel fünf Jahre rechtmäßiger Aufenthalt in Deutschland\n" +
			"- Deutschkenntnisse auf Niveau B1\n" +
			"- der bestandene Einbürgerungstest\n" +
			"- ein Lebensunterhalt ohne Bürgergeld, mit Ausnahmen\n\n" +
			"Danach bekommen Sie eine Liste der Unterlagen für Ihren Antrag. Den Antrag können Sie auch online stellen.",
		Apply: "Termin für die Erstberatung online buchen.", Access: []string{"appointment", "online"}, Needs: []string{"residence"},
		Groups: []string{"newcomers", "families"}, Langs: []string{"de"}, Fee: "255 Euro je Erwachsenem, 51 Euro je mitreisendem Kind", Amount: 255,
		Hours: "WE 08:00-12:00"},
	{Key: "jc-jobcafe-frauen", Org: "jobcenter", At: []string{"jc-marl"}, Name: "Job-Café für Frauen",
		Summary: "Ein offenes Frühstück für Frauen, die arbeiten möchten: Berufe kennenlernen, Kinderbetreuung klären, Mut fassen.",
		Desc: "Viele Frauen möchten arbeiten, wissen aber nicht, wie sie anfangen sollen – gerade mit Kindern oder ohne Abschluss aus " +
			"Deutschland. Im Job-Café erzählen Frauen, die es geschafft haben, von ihrem Weg; Arbeitgeberinnen aus Marl stellen Berufe vor.\n\n" +
			"Kinder bis sechs Jahre werden in dieser Zeit im Nebenraum betreut. Eine Beraterin des Jobcenters ist da und beantwortet " +
			"Fragen ganz ohne Aktenzeichen.",
		Apply: "Einfach kommen. Wer Kinderbetreuung braucht, meldet sich bitte zwei Tage vorher.", Access: []string{"walk-in"},
		Needs: []string{"work", "women"}, Groups: []string{"women", "refugees", "newcomers"}, Langs: []string{"de", "ar", "tr", "ro"},
		Hours: "2TU 09:30-11:30; 4TU 09:30-11:30", Xmas: true},
}

// otherOffers are the offers of the sports federation, the volunteer
// agency, the tenants' association and the law clinic.
var otherOffers = []offer{
	{Key: "ksb-bewegt-aelter-herten", Org: "ksb", At: []string{"ksb-herten"}, Name: "Bewegt älter werden in Herten",
		Summary: "Sanfte Gymnastik für Menschen ab 60 – im Sitzen und Stehen, für alle Fitnessstufen.",
		Desc: "Beweglich bleiben, Stürzen vorbeugen, in Gesellschaft lachen: Eine Übungsleiterin des Kreissportbundes zeigt einfache " +
			"Übungen, die Sie auch zu Hause machen können.\n\nDie Gruppe ist bunt gemischt; einige Teilnehmerinnen übersetzen gern für " +
			"Neue ins Türkische und Polnische. Bequeme Kleidung und eine Flasche Wasser genügen.",
		Apply: "Kommen Sie zu einer Schnupperstunde.", Access: []string{"walk-in"}, Needs: []string{"sport", "senior-life", "health"},
		Groups: []string{"seniors"}, Langs: []string{"de", "tr", "pl"}, Hours: "TU 10:00-11:00", Fee: "2 Euro pro Stunde", Amount: 2, Summer: true, MinAge: 60},
	{Key: "ksb-bewegt-aelter-waltrop", Org: "ksb", At: []string{"ksb-waltrop"}, Name: "Bewegt älter werden in Waltrop",
		Summary: "Gymnastik, Gleichgewichtstraining und Tanz für Ältere, auch mit Rollator.",
		Desc: "Einmal pro Woche trifft sich die Bewegungsgruppe in der Turnhalle Brockenscheidt. Wir trainieren Kraft und " +
			"Gleichgewicht, tanzen im Kreis und beenden die Stunde mit einer Entspannung.\n\nViele Teilnehmende kamen vor Jahren aus " +
			"Kasachstan und Russland; Neue sind herzlich willkommen.",
		Apply: "Ohne Anmeldung; die erste Stunde ist kostenlos.", Access: []string{"walk-in"}, Needs: []string{"sport", "senior-life"},
		Groups: []string{"seniors", "disabilities"}, Langs: []string{"de", "ru"}, Hours: "TH 15:00-16:00", Fee: "15 Euro pro Quartal", Amount: 15},
	{Key: "ksb-bewegt-aelter-oer", Org: "ksb", At: []string{"ksb-oer"}, Name: "Bewegt älter werden in Oer-Erkenschwick",
		Summary: "Bewegungsstunde für Ältere mit Spielen, Übungen für den Rücken und viel Zeit zum Reden.",
		Desc: "In Rapen treffen sich jeden Montag ältere Menschen zur Bewegungsstunde. Übungen für Rücken, Schultern und Gleichgewicht " +
			"wechseln mit kleinen Spielen ab.\n\nIm Anschluss trinkt die Gruppe gemeinsam Kaffee. Die Halle hat zwei Stufen am " +
			"Eingang; wir helfen gern.",
		Apply: "Einfach kommen.", Access: []string{"walk-in"}, Needs: []string{"sport", "senior-life", "leisure"}, Groups: []string{"seniors"},
		Langs: []string{"de", "pl"}, Hours: "MO 09:30-10:30", Fee: "2 Euro pro Stunde", Amount: 2},
	{Key: "ksb-schwimmen-frauen", Org: "ksb", At: []string{"ksb-marl"}, Name: "Schwimmkurs für Frauen",
		Summary: "Schwimmen lernen in ruhiger Atmosphäre – nur Frauen, mit Trainerin, Sichtschutz an den Fenstern.",
		Desc: "Viele Frauen hatten nie die Gelegenheit, schwimmen zu lernen. In diesem Kurs lernen Erwachsene ohne Vorkenntnisse " +
			"Schritt für Schritt: sich im Wasser wohlfühlen, gleiten, atmen, die ersten Züge.\n\nWährend des Kurses ist die Halle nur " +
			"für Frauen geöffnet, die Trainerin und die Aufsicht sind Frauen. Burkini und Badeanzug sind gleichermaßen willkommen.",
		Apply: "Anmeldung beim Kreissportbund; der Kurs hat zehn Termine.", Access: []string{"appointment", "phone"},
		Needs: []string{"sport", "women", "health"}, Groups: []string{"women"}, Langs: []string{"de", "ar", "tr"}, Hours: "SA 17:00-18:30",
		Fee: "40 Euro für zehn Termine, ermäßigt 10 Euro", Amount: 40, MinAge: 16},
	{Key: "ksb-integration-durch-sport", Org: "ksb", At: []string{"ksb-gladbeck"}, Name: "Integration durch Sport: Fußball für alle",
		Summary: "Offenes Fußballtraining für Jugendliche und junge Erwachsene – Vereinsmitgliedschaft nicht nötig.",
		Desc: "Jeden Mittwoch ist der Platz in Butendorf für alle offen, die Fußball spielen wollen – egal, woher sie kommen und wie " +
			"gut sie spielen. Zwei Trainer aus dem Programm „Integration durch Sport“ leiten das Training.\n\nWer Lust bekommt, kann " +
			"in eine Vereinsmannschaft wechseln; wir helfen bei der Anmeldung und bei Zuschüssen für den Beitrag.",
		Apply: "Komm einfach mit Sportschuhen vorbei.", Access: []string{"walk-in"}, Needs: []string{"sport", "leisure"},
		Groups: []string{"children-youth", "refugees", "men"}, Langs: []string{"de", "ar", "fa", "en"}, Hours: "WE 17:00-18:30", MinAge: 14, MaxAge: 27},
	{Key: "ksb-radfahren-frauen", Org: "ksb", At: []string{"ksb-dorsten"}, Name: "Radfahrkurs für Frauen",
		Summary: "Radfahren lernen auf dem Übungsplatz der Jugendverkehrsschule – Fahrräder und Helme werden gestellt.",
		Desc: "Mit dem Fahrrad zur Arbeit, zum Einkaufen oder zum Deutschkurs – für viele Frauen ein großer Schritt in die " +
			"Selbstständigkeit. In acht Terminen lernen Sie Gleichgewicht, Bremsen und Kurvenfahren und üben zum Schluss im " +
			"Straßenverkehr.\n\nDie Trainerinnen sprechen Deutsch und Arabisch; Fahrräder und Helme stellt der Kreissportbund.",
		Apply: "Anmeldung telefonisch oder über die Migrationsberatung.", Access: []string{"appointment", "phone"},
		Needs: []string{"sport", "women", "leisure"}, Groups: []string{"women", "refugees"}, Langs: []string{"de", "ar", "fa"},
		Hours: "SA 10:00-12:00", Fee: "10 Euro für den ganzen Kurs", Amount: 10,
		Closed: "Der Kurs pausiert im Winter und beginnt wieder im April. Anmeldungen sind schon jetzt möglich."},
	{Key: "fwa-ehrenamt-beratung", Org: "fwa", At: []string{"fwa-recklinghausen", "fwa-marl", "fwa-dorsten"}, Name: "Ehrenamt finden: Beratung und Vermittlung",
		Summary: "Sie möchten sich engagieren? Wir finden mit Ihnen eine Aufgabe, die zu Ihnen und Ihrer Zeit passt.",
		Desc: "Ob Hausaufgabenhilfe, Besuchsdienst im Seniorenheim, Sprachcafé oder Fahrradwerkstatt: In der Freiwilligenagentur " +
			"kennen wir über 200 Einsatzstellen im Kreis. Im Gespräch finden wir heraus, was Ihnen Freude macht und wie viel Zeit Sie " +
			"haben.\n\nAuch Menschen mit wenig Deutschkenntnissen können sich engagieren – viele Vereine suchen gerade Menschen, die " +
			"weitere Sprachen sprechen.",
		Apply: "Termin vereinbaren oder in die offene Sprechstunde kommen.", Access: []string{"walk-in", "appointment", "online"},
		Needs: []string{"volunteering"}, Groups: []string{"newcomers", "seniors", "children-youth"}, Langs: []string{"de", "en", "tr"},
		Hours: "TU 10:00-13:00; TH 15:00-18:00"},
	{Key: "fwa-integrationslotsen", Org: "fwa", At: []string{"fwa-recklinghausen"}, Name: "Qualifizierung für Integrationslotsinnen und -lotsen",
		Summary: "Fortbildung für Ehrenamtliche, die Neuzugewanderte zu Ämtern, Ärzten und Schulen begleiten.",
		Desc: "Integrationslotsinnen und -lotsen begleiten Menschen, die neu im Kreis sind, in den ersten Monaten: zum Bürgerbüro, zur " +
			"Ärztin, zum Elternabend. Die Qualifizierung bereitet in sechs Modulen darauf vor – mit Wissen über Behörden und " +
			"Hilfsangebote, über Datenschutz und über die eigenen Grenzen.\n\nBesonders willkommen sind Menschen, die selbst eingewandert " +
			"sind und eine weitere Sprache sprechen. Nach der Qualifizierung gibt es regelmäßige Austauschtreffen.",
		Apply: "Anmeldung bei der Freiwilligenagentur; vorher gibt es ein Kennenlerngespräch.", Access: []string{"appointment", "online"},
		Needs: []string{"volunteering", "migration-counselling"}, Groups: []string{"newcomers", "migrant-organizations"},
		Langs: []string{"de"}, Hours: "SA 10:00-15:00"},
	{Key: "fwa-patenschaften", Org: "fwa", At: []string{"fwa-dorsten"}, Name: "Patenschaften für neu zugewanderte Familien",
		Summary: "Ehrenamtliche Patinnen und Paten begleiten eine Familie im ersten Jahr – beim Ankommen, Deutschüben und Kennenlernen der Stadt.",
		Desc: "Eine Patenschaft verbindet Menschen: Eine Familie, die neu in Dorsten ist, und eine Person, die hier lebt und ein paar " +
			"Stunden im Monat Zeit hat. Man trifft sich, geht zusammen zum Wochenmarkt oder in die Bücherei und hilft bei Fragen.\n\n" +
			"Die Freiwilligenagentur bringt passende Menschen zusammen und steht beiden Seiten bei Fragen zur Seite.",
		Apply: "Familien und Patinnen melden sich bei der Freiwilligenagentur in Wulfen.", Access: []string{"appointment", "phone"},
		Needs: []string{"volunteering", "family", "leisure"}, Groups: []string{"families", "refugees", "newcomers"}, Langs: []string{"de", "ar", "uk"},
		Hours: "WE 15:00-18:00"},
	{Key: "mieter-mietrecht", Org: "mieterverein", At: []string{"mieter-recklinghausen", "mieter-gladbeck"}, Name: "Mietrechtsberatung",
		Summary: "Beratung zu Nebenkostenabrechnung, Mieterhöhung, Schimmel, Kündigung und Kaution.",
		Desc: "Ihre Nebenkostenabrechnung ist viel höher als im letzten Jahr? In der Wohnung ist Schimmel, und der Vermieter reagiert " +
			"nicht? Die Juristinnen und Juristen des Mieterschutzvereins prüfen Ihre Unterlagen und sagen Ihnen, welche Rechte Sie haben.\n\n" +
			"Wir schreiben für Mitglieder auch an die Vermieterseite und begleiten im Streitfall. Bringen Sie Mietvertrag und die " +
			"letzten Schreiben mit.",
		Apply: "Termin telefonisch; Mitglied werden können Sie beim ersten Besuch.", Access: []string{"appointment", "phone"},
		Needs: []string{"housing", "legal-advice"}, Groups: []string{"families", "seniors", "newcomers"}, Langs: []string{"de", "tr"},
		Fee: "Mitgliedsbeitrag 7 Euro im Monat; die Beratung ist für Mitglieder kostenlos.", Amount: 7, Hours: "MO,WE 15:00-18:00; FR 09:00-12:00"},
	{Key: "mieter-wohnungssuche", Org: "mieterverein", At: []string{"mieter-gladbeck"}, Name: "Sprechstunde Wohnungssuche",
		Summary: "Tipps zur Wohnungssuche, Wohnberechtigungsschein und Mietvertrag – offen für alle, nicht nur für Mitglieder.",
		Desc: "Eine bezahlbare Wohnung zu finden ist schwer, besonders für große Familien. In der offenen Sprechstunde erklären wir, " +
			"wo Sie suchen können, wie Sie einen Wohnberechtigungsschein beantragen und worauf Sie beim Mietvertrag achten müssen.\n\n" +
			"Wir lesen Wohnungsanzeigen und Verträge mit Ihnen gemeinsam und warnen vor unseriösen Angeboten.",
		Apply: "Ohne Termin.", Access: []string{"walk-in"}, Needs: []string{"housing"}, Groups: []string{"families", "refugees", "eu-newcomers"},
		Langs: []string{"de", "ar", "tr"}, Hours: "TH 16:00-18:00"},
	{Key: "rlc-beratung", Org: "rlc", At: []string{"rlc-recklinghausen", "rlc-marl"}, Name: "Rechtsberatung für Geflüchtete",
		Summary: "Kostenlose Beratung im Asyl- und Aufenthaltsrecht durch angeleitete Jurastudierende.",
		Desc: "Ein Bescheid vom Bundesamt, eine Duldung, die ausläuft, eine Frage zum Familiennachzug: In der Refugee Law Clinic " +
			"schauen sich Studierende der Rechtswissenschaft Ihren Fall genau an. Jede Beratung wird von einer Volljuristin oder einem " +
			"Volljuristen begleitet.\n\nWir sagen Ihnen auch, wann Sie unbedingt eine Anwältin brauchen, und helfen, eine zu finden. " +
			"Dolmetschende bringen wir mit, wenn Sie bei der Anmeldung Ihre Sprache nennen.",
		Apply:  "Anmeldung per E-Mail oder über eine Beratungsstelle. Bei Fristen (zum Beispiel Klagefrist) bitte sofort melden.",
		Access: []string{"appointment", "online"}, Needs: []string{"legal-advice", "residence"}, Groups: []string{"refugees"},
		Langs: []string{"de", "en", "ar", "fa", "fr"}, Hours: "2TH 17:00-20:00; 4TH 17:00-20:00", Summer: true,
		Elig: "Für Geflüchtete und ihre Unterstützerinnen und Unterstützer.", Mail: "beratung"},
}
