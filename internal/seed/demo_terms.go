package seed

// term is a term of the needs or target-groups taxonomy. Parent names the
// code of the parent term, which comes earlier in the list.
type term struct {
	Code, Name, Parent, Desc string
}

// demoNeeds are the life situations and needs the finder ("Hilfe
// finden") starts from, in display order.
var demoNeeds = []term{
	{"care", "Pflege", "", "Pflegeberatung, Pflegegrad, Hilfe zu Hause und Entlastung für Angehörige."},
	{"dementia", "Demenz", "care", "Wenn das Gedächtnis nachlässt: Beratung, Betreuung und Treffpunkte."},
	{"everyday-help", "Hilfe im Alltag", "care", "Hausnotruf, Begleitung und Unterstützung im Haushalt."},
	{"senior-life", "Leben im Alter", "", "Treffpunkte, Bewegung, Wohnen und Rente im Alter."},
	{"counselling", "Allgemeine Sozialberatung", "", "Hilfe bei Anträgen, Briefen von Ämtern und in schwierigen Lebenslagen."},
	{"migration-counselling", "Migrationsberatung", "", "Beratung für Zugewanderte zu allen Fragen rund um das Ankommen."},
	{"residence", "Aufenthalt und Einbürgerung", "migration-counselling", "Aufenthaltstitel, Verlängerung, Familiennachzug und Einbürgerung."},
	{"interpreting", "Sprachmittlung und Dolmetschen", "migration-counselling", "Wenn eine Sprachmittlerin oder ein Dolmetscher gebraucht wird."},
	{"language-courses", "Deutsch lernen", "", "Integrationskurse, Berufssprachkurse, Alphabetisierung und Sprachcafés."},
	{"education", "Bildung und Schule", "", "Schule, Ausbildung, Weiterbildung und Lernen für Erwachsene."},
	{"homework-help", "Hausaufgabenhilfe und Lernförderung", "education", "Unterstützung für Schülerinnen und Schüler."},
	{"work", "Arbeit und Beruf", "", "Arbeit finden, Ausbildung, Bewerbung und Rechte im Job."},
	{"recognition", "Anerkennung von Abschlüssen", "work", "Ausländische Berufs- und Schulabschlüsse anerkennen lassen."},
	{"health", "Gesundheit", "", "Ärztliche Versorgung, Impfungen, Vorsorge und Krankenversicherung."},
	{"mental-health", "Seelische Gesundheit", "health", "Belastung, Krisen, Trauma, Sucht und psychische Erkrankungen."},
	{"housing", "Wohnen", "", "Wohnung finden, Mietrecht, drohender Wohnungsverlust und altersgerechtes Wohnen."},
	{"family", "Familie", "", "Partnerschaft, Schwangerschaft, Trennung und Familienalltag."},
	{"parenting", "Kinder und Erziehung", "family", "Kita, Erziehungsfragen, Eltern-Kind-Gruppen und Frühe Hilfen."},
	{"leisure", "Freizeit und Begegnung", "", "Treffpunkte, Cafés, Kultur und gemeinsame Aktivitäten."},
	{"sport", "Sport und Bewegung", "leisure", "Sportvereine, Bewegungskurse und Schwimmen."},
	{"volunteering", "Ehrenamt und Engagement", "", "Sich engagieren, Patenschaften und Lotsendienste."},
	{"discrimination", "Diskriminierung und Rassismus", "", "Beratung nach Diskriminierung, Empowerment und Sensibilisierung."},
	{"money", "Geld und Schulden", "", "Schuldnerberatung, Haushaltsplanung und Sozialleistungen."},
	{"legal-advice", "Rechtsberatung", "", "Rechtliche Erstberatung und Hilfe, einen Anwalt zu finden."},
	{"women", "Frauen", "", "Beratung, Schutz und Treffpunkte für Frauen."},
	{"associations", "Vereine und Förderung", "", "Unterstützung für Vereine und Migrant*innenorganisationen: Veranstaltungen, Fördermittel, Vernetzung."},
	{"intercultural-opening", "Interkulturelle Öffnung", "", "Beratung und Schulungen für Verwaltungen, Einrichtungen und Fachkräfte."},
}

