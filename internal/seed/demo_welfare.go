package seed

// spdiTowns are the offices of the Sozialpsychiatrischer Dienst.
var spdiTowns = []chainTown{
	{"recklinghausen", []string{"de", "tr", "ru", "ar"}, "MO,TU,WE,TH,FR 08:30-12:30; TH 14:00-17:00"},
	{"marl", []string{"de", "tr", "pl"}, "MO,TU,TH 08:30-12:30"},
	{"dorsten", []string{"de", "ru"}, "TU,TH 09:00-12:00"},
	{"gladbeck", []string{"de", "tr", "ar"}, "MO,WE,FR 08:30-12:00"},
	{"castrop-rauxel", []string{"de", "ru", "uk"}, "MO,TH 08:30-12:30"},
}

func spdiChain() []offer {
	descs := []string{
		"Wenn die Seele leidet – bei Ängsten, Depression, Psychosen, Sucht oder in einer akuten Krise –, können Sie sich an den " +
			"Sozialpsychiatrischen Dienst in {town} wenden. Sozialarbeiterinnen, Sozialarbeiter und eine Fachärztin beraten Sie und Ihre " +
			"Angehörigen, helfen bei der Suche nach Behandlung und begleiten Sie auf Wunsch über längere Zeit.\n\nWir kommen auch zu " +
			"Ihnen nach Hause. Die Beratung ist kostenlos, vertraulich und ohne Überweisung möglich.",
		"Manche Menschen tragen schwere Erlebnisse mit sich, andere werden krank, ohne zu wissen warum. Der Sozialpsychiatrische Dienst " +
			"{town} ist für alle da, die seelisch belastet sind – und für ihre Familien, Nachbarn und Freunde, die sich Sorgen machen.\n\n" +
			"Wir sprechen über das, was Sie bedrückt, klären, welche Hilfe passt, und stellen Kontakte zu Ärztinnen, Kliniken, " +
			"Selbsthilfegruppen und Wohnangeboten her. Gespräche auf {langs} sind möglich, auch mit Sprachmittlung.",
	}
	var offers []offer
	for i, ct := range spdiTowns {
		t := townBySlug(ct.slug)
		offers = append(offers, offer{Key: "spdi-" + ct.slug, Org: "spdi", At: []string{"spdi-" + ct.slug}, Name: "Sozialpsychiatrische Beratung " + t.Name,
			Summary: pick([]string{"Beratung und Begleitung bei seelischen Krisen und psychischen Erkrankungen – auch für Angehörige.",
				"Vertrauliche Hilfe, wenn die Seele leidet: Beratung, Hausbesuche und Vermittlung in Behandlung."}, i),
			Desc:   fill(pick(descs, i), t, ct.langs),
			Apply:  "Rufen Sie an oder kommen Sie in die Sprechstunde. In einer akuten Krise außerhalb der Sprechzeiten wählen Sie 112.",
			Access: []string{"walk-in", "phone", "appointment", "home-visit"}, Needs: []string{"mental-health", "health", "counselling"},
			Groups: []string{"relatives", "refugees", "seniors"}, Langs: ct.langs, Hours: ct.hours, Xmas: i == 2,
			Interp: "Sprachmittlung über den Sprachmittlerpool; für psychotherapeutische Gespräche vermitteln wir geschulte Dolmetschende."})
	}
	return offers
}

