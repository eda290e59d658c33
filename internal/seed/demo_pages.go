package seed

import "github.com/lotse/lotse/internal/directory"

// page is the content of one of the region's fixed pages.
type page struct{ Slug, Title, Body string }

// demoPages returns the imprint and the privacy notice of the demo
// region. They show the structure a real installation needs, with the
// operator's details left as bracketed blanks, and say plainly that the
// data is invented.
func demoPages() []page {
	return []page{
		{Slug: directory.PageImprint, Title: "Impressum", Body: `## Demo-Installation

Dies ist eine Demo-Installation von Lotse, der offenen Plattform für Hilfsangebote in Kommunalen Integrationszentren. Sie zeigt, wie ein Angebotsverzeichnis für den Kreis Recklinghausen aussehen kann.

Die Städte und das Kommunale Integrationszentrum des Kreises Recklinghausen sind echt. Alle anderen Organisationen, Angebote, Adressen, Telefonnummern, E-Mail-Adressen und Personen sind erfunden. Bitte rufen Sie dort nicht an, schreiben Sie nicht hin und gehen Sie nicht hin. Das Kommunale Integrationszentrum betreibt diese Demo nicht und ist für ihre Inhalte nicht verantwortlich.

## Angaben gemäß § 5 Digitale-Dienste-Gesetz (DDG)

[Name der betreibenden Stelle]
[Straße und Hausnummer]
[Postleitzahl und Ort]

Vertreten durch: [vertretungsberechtigte Person]

## Kontakt

Telefon: [Telefonnummer]
E-Mail: [E-Mail-Adresse]

## Aufsichtsbehörde

[zuständige Aufsichtsbehörde, bei Behörden die Kommunalaufsicht]

## Umsatzsteuer-Identifikationsnummer

[falls vorhanden]

## Verantwortlich für den Inhalt nach § 18 Abs. 2 Medienstaatsvertrag

[Name und Anschrift der verantwortlichen Person]

## Haftung für Inhalte und Links

Die Angaben im Verzeichnis stammen von den jeweiligen Organisationen und werden von der Redaktion regelmäßig geprüft. Für die Richtigkeit, Vollständigkeit und Aktualität können wir dennoch keine Gewähr übernehmen. Für die Inhalte verlinkter Seiten sind allein deren Betreiber verantwortlich.

## Software

Lotse ist freie Software. Der Quellcode ist öffentlich; Hinweise auf Fehler und Verbesserungen sind willkommen.`},
		{Slug: directory.PagePrivacy, Title: "Datenschutz", Body: `## Demo-Installation

Dies ist eine Demo-Installation von Lotse mit erfundenen Daten. Bitte geben Sie in Formularen dieser Demo keine echten persönlichen Daten ein. Die folgende Erklärung zeigt den Aufbau, den eine echte Installation braucht; die Angaben in eckigen Klammern ergänzt die betreibende Stelle.

## Verantwortliche Stelle

[Name und Anschrift der betreibenden Stelle]
E-Mail: [E-Mail-Adresse]

## Datenschutzbeauftragte oder Datenschutzbeauftragter

[Name oder Funktion, Anschrift, E-Mail-Adresse]

## Wenn Sie das Verzeichnis lesen

Beim Aufruf einer Seite verarbeitet der Server technisch notwendige Daten: IP-Adresse, Zeitpunkt, aufgerufene Adresse und Browserkennung. Sie werden nur verarbeitet, um die Seite auszuliefern und Angriffe abzuwehren, und nach [Anzahl] Tagen gelöscht. Rechtsgrundlage ist Art. 6 Abs. 1 lit. e DSGVO in Verbindung mit den Aufgaben der betreibenden Stelle.

Lotse setzt beim Lesen keine Cookies, bindet keine fremden Schriften, Inhalte oder Zählpixel ein und gibt keine Daten an Dritte weiter.

## Wenn Sie ein Formular nutzen

Wenn Sie sich zu einer Veranstaltung anmelden, einen Termin anfragen, eine Sprachmittlung anfordern oder einen Diskriminierungsvorfall melden, verarbeiten wir nur die Angaben, die dafür nötig sind. Wir fragen Ihre Einwilligung ausdrücklich ab und speichern, wann Sie sie gegeben haben. Meldungen zu Diskriminierung können Sie ohne Namen abgeben.

Die Daten werden gelöscht, sobald der Zweck erfüllt ist, spätestens nach den Fristen, die bei der jeweiligen Funktion genannt sind.

## Für Mitarbeitende und Partnerorganisationen

Für die Anmeldung im internen Bereich speichern wir Name, E-Mail-Adresse, Rolle und ein Sitzungs-Cookie, das nach dem Abmelden oder nach Ablauf ungültig wird. Jede Änderung an Einträgen wird mit Benutzerkonto und Zeitpunkt protokolliert, damit nachvollziehbar bleibt, wer was geändert hat.

## Ihre Rechte

Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Einschränkung der Verarbeitung, auf Widerspruch und auf Datenübertragbarkeit (Art. 15 bis 21 DSGVO). Eine Einwilligung können Sie jederzeit für die Zukunft widerrufen.

Sie können sich bei einer Aufsichtsbehörde beschweren, in Nordrhein-Westfalen bei der Landesbeauftragten für Datenschutz und Informationsfreiheit Nordrhein-Westfalen.`},
	}
}
