package search

import "strings"

// linkElements join the parts of German compounds
// (Senior-en-sport, Beratung-s-stelle).
var linkElements = []string{"", "s", "es", "n", "en", "e", "er"}

const (
	minPart     = 4
	maxCompound = 40 // longer words are not split (and queries cannot make the work explode)
	maxParts    = 4
)

// splitCompound splits a folded German word into parts that are words of
// the vocabulary, longest first part first; nil when it does not split.
// Failed suffixes are remembered, so the work is bounded by the length
// squared, whatever the input.
func splitCompound(w string, known vocab) []string {
	if len(w) > maxCompound {
		return nil
	}
	failed := map[int]bool{}
	var from func(start, parts int) []string
	from = func(start, parts int) []string {
		if failed[start] {
			return nil
		}
		rest := w[start:]
		for i := len(rest) - minPart; i >= minPart; i-- {
			left := rest[:i]
			if !known(left) || isStop(1, left) {
				continue
			}
			for _, link := range linkElements {
				if !strings.HasPrefix(rest[i:], link) {
					continue
				}
				next := start + i + len(link)
				tail := w[next:]
				if len(tail) < minPart {
					continue
				}
				if known(tail) && !isStop(1, tail) {
					return []string{left, tail}
				}
				if parts+1 < maxParts && len(tail) >= 2*minPart {
					if sub := from(next, parts+1); sub != nil {
						return append([]string{left}, sub...)
					}
				}
			}
		}
		failed[start] = true
		return nil
	}
	return from(0, 1)
}

// baseWords are frequent parts of German compounds in social services,
// so compounds split even when the part never stands alone in the data
// ("Seniorensport" without any text saying "Sport").
var baseWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
		alltag alter angebot arbeit ausbildung beratung begegnung behinderung
		beruf betreuung bildung burger demenz deutsch dienst eltern elternteil
		erziehung essen familie flucht frau frauen freizeit friseur fuhrerschein
		garten gesundheit gruppe hilfe haus heim integration jugend kind kinder
		kita kochen kultur kurs kurse lernen leben mann manner markt medizin
		migration mutter nachbar nachhilfe notfall pflege platz psychologe rat
		recht rente schule schuldner schwanger senior senioren sport sprache
		sprach stelle sucht tafel tag treff treffpunkt unterricht verein
		vater wohnen wohnung zentrum`) {
		m[fold(w)] = true
	}
	return m
}()
