package directory

import "regexp"

// KnownLanguage is a language offers are commonly held in, with its
// German name and its name in its own script (endonym).
type KnownLanguage struct {
	Code, German, Native string
}

// KnownLanguages are the languages staff pick from, in the order of how
// often they are spoken by people with a migration history in NRW.
var KnownLanguages = []KnownLanguage{
	{"de", "Deutsch", "Deutsch"},
	{"tr", "Türkisch", "Türkçe"},
	{"ar", "Arabisch", "العربية"},
	{"ru", "Russisch", "Русский"},
	{"pl", "Polnisch", "Polski"},
	{"uk", "Ukrainisch", "Українська"},
	{"ro", "Rumänisch", "Română"},
	{"bg", "Bulgarisch", "Български"},
	{"fa", "Persisch (Farsi)", "فارسی"},
	{"prs", "Dari", "دری"},
	{"ku", "Kurdisch", "Kurdî"},
	{"ckb", "Kurdisch (Sorani)", "کوردی"},
	{"kmr", "Kurdisch (Kurmandschi)", "Kurmancî"},
	{"ps", "Paschtu", "پښتو"},
	{"en", "Englisch", "English"},
	{"fr", "Französisch", "Français"},
	{"es", "Spanisch", "Español"},
	{"it", "Italienisch", "Italiano"},
	{"el", "Griechisch", "Ελληνικά"},
	{"sr", "Serbisch", "Српски"},
	{"hr", "Kroatisch", "Hrvatski"},
	{"bs", "Bosnisch", "Bosanski"},
	{"sq", "Albanisch", "Shqip"},
	{"ti", "Tigrinya", "ትግርኛ"},
	{"so", "Somali", "Soomaali"},
	{"am", "Amharisch", "አማርኛ"},
	{"ur", "Urdu", "اردو"},
	{"vi", "Vietnamesisch", "Tiếng Việt"},
	{"zh", "Chinesisch", "中文"},
	{"hu", "Ungarisch", "Magyar"},
	{"sgn-de", "Deutsche Gebärdensprache", "DGS"},
	{LeichteSprache, "Leichte Sprache", "Leichte Sprache"},
}

// LeichteSprache is the language code Lotse uses for German in Leichte
// Sprache (easy-to-read German with its own rules). BCP 47 has no tag for
// it; a private-use subtag keeps it German for browsers and screen
// readers.
const LeichteSprache = "de-x-ls"

var languageCodeRE = regexp.MustCompile(`^[a-z]{2,3}(-[a-z0-9]{1,8}){0,3}$`)

// ValidLanguageCode reports whether code is an ISO 639 language code
// (two or three letters), optionally with subtags such as "sgn-de" or
// "de-x-ls" (Leichte Sprache), in lower case.
func ValidLanguageCode(code string) bool { return languageCodeRE.MatchString(code) }

// LanguageName returns the German name of a language code, or the code.
func LanguageName(code string) string {
	for _, l := range KnownLanguages {
		if l.Code == code {
			return l.German
		}
	}
	return code
}

// LanguageNative returns the name of a language in its own script, or the code.
func LanguageNative(code string) string {
	for _, l := range KnownLanguages {
		if l.Code == code {
			return l.Native
		}
	}
	return code
}
