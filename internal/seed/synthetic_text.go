package seed

import "github.com/lotse/lotse/internal/directory"

// The building blocks of synthetic offers. A synthetic offer combines a
// topic's name, summary and sentences with general sentences, a town or
// district and an organisation, so that 100,000 offers look like a real
// directory to the search index and the templates, without being real.

// topic is a kind of offer with its wording.
type topic struct {
	Need      string   // main need code
	Extra     []string // further need codes that fit
	Groups    []string // target group codes that fit
	Names     []string // "{place}" is a town or district
	Summaries []string
	Sentences []string
}

var topics = []topic{
	{"care", []string{"dementia", "everyday-help", "senior-life"}, []string{"seniors", "relatives"},
		[]string{"Pflegeberatung {place}", "Sprechstunde Pflege und Alter in {place}", "Gesprächskreis für pflegende Angehörige {place}", "Entlastungsdienst für Familien in {place}"},
		[]string{"Beratung zu Pflegegrad, Pflegegeld und Hilfen zu Hause.", "Unterstützung für Familien, die einen Menschen zu Hause pflegen.", "Wir helfen, die Pflege zu organisieren und Angehörige zu entlasten."},
		[]string{"Wir erklären, wie ein Pflegegrad beantragt wird und was bei der Begutachtung wichtig ist.", "Angehörige erfahren, welche Entlastung ihnen zusteht, etwa Verhinderungspflege oder Tagespflege.",
			"Auf Wunsch kommen wir zu Ihnen nach Hause und schauen gemeinsam, was den Alltag leichter macht.", "Wir kennen die Pflegedienste und Tagespflegen in {town} und stellen den Kontakt her.",
			"Viele Familien pflegen lange allein, bevor sie Hilfe suchen – es ist nie zu früh, sich beraten zu lassen.", "Wir unterstützen beim Ausfüllen der Anträge für die Pflegekasse."}},
	{"dementia", []string{"care", "senior-life"}, []string{"relatives", "seniors"},
		[]string{"Demenz-Café {place}", "Betreuungsgruppe für Menschen mit Demenz in {place}", "Angehörigengruppe Demenz {place}"},
		[]string{"Ein Nachmittag für Menschen mit Demenz und ihre Angehörigen.", "Austausch und Entlastung für Familien, in denen jemand vergesslich wird."},
		[]string{"Menschen mit Gedächtnisproblemen verbringen bei uns einen angenehmen Nachmittag mit Musik, Bewegung und Gesprächen.",
			"Geschulte Ehrenamtliche betreuen die Gäste, während Angehörige Zeit für sich haben.", "Eine Fachkraft beantwortet Fragen zu Diagnose, Pflege und Entlastung.",
			"Wir sprechen offen über Scham, Sorgen und die kleinen Erfolge im Alltag."}},
	{"migration-counselling", []string{"residence", "counselling"}, []string{"newcomers", "refugees", "eu-newcomers"},
		[]string{"Migrationsberatung {place}", "Beratung für Neuzugewanderte in {place}", "Sprechstunde Ankommen in {place}", "Integrationsberatung {place}"},
		[]string{"Beratung zu Behörden, Aufenthalt, Arbeit und Familie für Zugewanderte.", "Hilfe bei Briefen, Anträgen und allen Fragen rund um das Ankommen.", "Wir begleiten Sie in den ersten Jahren in {town}."},
		[]string{"Wir lesen Briefe von Ämtern gemeinsam und helfen beim Antworten.", "Wir beraten zu Aufenthalt, Familiennachzug und Einbürgerung.",
			"Gemeinsam planen wir die nächsten Schritte: Sprachkurs, Arbeit, Schule der Kinder, Wohnung.", "Wir begleiten Sie bei Bedarf zu anderen Stellen und stellen Kontakte her.",
			"Auch wer schon länger hier lebt, kann mit neuen Fragen zu uns kommen."}},
	{"language-courses", []string{"education"}, []string{"newcomers", "refugees", "women"},
		[]string{"Deutschkurs A1 in {place}", "Sprachcafé {place}", "Deutsch für den Alltag in {place}", "Konversationskurs Deutsch B1 in {place}", "Deutschkurs für Mütter in {place}"},
		[]string{"Deutsch lernen in kleinen Gruppen, mit viel Sprechen.", "Deutsch üben bei Kaffee und Tee, ohne Anmeldung.", "Ein Kurs für alle, die im Alltag sicherer sprechen möchten."},
		[]string{"Wir üben Situationen aus dem Alltag: beim Arzt, beim Einkaufen, in der Schule der Kinder.", "Die Gruppe ist klein, sodass jede und jeder zu Wort kommt.",
			"Ehrenamtliche helfen, wenn ein Wort fehlt.", "Neue Teilnehmende können jederzeit einsteigen.", "Während des Kurses werden kleine Kinder im Nebenraum betreut."}},
	{"homework-help", []string{"education"}, []string{"children-youth", "families"},
		[]string{"Hausaufgabenhilfe {place}", "Lernwerkstatt {place}", "Lernpatenschaften in {place}"},
		[]string{"Hilfe bei Hausaufgaben und beim Lernen für Schulkinder.", "Ehrenamtliche üben mit Kindern Lesen, Rechnen und Deutsch."},
		[]string{"Nach der Schule helfen Ehrenamtliche bei den Hausaufgaben.", "Vor Klassenarbeiten gibt es zusätzliche Übungstermine.",
			"Die Eltern werden regelmäßig zu einem Gespräch eingeladen.", "Es gibt immer einen kleinen Snack und Zeit zum Spielen."}},
	{"work", []string{"recognition", "education"}, []string{"newcomers", "women", "refugees"},
		[]string{"Bewerbungswerkstatt {place}", "Beratung Arbeit und Ausbildung in {place}", "Job-Treff {place}", "Anerkennungsberatung {place}"},
		[]string{"Unterstützung bei Bewerbung, Ausbildung und Anerkennung von Abschlüssen.", "Wir helfen auf dem Weg in Arbeit und Ausbildung."},
		[]string{"Wir schreiben gemeinsam Lebenslauf und Anschreiben.", "Wer im Herkunftsland einen Beruf gelernt hat, bekommt Hilfe beim Antrag auf Anerkennung.",
			"Arbeitgeberinnen aus der Region stellen regelmäßig Berufe vor.", "Wir üben Vorstellungsgespräche und klären Fragen zu Arbeitsvertrag und Lohn."}},
	{"health", []string{"mental-health"}, []string{"families", "newcomers", "women"},
		[]string{"Gesundheitssprechstunde {place}", "Gesundheitsinformation in der Muttersprache {place}", "Impfberatung {place}"},
		[]string{"Informationen zu Gesundheit, Vorsorge und Krankenversicherung.", "Wir erklären das Gesundheitssystem in einfachen Worten."},
		[]string{"Wir erklären, wann man zur Hausärztin geht und wann in die Notaufnahme.", "Themen sind Vorsorge, Impfungen, Zahngesundheit und Ernährung.",
			"Bringen Sie Impfpass und Unterlagen aus dem Herkunftsland mit.", "Wir helfen, eine Ärztin oder einen Arzt zu finden, der Ihre Sprache spricht."}},
	{"mental-health", []string{"health", "counselling"}, []string{"refugees", "women", "men"},
		[]string{"Psychosoziale Beratung {place}", "Gesprächsgruppe Seelische Gesundheit {place}", "Krisenberatung {place}"},
		[]string{"Beratung bei seelischer Belastung, Stress und Krisen.", "Ein geschützter Raum, um über Belastendes zu sprechen."},
		[]string{"Schlafstörungen, Sorgen oder Erschöpfung sind häufige Folgen schwerer Erfahrungen.", "Wir hören zu und überlegen gemeinsam, was hilft.",
			"Bei Bedarf vermitteln wir in Psychotherapie oder ärztliche Behandlung.", "Die Gespräche sind vertraulich; wir unterliegen der Schweigepflicht."}},
	{"housing", []string{"money"}, []string{"families", "seniors", "refugees"},
		[]string{"Wohnberatung {place}", "Sprechstunde Wohnungssuche {place}", "Mietberatung {place}"},
		[]string{"Hilfe bei Wohnungssuche, Mietvertrag und Nebenkosten.", "Beratung, wenn die Wohnung zu teuer oder in Gefahr ist."},
		[]string{"Wir erklären, wie man einen Wohnberechtigungsschein beantragt.", "Wir lesen Mietverträge und Nebenkostenabrechnungen gemeinsam.",
			"Bei drohender Kündigung melden Sie sich bitte sofort.", "Wir warnen vor unseriösen Wohnungsangeboten."}},
	{"family", []string{"parenting"}, []string{"families", "children-youth"},
		[]string{"Familienberatung {place}", "Elterncafé {place}", "Eltern-Kind-Gruppe {place}", "Familientreff {place}"},
		[]string{"Beratung und Austausch für Eltern und Familien.", "Ein Treffpunkt für Eltern mit kleinen Kindern."},
		[]string{"Eltern tauschen sich über Schlaf, Essen, Kita und Schule aus.", "Eine Fachkraft beantwortet Fragen zur Erziehung.",
			"Die Kinder spielen in der Zwischenzeit in der Spielecke.", "Wir informieren über Angebote für Familien in {town}."}},
	{"leisure", []string{"senior-life"}, []string{"seniors", "newcomers", "women"},
		[]string{"Begegnungscafé {place}", "Nachbarschaftstreff {place}", "Interkultureller Treff {place}", "Seniorentreff {place}"},
		[]string{"Ein offener Treffpunkt zum Kennenlernen und Reden.", "Kaffee, Gespräche und gemeinsame Aktivitäten für alle."},
		[]string{"Bei Tee und Gebäck kommen Menschen aus der Nachbarschaft ins Gespräch.", "Es gibt Spiele, Ausflüge und gemeinsames Kochen.",
			"Neue Gäste sind herzlich willkommen, auch ohne gute Deutschkenntnisse.", "Einmal im Monat gibt es einen kleinen Vortrag zu Alltagsthemen."}},
	{"sport", []string{"leisure", "health"}, []string{"children-youth", "women", "seniors"},
		[]string{"Bewegungsgruppe {place}", "Schwimmkurs {place}", "Offenes Fußballtraining {place}", "Gymnastik für Ältere {place}"},
		[]string{"Bewegung in der Gruppe, für alle Fitnessstufen.", "Sport ohne Vereinsmitgliedschaft – einfach mitmachen."},
		[]string{"Eine Übungsleiterin zeigt einfache Übungen für Kraft und Gleichgewicht.", "Mitmachen können alle, egal wie fit sie sind.",
			"Bequeme Kleidung und etwas zu trinken genügen.", "Wer Lust bekommt, kann danach in einen Verein wechseln."}},
	{"volunteering", []string{"leisure"}, []string{"newcomers", "seniors"},
		[]string{"Ehrenamtsbörse {place}", "Lotsendienst {place}", "Patenschaftsprojekt {place}"},
		[]string{"Sich engagieren und anderen helfen.", "Ehrenamtliche begleiten Menschen, die neu in {town} sind."},
		[]string{"Wir finden mit Ihnen eine Aufgabe, die zu Ihrer Zeit passt.", "Ehrenamtliche werden eingearbeitet und regelmäßig fortgebildet.",
			"Besonders gesucht sind Menschen, die weitere Sprachen sprechen.", "Einmal im Monat treffen sich alle Ehrenamtlichen zum Austausch."}},
	{"discrimination", []string{"legal-advice"}, []string{"newcomers", "children-youth", "women"},
		[]string{"Beratung bei Diskriminierung {place}", "Empowerment-Treff {place}", "Sprechstunde gegen Rassismus {place}"},
		[]string{"Unterstützung nach erlebter Diskriminierung.", "Ein Raum zum Austausch über Rassismuserfahrungen."},
		[]string{"Wir nehmen Ihre Erfahrung ernst und beraten zu Ihren Möglichkeiten.", "Wir erklären das Allgemeine Gleichbehandlungsgesetz und seine Fristen.",
			"Sie entscheiden, was passiert; nichts geschieht ohne Ihr Einverständnis.", "Wir begleiten zu Gesprächen und schreiben Beschwerden."}},
	{"money", []string{"counselling"}, []string{"families", "seniors"},
		[]string{"Schuldnerberatung {place}", "Budgetberatung {place}", "Sprechstunde Geld und Anträge {place}"},
		[]string{"Hilfe bei Schulden, Mahnungen und knappen Kassen.", "Beratung zu Sozialleistungen und Haushaltsplanung."},
		[]string{"Wir verschaffen uns gemeinsam einen Überblick über Einnahmen und Ausgaben.", "Wir verhandeln mit Gläubigern und prüfen, welche Forderungen berechtigt sind.",
			"Wir helfen, Leistungen zu beantragen, die Ihnen zustehen.", "Bei Strom- oder Gassperre gibt es kurzfristige Termine."}},
	{"women", []string{"leisure", "counselling"}, []string{"women"},
		[]string{"Frauentreff {place}", "Frauenfrühstück {place}", "Beratung für Frauen {place}"},
		[]string{"Ein Treffpunkt und Beratung von Frauen für Frauen.", "Frauen aus vielen Ländern treffen sich und unterstützen sich."},
		[]string{"Jede Woche gibt es ein Programm: Nähen, Yoga, ein Vortrag oder ein Ausflug.", "Kleine Kinder dürfen mitkommen.",
			"Eine Beraterin ist da und beantwortet Fragen vertraulich.", "Der Treff ist ein sicherer Ort nur für Frauen."}},
	{"legal-advice", []string{"residence"}, []string{"refugees", "newcomers"},
		[]string{"Rechtsberatung {place}", "Sprechstunde Aufenthaltsrecht {place}", "Anwaltliche Erstberatung {place}"},
		[]string{"Rechtliche Erstberatung zu Aufenthalt, Arbeit und Familie.", "Eine erste Einschätzung Ihrer rechtlichen Lage."},
		[]string{"Wir schauen uns Bescheide und Fristen genau an.", "Wir sagen Ihnen, wann Sie unbedingt eine Anwältin brauchen, und helfen, eine zu finden.",
			"Bei Fristen melden Sie sich bitte sofort.", "Dolmetschende bringen wir mit, wenn Sie Ihre Sprache bei der Anmeldung nennen."}},
}