// demoGroups are the target groups offers are meant for.
var demoGroups = []term{
	{"seniors", "Senior*innen", "", ""},
	{"relatives", "Angehörige und Pflegende", "", ""},
	{"families", "Familien", "", ""},
	{"children-youth", "Kinder und Jugendliche", "", ""},
	{"women", "Frauen", "", ""},
	{"men", "Männer", "", ""},
	{"refugees", "Geflüchtete", "", ""},
	{"eu-newcomers", "Neuzugewanderte aus der EU", "", ""},
	{"newcomers", "Neu Zugewanderte", "", ""},
	{"migrant-organizations", "Migrant*innenorganisationen", "", ""},
	{"professionals", "Fachkräfte und Einrichtungen", "", ""},
	{"disabilities", "Menschen mit Behinderung", "", ""},
}

// demoSynonyms are the other German words people type for a term, one
// per line, by "taxonomy:code": everyday words, older words and the names
// of the things an offer deals with, so that search finds the term by
// them. Other languages keep theirs as translations (termTranslations).
var demoSynonyms = map[string]string{
	"needs:care":                  "Altenpflege\nPflegegrad\nPflegeberatung\nPflegedienst\nPflegeheim\nPflegekasse\nPflegegeld",
	"needs:dementia":              "Alzheimer\nVergesslichkeit\nGedächtnis\nVerwirrtheit",
	"needs:everyday-help":         "Hausnotruf\nHaushaltshilfe\nEinkaufshilfe\nBegleitung\nAlltagshilfe",
	"needs:senior-life":           "Senioren\nAlter\nRente\nRuhestand\nSeniorentreff",
	"needs:counselling":           "Sozialberatung\nAnträge\nFormulare\nBriefe vom Amt\nBehörden",
	"needs:migration-counselling": "MBE\nFlüchtlingsberatung\nIntegrationsberatung\nAnkommen",
	"needs:residence":             "Aufenthaltstitel\nAufenthaltserlaubnis\nVisum\nFamiliennachzug\nEinbürgerung\nStaatsangehörigkeit\nAusländerbehörde",
	"needs:interpreting":          "Dolmetscher\nÜbersetzung\nÜbersetzer\nSprachmittler",
	"needs:language-courses":      "Deutschkurs\nIntegrationskurs\nSprachkurs\nSprachcafé\nAlphabetisierung",
	"needs:education":             "Schule\nAusbildung\nWeiterbildung\nSchulabschluss",
	"needs:homework-help":         "Nachhilfe\nHausaufgaben\nLernhilfe",
	"needs:work":                  "Arbeit\nJob\nBewerbung\nJobcenter\nArbeitssuche",
	"needs:recognition":           "Anerkennung\nZeugnis\nDiplom\nBerufsabschluss",
	"needs:health":                "Arzt\nÄrztin\nKrankenversicherung\nImpfung\nKrankenkasse",
	"needs:mental-health":         "Psyche\nDepression\nTrauma\nSucht\nKrise",
	"needs:housing":               "Wohnung\nMiete\nWohnungssuche\nWohngeld\nWohnberatung",
	"needs:family":                "Ehe\nTrennung\nSchwangerschaft\nFamilienberatung",
	"needs:parenting":             "Kita\nKindergarten\nErziehung\nEltern",
	"needs:leisure":               "Treffpunkt\nCafé\nBegegnung\nKultur",
	"needs:sport":                 "Schwimmen\nFußball\nBewegung\nGymnastik\nSportverein",
	"needs:volunteering":          "Ehrenamt\nfreiwillig\nPatenschaft\nhelfen",
	"needs:discrimination":        "Rassismus\nDiskriminierung\nBenachteiligung\nAntidiskriminierung",
	"needs:money":                 "Schulden\nSchuldnerberatung\nGeld\nBürgergeld\nSozialleistungen",
	"needs:legal-advice":          "Anwalt\nAnwältin\nRecht\nGericht",
	"needs:women":                 "Frauenberatung\nFrauentreff\nhäusliche Gewalt",
	"needs:associations":          "Verein\nFördermittel\nFörderung\nMigrantenorganisation",
	"needs:intercultural-opening": "interkulturelle Kompetenz\nSchulung\nFortbildung",
	"target-groups:seniors":       "Senioren\nSeniorinnen\nÄltere\nalte Menschen\nRentner",
	"target-groups:relatives":     "Angehörige\npflegende Angehörige\nFamilie",
	"target-groups:refugees":      "Flüchtlinge\nAsyl\nGeflüchtete",
	"target-groups:newcomers":     "Zugewanderte\nNeuzugewanderte\nZuwanderer",
}
