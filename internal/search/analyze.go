package search

import (
	"iter"
	"strings"
	"sync"
	"unicode"

	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/arabic"
	"github.com/blevesearch/snowballstem/english"
	"github.com/blevesearch/snowballstem/german"
	"github.com/blevesearch/snowballstem/romanian"
	"github.com/blevesearch/snowballstem/russian"
	"github.com/blevesearch/snowballstem/turkish"
	"golang.org/x/text/unicode/norm"
)

// Language codes packed into 4 bits of a posting group's meta.
var langCodes = map[string]uint8{
	"de": 1, "de-x-ls": 2, "en": 3, "tr": 4, "ar": 5, "ru": 6, "uk": 7,
	"pl": 8, "ro": 9, "bg": 10, "fa": 11,
}

var langNames = func() [16]string {
	var n [16]string
	for l, c := range langCodes {
		n[c] = l
	}
	n[15] = "other"
	return n
}()

// langCode maps a language tag to its 4-bit code; "" is German.
func langCode(lang string) uint8 {
	if lang == "" {
		return 1
	}
	if c, ok := langCodes[lang]; ok {
		return c
	}
	return 15
}

func isGerman(code uint8) bool { return code == 1 || code == 2 }

// stemmers by language code; languages without a Snowball stemmer
// (uk, pl, bg, fa) are matched by folded form, typos and prefixes only.
var stemmers = map[uint8]func(*snowballstem.Env) bool{
	1: german.Stem, 2: german.Stem, 3: english.Stem, 4: turkish.Stem,
	5: arabic.Stem, 6: russian.Stem, 9: romanian.Stem,
}

var envPool = sync.Pool{New: func() any { return snowballstem.NewEnv("") }}

// stem returns the folded stem of a lowercased word in the language, or
// "" when the language has no stemmer. German is stemmed after folding, so
// "Fuehrerscheine" and "Führerscheine" share a stem; the others before,
// since the Turkish and Russian stemmers need their own letters.
func stem(code uint8, lower, folded string) string {
	f, ok := stemmers[code]
	if !ok {
		return ""
	}
	in := lower
	if isGerman(code) {
		in = folded
	}
	env := envPool.Get().(*snowballstem.Env)
	env.SetCurrent(in)
	f(env)
	out := env.Current()
	envPool.Put(env)
	if isGerman(code) {
		return out
	}
	return fold(out)
}

// lower lowercases with the Turkish capitals folded to i, so İSTANBUL,
// ISTANBUL and ıstanbul become the same word after folding.
func lower(s string) string {
	s = norm.NFC.String(s)
	return strings.Map(func(r rune) rune {
		if r == 'İ' || r == 'I' {
			return 'i'
		}
		return unicode.ToLower(r)
	}, s)
}

// digraphs joins the German spellings without umlauts to the folded
// umlauts: "fuehrer" and "führer" (folded "fuhrer") become one word.
var digraphs = strings.NewReplacer("ae", "a", "oe", "o", "ue", "u")

// fold reduces a lowercased word to its matching form: marks stripped
// (NFKD), ß as ss, dotless ı as i, German digraphs joined, and the
// letter variants of Arabic and Persian unified.
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if !ascii {
		var b strings.Builder
		for _, r := range norm.NFKD.String(s) {
			switch {
			case unicode.Is(unicode.Mn, r), r == 0x0640: // marks, harakat, tatweel
			case r == 'ß':
				b.WriteString("ss")
			case r == 'ı':
				b.WriteByte('i')
			case r == 'أ', r == 'إ', r == 'آ', r == 'ٱ':
				b.WriteRune('ا')
			case r == 'ى', r == 'ی':
				b.WriteRune('ي')
			case r == 'ک':
				b.WriteRune('ك')
			case r == 'ة':
				b.WriteRune('ه')
			default:
				b.WriteRune(unicode.ToLower(r))
			}
		}
		s = b.String()
	}
	if strings.Contains(s, "e") {
		s = digraphs.Replace(s)
	}
	return s
}

// isWordRune: letters, digits and combining marks (harakat, decomposed
// accents) belong to words; everything else separates them.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.M, r)
}

// tokens splits text into words.
func tokens(text string) []string {
	return strings.FieldsFunc(text, func(r rune) bool { return !isWordRune(r) })
}

// words yields the words of text as tokens returns them, without
// making a slice: the build goes through every text of every document.
func words(text string) iter.Seq[string] {
	return func(yield func(string) bool) {
		start := -1
		for i, r := range text {
			switch {
			case isWordRune(r):
				if start < 0 {
					start = i
				}
			case start >= 0:
				if !yield(text[start:i]) {
					return
				}
				start = -1
			}
		}
		if start >= 0 {
			yield(text[start:])
		}
	}
}

// Normalize returns the folded, space-collapsed form of a query, at most
// 100 runes, so that "Führerschein" and " fuehrerschein " count as one
// query in the anonymous statistics.
func Normalize(s string) string {
	var words []string
	for _, t := range tokens(s) {
		words = append(words, fold(lower(t)))
	}
	out := strings.Join(words, " ")
	if r := []rune(out); len(r) > 100 {
		out = strings.TrimSpace(string(r[:100]))
	}
	return out
}

// stopWords per language code, folded; they are not indexed and dropped
// from queries that have other words.
var stopWords = func() map[uint8]map[string]bool {
	lists := map[string]string{
		"de": "der die das den dem des ein eine einer eines einem einen und oder für mit von zu zum zur im in am an auf aus bei ist sind nicht auch als wie was wer wo ich du sie er es wir ihr mein meine meinen kein keine sich hat haben wird werden nach über um vom bis so ohne gibt",
		"en": "the a an and or for with of to in on at by from is are be this that my me i you it as not",
		"tr": "ve veya ile için bir bu şu da de ki mi ne çok daha gibi ben sen o",
		"ru": "и в во не на с со по для к ко из от у о об а но или что это как я мы вы он она мне",
		"uk": "і й та в у на з зі до для від по що це як або не я ми ви мені",
		"pl": "i w we z ze na do dla od po o a lub nie to jak się że jest",
		"ro": "și si în in la cu de pe pentru din sau nu o un este ce care",
		"bg": "и в във на с със за от до по не да се е или как",
		"fa": "و در به از با برای که این آن را یا تا است",
		"ar": "في من على إلى الى عن مع و أو او ان أن هذا هذه التي الذي ما لا",
	}
	m := map[uint8]map[string]bool{}
	for l, words := range lists {
		set := map[string]bool{}
		for _, w := range strings.Fields(words) {
			set[fold(lower(w))] = true
		}
		m[langCode(l)] = set
		if l == "de" {
			m[langCode("de-x-ls")] = set
		}
	}
	return m
}()

func isStop(code uint8, folded string) bool { return stopWords[code][folded] }