// generalSentences fit any offer.
var generalSentences = []string{
	"Das Angebot ist offen für alle, unabhängig von Herkunft und Religion.",
	"Unser Team arbeitet seit vielen Jahren in {town} und kennt die Angebote vor Ort.",
	"Bitte bringen Sie, wenn vorhanden, Ihre Unterlagen mit.",
	"Wenn Sie nicht kommen können, rufen Sie uns an; wir finden einen anderen Weg.",
	"Die Räume liegen zentral und sind gut mit dem Bus zu erreichen.",
	"Alle Gespräche sind vertraulich.",
	"Wir arbeiten eng mit anderen Beratungsstellen in {town} zusammen.",
	"Das Angebot wird von {org} getragen und aus öffentlichen Mitteln gefördert.",
	"Auf Wunsch vermitteln wir eine Sprachmittlerin oder einen Sprachmittler.",
	"In den Schulferien kann es geänderte Zeiten geben.",
	"Ehrenamtliche und Fachkräfte arbeiten hier Hand in Hand.",
	"Wer mag, kann eine Person des Vertrauens mitbringen.",
}

var applyTexts = []string{
	"Kommen Sie einfach vorbei.",
	"Bitte vereinbaren Sie telefonisch einen Termin.",
	"Anmeldung per E-Mail oder Telefon.",
	"Offene Sprechstunde ohne Termin; längere Gespräche nach Vereinbarung.",
	"Bitte melden Sie sich vorher kurz an.",
}