// welfareOffers are the welfare organisations' offers outside the chains.
var welfareOffers = []offer{
	{Key: "awo-frauenfruehstueck", Org: "awo", At: []string{"treff-castrop-rauxel"}, Name: "Interkulturelles Frauenfrühstück Castrop-Rauxel",
		Summary: "Frauen aus vielen Ländern frühstücken zusammen, reden und hören kurze Vorträge zu Alltagsthemen.",
		Desc: "Jeden ersten und dritten Freitag ist der Tisch in der Begegnungsstätte für Frauen gedeckt. Jede bringt etwas mit, wenn " +
			"sie mag – Simit, Börek, Brötchen oder Obst.\n\nNach dem Frühstück stellt eine Gastrednerin ein Thema vor: Frauengesundheit, " +
			"Rente, Ausbildung, Sicherheit im Internet. Kleine Kinder dürfen mitkommen.",
		Apply: "Einfach kommen.", Access: []string{"walk-in"}, Needs: []string{"women", "leisure"}, Groups: []string{"women"},
		Langs: []string{"de", "tr", "ar"}, Hours: "1FR 09:30-11:30; 3FR 09:30-11:30", Summer: true, Fee: "Kostenbeitrag 2 Euro", Amount: 2},
	{Key: "awo-lernpaten-datteln", Org: "awo", At: []string{"mbe-datteln"}, Name: "Lernpatenschaften für Grundschulkinder",
		Summary: "Ehrenamtliche Lernpatinnen und -paten üben einmal pro Woche mit einem Kind Lesen, Rechnen und Deutsch.",
		Desc: "Manche Kinder brauchen einfach jemanden, der sich Zeit nimmt. Unsere Lernpatinnen und Lernpaten treffen sich jede Woche " +
			"mit einem Grundschulkind, lesen gemeinsam, üben das Einmaleins und machen Hausaufgaben.\n\nDie AWO bringt Familien und " +
			"Ehrenamtliche zusammen, hält Kontakt zur Schule und lädt die Patinnen und Paten zu Austausch und Fortbildung ein.",
		Apply: "Eltern melden ihr Kind über die Schule oder direkt bei uns an.", Access: []string{"appointment", "phone"},
		Needs: []string{"homework-help", "education", "volunteering"}, Groups: []string{"children-youth", "families"}, Langs: []string{"de", "tr", "ar"},
		Hours: "MO,TU,WE,TH 14:00-17:00", MinAge: 6, MaxAge: 11, Summer: true},
	{Key: "awo-rentenhilfe", Org: "awo", At: []string{"mbe-recklinghausen"}, Name: "Hilfe bei Rentenanträgen",
		Summary: "Ehrenamtliche Versichertenberaterinnen helfen beim Rentenantrag – auch mit Zeiten aus dem Ausland.",
		Desc: "Wer in der Türkei, in Polen, Russland oder einem anderen Land gearbeitet hat, hat oft Anspruch auf Rente aus mehreren " +
			"Ländern. Unsere ehrenamtlichen Beraterinnen und Berater helfen, den Antrag vollständig auszufüllen und die Unterlagen " +
			"zusammenzustellen.\n\nSie erklären auch Grundrente, Witwenrente und Grundsicherung im Alter.",
		Apply: "Termin vereinbaren und Rentenunterlagen mitbringen.", Access: []string{"appointment", "phone"},
		Needs: []string{"senior-life", "money"}, Groups: []string{"seniors"}, Langs: []string{"de", "tr", "pl", "ru"}, Hours: "TU 14:00-17:00"},
	{Key: "caritas-eheberatung", Org: "caritas", At: []string{"mbe-marl", "mbe-dorsten"}, Name: "Ehe-, Familien- und Lebensberatung",
		Summary: "Beratung bei Streit, Trennung, Krisen in der Familie und persönlichen Sorgen – vertraulich und kostenlos.",
		Desc: "Wenn es in der Beziehung oder in der Familie nicht mehr gut läuft, kann ein Gespräch mit einer neutralen Person helfen. " +
			"Unsere Beraterinnen und Berater sind für Paare, Eltern und Einzelne da – bei Streit, Trennung, Trauer, Überforderung oder " +
			"wenn das Leben zwischen zwei Kulturen schwer wird.\n\nDie Beratung ist kostenlos und unabhängig von Religion und Herkunft. " +
			"Spenden sind willkommen, aber keine Bedingung.",
		Apply: "Anmeldung telefonisch; die Wartezeit für ein Erstgespräch beträgt meist zwei bis drei Wochen.", Access: []string{"appointment", "phone", "online"},
		Needs: []string{"family", "mental-health", "counselling"}, Groups: []string{"families", "women", "men"}, Langs: []string{"de", "en", "pl"},
		Hours: "MO,TU,WE,TH 09:00-18:00; FR 09:00-13:00"},
	{Key: "caritas-demenzcafe-haltern", Org: "caritas", At: []string{"caritas-haltern"}, Name: "Demenz-Café „Vergissmeinnicht“",
		Summary: "Ein Nachmittag für Menschen mit Demenz und ihre Angehörigen: Kaffee, Musik, Erinnerungen – und Zeit zum Durchatmen.",
		Desc: "Im Demenz-Café verbringen Menschen mit Gedächtnisproblemen einen schönen Nachmittag, betreut von geschulten " +
			"Ehrenamtlichen. Wir singen, erzählen, backen und spielen.\n\nAngehörige können bleiben und sich mit anderen austauschen – " +
			"oder die Zeit für sich nutzen. Eine Fachkraft der Caritas beantwortet Fragen zu Pflege und Entlastung.",
		Apply: "Bitte beim ersten Besuch kurz vorher anrufen.", Access: []string{"walk-in", "phone"}, Needs: []string{"dementia", "leisure", "care"},
		Groups: []string{"seniors", "relatives"}, Langs: []string{"de"}, Hours: "2WE 15:00-17:30; 4WE 15:00-17:30", Fee: "Kostenbeitrag 3 Euro",
		Amount: 3, Xmas: true},
	{Key: "caritas-angehoerige-russisch", Org: "caritas", At: []string{"treff-dorsten"}, Name: "Gesprächskreis für Angehörige von Menschen mit Demenz (Russisch)",
		Alt:     "Группа для родственников",
		Summary: "Russischsprachige Angehörige tauschen sich aus und bekommen Informationen zu Demenz, Pflege und Entlastung.",
		Desc: "Einen Menschen mit Demenz zu begleiten, kostet viel Kraft. Im Gesprächskreis treffen sich Angehörige, die Russisch " +
			"sprechen, und erzählen, was sie erleben.\n\nEine russischsprachige Fachkraft leitet die Gruppe, erklärt Leistungen der " +
			"Pflegekasse und hilft, Entlastung zu organisieren. Während der Treffen können die Erkrankten im Nebenraum betreut werden.",
		Apply: "Anmeldung bei der Caritas in Dorsten.", Access: []string{"appointment", "phone"}, Needs: []string{"dementia", "care", "mental-health"},
		Groups: []string{"relatives"}, Langs: []string{"ru", "de"}, Hours: "1MO 17:00-18:30"},
	{Key: "caritas-schwangerschaft", Org: "caritas", At: []string{"mbe-gladbeck"}, Name: "Schwangerschaftsberatung",
		Summary: "Beratung rund um Schwangerschaft und Geburt, Hilfe bei Anträgen und finanzielle Unterstützung aus der Bundesstiftung.",
		Desc: "Sie sind schwanger oder haben ein Baby? Wir beraten zu Mutterschutz, Elterngeld, Kindergeld und zu allen Fragen, die " +
			"jetzt kommen. Über die Bundesstiftung „Mutter und Kind“ können wir Geld für die Erstausstattung beantragen.\n\n" +
			"Die Beratung ist vertraulich, auf Wunsch anonym, und steht allen Frauen und Paaren offen.",
		Apply: "Termin vereinbaren; bei dringenden Fragen auch kurzfristig.", Access: []string{"appointment", "phone"},
		Needs: []string{"family", "women", "health", "money"}, Groups: []string{"women", "families"}, Langs: []string{"de", "ar", "tr"},
		Hours: "MO,TU,TH 09:00-12:00; TU 14:00-16:00"},
	{Key: "caritas-sozialberatung-haltern", Org: "caritas", At: []string{"mbe-haltern-am-see"}, Name: "Allgemeine Sozialberatung Haltern am See",
		Summary: "Erste Anlaufstelle bei Geldsorgen, Briefen von Ämtern und schwierigen Lebenslagen.",
		Desc: "Sie wissen nicht weiter – mit einem Bescheid, einer Rechnung, einem Antrag? In der allgemeinen Sozialberatung hören wir " +
			"zu, klären Ihre Ansprüche und helfen beim Ausfüllen.\n\nWenn es spezielle Hilfe braucht, etwa bei Schulden oder Pflege, " +
			"stellen wir den Kontakt zur passenden Stelle her.",
		Apply: "Offene Sprechstunde ohne Termin.", Access: []string{"walk-in", "phone"}, Needs: []string{"counselling", "money"},
		Groups: []string{"families", "seniors", "newcomers"}, Langs: []string{"de", "uk"}, Hours: "MO 09:00-12:00; TH 14:00-16:00"},
	{Key: "diakonie-erziehungsberatung", Org: "diakonie", At: []string{"diakonie-recklinghausen", "mbe-waltrop"}, Name: "Erziehungs- und Familienberatung",
		Summary: "Beratung für Eltern, Kinder und Jugendliche bei Erziehungsfragen, Schulproblemen, Trennung und Familienkrisen.",
		Desc: "Ihr Kind schläft schlecht, will nicht in die Schule oder zieht sich zurück? Sie streiten als Eltern oft über die " +
			"Erziehung? Die Erziehungsberatung hilft Familien, wieder gut miteinander auszukommen.\n\nJugendliche können auch allein " +
			"kommen. Wir arbeiten mit Gesprächen, Spiel und Familiensitzungen und kennen die Herausforderungen von Familien, die " +
			"zwischen zwei Sprachen leben.",
		Apply: "Anmeldung telefonisch oder online.", Access: []string{"appointment", "phone", "online"}, Needs: []string{"parenting", "family", "mental-health"},
		Groups: []string{"families", "children-youth"}, Langs: []string{"de", "en", "ar"}, Hours: "MO,TU,WE,TH 08:30-17:00; FR 08:30-13:00"},
	{Key: "diakonie-wohnungsnotfall", Org: "diakonie", At: []string{"diakonie-recklinghausen"}, Name: "Beratung bei drohendem Wohnungsverlust",
		Summary: "Schnelle Hilfe bei Mietschulden, Kündigung oder Räumungsklage – und für Menschen ohne Wohnung.",
		Desc: "Eine Kündigung wegen Mietschulden oder ein Räumungstermin muss nicht das Ende sein. Wenn Sie früh kommen, können wir oft " +
			"mit dem Vermieter, dem Jobcenter oder dem Sozialamt eine Lösung finden.\n\nMenschen ohne Wohnung bekommen bei uns eine " +
			"Postadresse, Beratung und Hilfe bei der Suche nach einer Unterkunft.",
		Apply: "Kommen Sie sofort in die offene Sprechstunde und bringen Sie alle Schreiben mit.", Access: []string{"walk-in", "phone"},
		Needs: []string{"housing", "money", "counselling"}, Groups: []string{"families", "men", "eu-newcomers"}, Langs: []string{"de", "pl", "ro"},
		Hours: "MO,TU,WE,TH,FR 09:00-12:00"},
	{Key: "diakonie-sozialberatung-oer", Org: "diakonie", At: []string{"mbe-oer-erkenschwick"}, Name: "Allgemeine Sozialberatung Oer-Erkenschwick",
		Summary: "Hilfe bei Anträgen, Behördenpost und Geldsorgen – ohne Termin, jede Woche.",
		Desc: "Bescheide vom Jobcenter, Post von der Krankenkasse, ein Antrag auf Wohngeld: In der Sozialberatung gehen wir Ihre " +
			"Unterlagen gemeinsam durch und erklären, was zu tun ist.\n\nWir helfen auch, wenn Sie nicht wissen, wohin Sie sich wenden " +
			"sollen – und begleiten Sie bei Bedarf zu anderen Stellen.",
		Apply: "Ohne Termin in der Sprechstunde.", Access: []string{"walk-in"}, Needs: []string{"counselling", "money"},
		Groups: []string{"families", "seniors"}, Langs: []string{"de", "pl"}, Hours: "TH 09:00-12:00"},
	{Key: "diakonie-sprachcafe-castrop", Org: "diakonie", At: []string{"diakonie-castrop-rauxel"}, Name: "Sprachcafé im Gemeindehaus",
		Summary: "Deutsch sprechen in entspannter Runde, mit Kuchen und ehrenamtlichen Gesprächspartnern.",
		Desc: "Beim Sprachcafé üben Menschen, die Deutsch lernen, das Sprechen – ohne Noten und ohne Druck. An jedem Tisch sitzt eine " +
			"ehrenamtliche Person, die aufs Gespräch achtet und Wörter erklärt.\n\nWer möchte, bekommt danach Hilfe bei kleinen Fragen " +
			"des Alltags, etwa bei einem Brief oder einer Bewerbung.",
		Apply: "Kommen Sie einfach vorbei.", Access: []string{"walk-in"}, Needs: []string{"language-courses", "leisure"},
		Groups: []string{"newcomers", "refugees", "eu-newcomers"}, Langs: []string{"de"}, Hours: "WE 15:30-17:30", Summer: true, Xmas: true},
	{Key: "drk-suchdienst", Org: "drk", At: []string{"drk-recklinghausen"}, Name: "DRK-Suchdienst: Familienangehörige wiederfinden",
		Summary: "Der Suchdienst hilft, Angehörige zu finden, die durch Krieg, Flucht oder Katastrophen getrennt wurden.",
		Desc: "Wer auf der Flucht Angehörige verloren hat, kann beim DRK-Suchdienst eine Suchanfrage stellen. Das Rote Kreuz arbeitet " +
			"dafür weltweit mit den Rotkreuz- und Rothalbmond-Gesellschaften zusammen.\n\nWir beraten auch zum Familiennachzug und " +
			"helfen beim Zusammenstellen der Unterlagen. Alle Angaben werden vertraulich behandelt.",
		Apply: "Termin vereinbaren; bringen Sie alles mit, was Sie über die gesuchte Person wissen.", Access: []string{"appointment", "phone"},
		Needs: []string{"family", "migration-counselling", "residence"}, Groups: []string{"refugees", "families"}, Langs: []string{"de", "ar", "fa", "ti", "en"},
		Hours: "TU,TH 09:00-12:00"},
	{Key: "drk-hausnotruf", Org: "drk", At: []string{"drk-recklinghausen"}, Name: "Hausnotruf",
		Summary: "Ein Knopfdruck genügt: Der Hausnotruf holt Hilfe, wenn Sie allein zu Hause stürzen oder sich schlecht fühlen.",
		Desc: "Mit dem Hausnotruf tragen Sie einen kleinen Knopf am Handgelenk oder als Kette. Drücken Sie ihn, meldet sich die " +
			"Zentrale über einen Lautsprecher und schickt Hilfe – Angehörige, Nachbarn oder den Rettungsdienst.\n\nUnsere Zentrale ist " +
			"rund um die Uhr besetzt; einige Mitarbeitende sprechen Türkisch und Russisch. Bei einem Pflegegrad zahlt die Pflegekasse " +
			"meist den Grundpreis.",
		Apply: "Rufen Sie an; wir beraten und bauen das Gerät bei Ihnen zu Hause auf.", Access: []string{"phone", "home-visit"},
		Needs: []string{"everyday-help", "senior-life", "care"}, Groups: []string{"seniors", "disabilities", "relatives"}, Langs: []string{"de", "tr", "ru"},
		Fee: "Basis-Hausnotruf 25,50 Euro im Monat; bei Pflegegrad meist von der Pflegekasse bezahlt.", Amount: 25.5},
	{Key: "drk-gedaechtnistraining", Org: "drk", At: []string{"treff-datteln"}, Name: "Gedächtnistraining für Ältere",
		Summary: "Spielerisch das Gedächtnis fit halten – mit Rätseln, Bewegung und Geschichten.",
		Desc: "Im Gedächtnistraining lösen wir Rätsel, erinnern uns an Lieder und Geschichten und verbinden Denken mit leichter " +
			"Bewegung. Das macht Spaß und hält den Kopf beweglich.\n\nDie Gruppe ist klein, niemand muss etwas können. Wer schlecht " +
			"Deutsch spricht, wird von anderen Teilnehmenden unterstützt.",
		Apply: "Anmeldung im Seniorentreff oder telefonisch.", Access: []string{"appointment", "walk-in"}, Needs: []string{"senior-life", "dementia", "leisure"},
		Groups: []string{"seniors"}, Langs: []string{"de", "tr"}, Hours: "TH 10:00-11:30", Fee: "1 Euro pro Termin", Amount: 1},
	{Key: "drk-seniorentanz", Org: "drk", At: []string{"treff-haltern-am-see"}, Name: "Seniorentanz",
		Summary: "Tänze aus aller Welt im Sitzen und Stehen – ohne Partner, ohne Vorkenntnisse.",
		Desc: "Beim Seniorentanz tanzen wir Kreistänze aus vielen Ländern: griechische, polnische, israelische und türkische Melodien " +
			"wechseln sich ab. Wer nicht lange stehen kann, tanzt im Sitzen mit.\n\nTanzen hält Körper und Kopf fit und macht gute Laune.",
		Apply: "Einfach kommen.", Access: []string{"walk-in"}, Needs: []string{"sport", "senior-life", "leisure"}, Groups: []string{"seniors"},
		Langs: []string{"de"}, Hours: "MO 10:00-11:30", Fee: "10 Euro im Monat", Amount: 10, Summer: true},
	{Key: "drk-erste-hilfe", Org: "drk", At: []string{"drk-marl"}, Name: "Erste-Hilfe-Kurs auf Arabisch und Ukrainisch",
		Summary: "Der Erste-Hilfe-Kurs für den Führerschein und für Eltern – mit Übersetzung in die Muttersprache.",
		Desc: "In neun Unterrichtsstunden lernen Sie, was im Notfall zu tun ist: Notruf, stabile Seitenlage, Herz-Lungen-Wiederbelebung, " +
			"Wunden versorgen. Der Kurs gilt für den Führerschein aller Klassen.\n\nEine Ausbilderin erklärt auf Deutsch, eine " +
			"Sprachmittlerin übersetzt ins Arabische oder Ukrainische. Es gibt viel praktische Übung.",
		Apply: "Online oder telefonisch anmelden; bitte die gewünschte Sprache angeben.", Access: []string{"online", "phone"},
		Needs: []string{"health", "education"}, Groups: []string{"newcomers", "refugees", "families"}, Langs: []string{"de", "ar", "uk"},
		Hours: "1SA 08:30-16:30; 3SA 08:30-16:30", Fee: "50 Euro", Amount: 50, MinAge: 14},
	{Key: "drk-fluechtlingsberatung-haltern", Org: "drk", At: []string{"drk-haltern"}, Name: "Flüchtlingsberatung Haltern am See",
		Summary: "Beratung für Geflüchtete zu Asylverfahren, Aufenthalt, Wohnen und Alltag in Haltern am See.",
		Desc: "Wir beraten geflüchtete Menschen in jeder Phase: vor der Anhörung im Asylverfahren, nach dem Bescheid, beim Umzug aus der " +
			"Unterkunft in eine Wohnung.\n\nWir erklären Briefe, helfen bei Anträgen und begleiten zu Terminen, wenn es nötig ist. " +
			"Viele Fragen lassen sich auch am Telefon klären.",
		Apply: "Offene Sprechstunde oder Termin nach Absprache.", Access: []string{"walk-in", "appointment", "phone"},
		Needs: []string{"migration-counselling", "residence", "housing"}, Groups: []string{"refugees"}, Langs: []string{"de", "ar", "uk", "en"},
		Hours: "MO,WE 09:00-12:00", Contact: "Flüchtlingsberatung Haltern", Mail: "fluechtlingsberatung.haltern"},
	{Key: "drk-fluechtlingsberatung-dorsten", Org: "drk", At: []string{"drk-dorsten"}, Name: "Flüchtlingsberatung Dorsten-Hervest",
		Summary: "Sprechstunde für Geflüchtete im Stadtteil Hervest: Asyl, Familie, Schule, Wohnen.",
		Desc: "Im DRK-Treffpunkt in Hervest haben Geflüchtete jede Woche eine feste Anlaufstelle. Wir helfen bei allen Fragen rund um " +
			"Asylverfahren, Duldung und Aufenthaltserlaubnis, bei der Anmeldung der Kinder in Kita und Schule und bei der Wohnungssuche.\n\n" +
			"Viele Familien aus Afghanistan und Syrien kennen uns schon lange – neue Gesichter sind herzlich willkommen.",
		Apply: "Offene Sprechstunde.", Access: []string{"walk-in", "phone"}, Needs: []string{"migration-counselling", "residence", "family"},
		Groups: []string{"refugees", "families"}, Langs: []string{"de", "fa", "prs", "ar"}, Hours: "TU 13:00-17:00", Xmas: true},
	{Key: "lichtblick-gewalt", Org: "lichtblick", At: []string{"lichtblick-recklinghausen"}, Name: "Beratung bei häuslicher Gewalt",
		Summary: "Vertrauliche Beratung für Frauen, die Gewalt erleben – zu Schutz, Rechten und den nächsten Schritten.",
		Desc: "Niemand muss Gewalt aushalten. Wir beraten Frauen, die von ihrem Partner, Ex-Partner oder in der Familie bedroht, " +
			"geschlagen oder kontrolliert werden – vertraulich, auf Wunsch anonym, in vielen Sprachen mit Dolmetscherin.\n\nGemeinsam " +
			"überlegen wir, was Sie schützt: eine Wohnungszuweisung, ein Kontaktverbot, ein Platz im Frauenhaus. Wir erklären auch, was " +
			"eine Trennung für Ihren Aufenthalt bedeutet. Im Notfall rufen Sie die Polizei unter 110 oder das Hilfetelefon unter 116 016.",
		Apply:  "Rufen Sie an – wir vereinbaren schnell einen Termin an einem sicheren Ort. Das Hilfetelefon 116 016 ist rund um die Uhr erreichbar.",
		Access: []string{"phone", "appointment", "online"}, Needs: []string{"women", "legal-advice", "mental-health"}, Groups: []string{"women"},
		Langs: []string{"de", "en", "tr", "ar", "fa"}, Hours: "MO,TU,WE,TH,FR 09:00-13:00; TU,TH 14:00-17:00",
		Interp: "Dolmetscherinnen für Farsi, Kurdisch, Arabisch und Russisch; nur Frauen."},
	{Key: "lichtblick-frauencafe", Org: "lichtblick", At: []string{"lichtblick-marl"}, Name: "Internationales Frauencafé Marl-Hüls",
		Summary: "Ein offener Treff für Frauen aus aller Welt: Kaffee, Gespräche, Ausflüge und gemeinsame Projekte.",
		Desc: "Im Frauencafé treffen sich Frauen, die schon lange in Marl leben, und Frauen, die gerade angekommen sind. Wir trinken " +
			"Tee, kochen zusammen, machen Ausflüge und planen kleine Projekte, zum Beispiel einen Stand beim Stadtteilfest.\n\nWer " +
			"möchte, kann nebenbei Deutsch üben. Kinder bis drei Jahre dürfen mitkommen.",
		Apply: "Einfach vorbeikommen.", Access: []string{"walk-in"}, Needs: []string{"women", "leisure", "language-courses"},
		Groups: []string{"women", "newcomers"}, Langs: []string{"de", "ar", "ro", "bg", "tr"}, Hours: "WE 09:30-12:00", Summer: true},
	{Key: "lichtblick-deutschkurs", Org: "lichtblick", At: []string{"lichtblick-recklinghausen"}, Name: "Deutschkurs für Frauen mit Kinderbetreuung",
		Summary: "Niedrigschwelliger Deutschkurs am Vormittag für Frauen, die (noch) keinen Integrationskurs besuchen können.",
		Desc: "Dieser Kurs ist für Frauen, die keinen Platz im Integrationskurs haben oder einen sanften Einstieg suchen. In kleiner " +
			"Gruppe lernen wir Deutsch für den Alltag: beim Arzt, in der Kita, beim Einkaufen.\n\nWährend des Kurses betreuen zwei " +
			"Erzieherinnen die Kinder im Spielzimmer nebenan.",
		Apply: "Anmeldung telefonisch oder persönlich; Einstieg jederzeit, solange Plätze frei sind.", Access: []string{"appointment", "walk-in"},
		Needs: []string{"language-courses", "women"}, Groups: []string{"women", "refugees", "families"}, Langs: []string{"de"},
		Hours: "MO,WE 09:00-11:30", Xmas: true},
	{Key: "brueckenschlag-beratung", Org: "brueckenschlag", At: []string{"brueckenschlag-herten", "brueckenschlag-recklinghausen"}, Name: "Psychosoziale Beratung für Geflüchtete",
		Summary: "Beratung und Begleitung für geflüchtete Menschen mit seelischen Belastungen, mit geschulten Dolmetschenden.",
		Desc: "Krieg, Flucht und Verlust hinterlassen Spuren. Schlafstörungen, Albträume, Kopfschmerzen oder das Gefühl, nicht mehr " +
			"zur Ruhe zu kommen, sind häufige Folgen. In der psychosozialen Beratung sprechen Sie mit einer Fachkraft über das, was Sie " +
			"belastet – mit einer Dolmetscherin oder einem Dolmetscher, die für solche Gespräche geschult sind.\n\nWir helfen, den Alltag " +
			"zu stabilisieren, und vermitteln bei Bedarf in Psychotherapie.",
		Apply: "Anmeldung telefonisch, auch über eine andere Beratungsstelle oder die Hausärztin.", Access: []string{"appointment", "phone"},
		Needs: []string{"mental-health", "health"}, Groups: []string{"refugees", "women", "men"}, Langs: []string{"de", "ar", "fa", "prs", "ku", "uk", "ti"},
		Hours: "MO,TU,WE,TH 09:00-16:00",
		Alert: "Derzeit Wartezeit von etwa sechs Wochen für ein Erstgespräch. In akuten Krisen wenden Sie sich an den Sozialpsychiatrischen Dienst."},
	{Key: "brueckenschlag-frauengruppe", Org: "brueckenschlag", At: []string{"brueckenschlag-herten"}, Name: "Stabilisierungsgruppe für Frauen",
		Summary: "Eine Gruppe für geflüchtete Frauen: zur Ruhe kommen, Kraft finden, sich mit anderen verbunden fühlen.",
		Desc: "In acht Treffen lernen Frauen Übungen, die bei Anspannung und schlechten Erinnerungen helfen. Wir sprechen darüber, was " +
			"gut tut, und teilen Erfahrungen – nur so viel, wie jede möchte.\n\nDie Gruppe wird von einer Psychologin und einer " +
			"Dolmetscherin für Farsi und Dari geleitet. Kinderbetreuung ist möglich.",
		Apply: "Vorgespräch nach telefonischer Anmeldung.", Access: []string{"appointment", "phone"}, Needs: []string{"mental-health", "women"},
		Groups: []string{"women", "refugees"}, Langs: []string{"fa", "prs", "de"}, Hours: "TH 10:00-12:00"},
	{Key: "brueckenschlag-jugend", Org: "brueckenschlag", At: []string{"brueckenschlag-recklinghausen"}, Name: "Gruppe für Jugendliche mit Fluchterfahrung",
		Summary: "Ein geschützter Raum für Jugendliche von 14 bis 20: reden, Musik machen, stark werden.",
		Desc: "Viele Jugendliche sind allein oder mit ihrer Familie geflohen und tragen schwere Erlebnisse mit sich. In dieser Gruppe " +
			"machen wir Musik, spielen, kochen und reden – über Heimweh, Schule, Zukunftspläne und alles, was euch beschäftigt.\n\n" +
			"Zwei Pädagogen leiten die Gruppe, eine Psychologin ist für Einzelgespräche da.",
		Apply: "Melde dich telefonisch oder über deine Betreuerin.", Access: []string{"appointment", "phone"}, Needs: []string{"mental-health", "leisure"},
		Groups: []string{"children-youth", "refugees"}, Langs: []string{"de", "ar", "fa", "ps"}, Hours: "WE 16:00-18:00", MinAge: 14, MaxAge: 20},
	{Key: "vielfalt-beratung", Org: "vielfalt", At: []string{"vielfalt-recklinghausen"}, Name: "Antidiskriminierungsberatung",
		Summary: "Beratung nach Diskriminierung bei Wohnungssuche, Arbeit, Behörden, Schule oder im Alltag – vertraulich und parteilich.",
		Desc: "Eine Wohnung wird Ihnen verweigert, weil Ihr Name ausländisch klingt? Sie werden bei der Arbeit wegen Ihres Kopftuchs " +
			"benachteiligt? Wir hören Ihnen zu, nehmen Ihre Erfahrung ernst und beraten Sie zu Ihren Möglichkeiten.\n\nWir erklären " +
			"das Allgemeine Gleichbehandlungsgesetz und seine Fristen, schreiben Beschwerden, begleiten zu Gesprächen und vermitteln an " +
			"Anwältinnen. Sie entscheiden, was passiert.",
		Apply:  "Termin telefonisch oder per E-Mail; wichtige Fristen beginnen oft schon mit dem Vorfall – melden Sie sich bald.",
		Access: []string{"appointment", "phone", "online"}, Needs: []string{"discrimination", "legal-advice"}, Groups: []string{"newcomers", "refugees", "women", "men"},
		Langs: []string{"de", "en", "tr", "fr", "ar"}, Hours: "MO,TU,TH 10:00-16:00"},
	{Key: "vielfalt-sprechstunde-gladbeck", Org: "vielfalt", At: []string{"vielfalt-gladbeck"}, Name: "Sprechstunde gegen Diskriminierung in Gladbeck-Brauck",
		Summary: "Offene Sprechstunde im Stadtteilbüro: Erlebte Diskriminierung ansprechen und Unterstützung bekommen.",
		Desc: "Einmal in der Woche ist eine Beraterin von Vielfalt im Vest im Stadtteilbüro Brauck. Sie können ohne Termin kommen und " +
			"erzählen, was passiert ist – auch wenn Sie nicht sicher sind, ob es „wirklich“ Diskriminierung war.\n\nGemeinsam " +
			"überlegen wir, was Sie tun können, und ob ein Termin in der Beratungsstelle sinnvoll ist.",
		Apply: "Ohne Termin.", Access: []string{"walk-in"}, Needs: []string{"discrimination"}, Groups: []string{"newcomers", "families", "children-youth"},
		Langs: []string{"de", "tr", "ar"}, Hours: "TU 14:00-17:00"},
	{Key: "vielfalt-empowerment", Org: "vielfalt", At: []string{"vielfalt-recklinghausen"}, Name: "Empowerment-Workshops für junge Menschen",
		Summary: "Workshops für junge Menschen mit Rassismuserfahrung: sich austauschen, stärken, Strategien entwickeln.",
		Desc: "In den Empowerment-Workshops sind junge Menschen unter sich, die Rassismus erleben. Erfahrene Trainerinnen und Trainer " +
			"mit eigener Rassismuserfahrung leiten die Gruppen.\n\nWir sprechen über Erlebtes, stärken uns gegenseitig und üben, wie " +
			"man in schwierigen Situationen reagieren kann. Es gibt Wochenend-Workshops und ein monatliches Treffen.",
		Apply: "Anmeldung per E-Mail oder Instagram-Nachricht.", Access: []string{"online", "appointment"}, Needs: []string{"discrimination", "leisure"},
		Groups: []string{"children-youth"}, Langs: []string{"de", "en"}, Hours: "-1FR 17:00-20:00", MinAge: 14, MaxAge: 27},
	{Key: "vielfalt-fortbildung", Org: "vielfalt", At: []string{"vielfalt-recklinghausen"}, Name: "Fortbildung: diskriminierungssensibel beraten",
		Summary: "Fortbildung für Beratungsstellen, Behörden und Vereine: Diskriminierung erkennen und Betroffene gut begleiten.",
		Desc: "Wie erkenne ich, dass hinter einer Beschwerde eine Diskriminierungserfahrung steht? Was sagt das Gleichbehandlungsrecht? " +
			"Wie gestalten wir unser Angebot so, dass sich alle willkommen fühlen?\n\nDie Fortbildung dauert einen Tag, verbindet Wissen " +
			"mit Fallbeispielen aus der Region und kann als Inhouse-Veranstaltung gebucht werden.",
		Apply: "Anmeldung per E-Mail; Inhouse-Termine nach Absprache.", Access: []string{"appointment", "online"},
		Needs: []string{"intercultural-opening", "discrimination"}, Groups: []string{"professionals"}, Langs: []string{"de"},
		Fee: "60 Euro pro Person, für Vereine ermäßigt", Amount: 60},
	{Key: "regenbogen-patenschaften", Org: "regenbogen", At: []string{"regenbogen-castrop-rauxel"}, Name: "Familienpatenschaften",
		Summary: "Ehrenamtliche Familienpatinnen unterstützen Familien mit kleinen Kindern im Alltag – ein paar Stunden pro Woche.",
		Desc: "Manchmal fehlt einfach eine helfende Hand: jemand, der mit dem Baby spazieren geht, bei Terminen begleitet oder mit den " +
			"größeren Geschwistern spielt. Unsere Familienpatinnen und -paten kommen regelmäßig in die Familie.\n\nSie ersetzen keine " +
			"Fachkraft, aber sie entlasten und bringen Zeit mit. Viele sprechen neben Deutsch auch Türkisch, Arabisch oder Russisch.",
		Apply: "Melden Sie sich im Familienbüro; wir besuchen Sie und suchen eine passende Patin.", Access: []string{"phone", "home-visit"},
		Needs: []string{"family", "parenting", "volunteering"}, Groups: []string{"families"}, Langs: []string{"de", "tr", "ar", "ru"},
		Hours: "MO,TU,WE,TH 09:00-13:00"},
	{Key: "regenbogen-griffbereit", Org: "regenbogen", At: []string{"regenbogen-castrop-rauxel"}, Name: "Eltern-Kind-Gruppe „Griffbereit“",
		Summary: "Mehrsprachige Spielgruppe für Eltern mit Kindern von 1 bis 3 Jahren – die Familiensprache wird gestärkt.",
		Desc: "In der Griffbereit-Gruppe spielen, singen und basteln Eltern mit ihren Kleinkindern. Eine Elternbegleiterin zeigt, wie " +
			"man die Entwicklung im Alltag fördert – in der Familiensprache und auf Deutsch.\n\nDie Eltern lernen die Kita im Haus " +
			"kennen und tauschen sich über Erziehung, Schlaf und Essen aus. Der Übergang in die Kita fällt so vielen Kindern leichter.",
		Apply: "Einfach kommen oder vorher anrufen.", Access: []string{"walk-in", "phone"}, Needs: []string{"parenting", "language-courses", "education"},
		Groups: []string{"families", "children-youth"}, Langs: []string{"de", "tr", "ar", "ru"}, Hours: "TU,TH 09:30-11:00", MaxAge: 3},
	{Key: "regenbogen-elterncafe-waltrop", Org: "regenbogen", At: []string{"regenbogen-waltrop"}, Name: "Elterncafé mit Familienhebamme",
		Summary: "Offener Treff für Eltern mit Babys: Fragen an die Familienhebamme, Austausch mit anderen Eltern, Babywaage.",
		Desc: "Jeden Freitag ist eine Familienhebamme im Elterncafé. Sie beantwortet Fragen zu Stillen, Schlaf, Gewicht und " +
			"Entwicklung und wiegt die Babys auf Wunsch.\n\nEltern lernen sich kennen und erfahren, welche Angebote es in Waltrop für " +
			"junge Familien gibt – von der Krabbelgruppe bis zum Babyschwimmen.",
		Apply: "Ohne Anmeldung.", Access: []string{"walk-in"}, Needs: []string{"parenting", "health", "family"}, Groups: []string{"families"},
		Langs: []string{"de", "ru", "uk"}, Hours: "FR 10:00-12:00", Xmas: true},
	{Key: "teilhabe-beratung", Org: "teilhabe", At: []string{"teilhabe-recklinghausen", "teilhabe-dorsten"}, Name: "Teilhabeberatung (EUTB)",
		Summary: "Unabhängige Beratung für Menschen mit Behinderung und ihre Angehörigen zu Leistungen und Rechten.",
		Desc: "Welche Hilfe steht mir zu? Wie beantrage ich einen Schwerbehindertenausweis, Assistenz oder ein persönliches Budget? " +
			"In der Teilhabeberatung bekommen Sie Antworten – unabhängig von Ämtern und Leistungsanbietern.\n\nEinige Beraterinnen " +
			"und Berater haben selbst eine Behinderung und beraten aus eigener Erfahrung (Peer-Beratung). Beratung in Leichter Sprache " +
			"und mit Gebärdensprachdolmetschung ist möglich.",
		Apply: "Termin vereinbaren – persönlich, telefonisch, per Video oder bei Ihnen zu Hause.", Access: []string{"appointment", "phone", "online", "home-visit"},
		Needs: []string{"counselling", "health", "legal-advice"}, Groups: []string{"disabilities", "relatives"}, Langs: []string{"de", "sgn-de", "tr", "ar"},
		Hours: "MO,TU,WE,TH 09:00-15:00"},
	{Key: "teilhabe-familien", Org: "teilhabe", At: []string{"teilhabe-recklinghausen"}, Name: "Beratung für Familien mit behinderten Kindern",
		Summary: "Beratung auf Arabisch, Türkisch und Deutsch für Eltern von Kindern mit Behinderung oder Entwicklungsverzögerung.",
		Desc: "Wenn ein Kind sich anders entwickelt, haben Eltern viele Fragen: Welche Therapie hilft? Welche Kita, welche Schule? " +
			"Was zahlt die Krankenkasse, was das Sozialamt? Unsere Beraterinnen sprechen Arabisch und Türkisch und kennen die Wege " +
			"im Hilfesystem.\n\nWir helfen bei Anträgen auf Pflegegrad und Eingliederungshilfe und bringen Eltern miteinander in " +
			"Kontakt.",
		Apply: "Termin telefonisch; Hausbesuche sind möglich.", Access: []string{"appointment", "phone", "home-visit"},
		Needs: []string{"parenting", "health", "care"}, Groups: []string{"disabilities", "families", "children-youth"}, Langs: []string{"ar", "tr", "de"},
		Hours: "TU,TH 09:00-14:00"},
	{Key: "paritaet-vereinsberatung", Org: "paritaet", At: []string{"paritaet-recklinghausen"}, Name: "Beratung für Vereine und Initiativen",
		Summary: "Hilfe bei Vereinsgründung, Satzung, Gemeinnützigkeit, Finanzen und Förderanträgen.",
		Desc: "Sie wollen einen Verein gründen oder Ihr Verein wächst und die Aufgaben werden mehr? Der Paritätische berät " +
			"Initiativen und Vereine – auch Migrant*innenorganisationen – zu Satzung, Gemeinnützigkeit, Buchhaltung, Versicherung und " +
			"Datenschutz.\n\nWir helfen bei Förderanträgen und bringen Sie mit anderen Vereinen zusammen, die ähnliche Ziele haben.",
		Apply: "Termin per Telefon oder E-Mail.", Access: []string{"appointment", "phone", "online"}, Needs: []string{"associations", "volunteering"},
		Groups: []string{"migrant-organizations"}, Langs: []string{"de"}, Hours: "MO,TU,WE,TH 09:00-16:00"},
}

// welfarePlaces are the welfare organisations' locations outside the chains.
var welfarePlaces = []place{
	{Key: "paritaet-recklinghausen", Org: "paritaet", Town: "recklinghausen", Name: "Paritätisches Zentrum Recklinghausen", Street: "Elper Weg 89",
		Zip: "45657", StepFree: true, Features: []string{"lift", "accessible-toilet"}},
}