var hourPatterns = []string{
	"MO,WE 09:00-12:00", "TU,TH 14:00-17:00", "MO,TU,WE,TH,FR 08:30-12:30", "WE 15:00-18:00", "TH 10:00-12:00; TH 14:00-16:00",
	"FR 09:30-11:30", "SA 10:00-13:00", "MO 16:00-19:00", "TU 09:00-12:00; FR 09:00-12:00", "1WE 17:00-19:00", "2TU 10:00-12:00; 4TU 10:00-12:00",
}

// syntheticLanguages are the languages of synthetic offers, the common ones
// listed more than once so that they come up more often.
var syntheticLanguages = []string{"tr", "tr", "tr", "ar", "ar", "ar", "ru", "ru", "pl", "pl", "uk", "uk", "ro", "bg", "fa", "prs", "ku", "kmr",
	"en", "en", "fr", "el", "it", "sq", "bs", "ti", "so", "ps", "ur", "vi", "es", "sgn-de"}

var orgPatterns = []struct{ Type, Pattern string }{
	{directory.OrgWelfare, "AWO-Ortsverein {district}"},
	{directory.OrgWelfare, "Caritas-Sozialdienst {district}"},
	{directory.OrgWelfare, "Diakoniestation {district}"},
	{directory.OrgWelfare, "DRK-Ortsverein {district}"},
	{directory.OrgWelfare, "Nachbarschaftshilfe {district} e.V."},
	{directory.OrgWelfare, "Familienzentrum {district}"},
	{directory.OrgMigrant, "{adj} Kulturverein {town} e.V."},
	{directory.OrgMigrant, "{adj} Elternverein {district} e.V."},
	{directory.OrgMigrant, "{adj} Frauenverein {town} e.V."},
	{directory.OrgAdministration, "Stadt {town} – {office}"},
	{directory.OrgOther, "Bürgerstiftung {district}"},
	{directory.OrgOther, "Sportgemeinschaft {district} e.V."},
}

var orgAdjectives = []string{"Türkisch-Deutscher", "Deutsch-Syrischer", "Polnischer", "Russischsprachiger", "Afrikanischer", "Kurdischer",
	"Italienischer", "Griechischer", "Eritreischer", "Marokkanischer", "Albanischer", "Vietnamesischer", "Ukrainischer", "Rumänischer", "Afghanischer"}

var adminOffices = []string{"Bürgerbüro", "Jugendamt", "Sozialamt", "Seniorenbüro", "Integrationsbüro", "Stadtbibliothek", "Familienbüro"}

var locationKinds = []string{"Beratungsstelle", "Begegnungszentrum", "Büro", "Gemeindehaus", "Stadtteilbüro", "Treffpunkt", "Vereinsheim"}
