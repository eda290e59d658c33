package backoffice

import (
	"strings"
	"unicode"
)

// diffPart is a stretch of a word diff: kept, deleted or inserted text.
type diffPart struct {
	Op   string // "=", "-" or "+"
	Text string
}

// Del reports whether the part was deleted.
func (d diffPart) Del() bool { return d.Op == "-" }

// Ins reports whether the part was inserted.
func (d diffPart) Ins() bool { return d.Op == "+" }

// maxDiffCells bounds the work of one diff (the product of the changed
// tokens on both sides); beyond it the whole changed middle is shown as
// replaced, which is still true, only coarser.
const maxDiffCells = 4_000_000

// wordDiff shows how text a became text b, word by word: what a
// translator needs to see to bring a translation up to date. Runs of
// changes are joined into one deletion followed by one insertion, so
// that the result reads like a correction.
func wordDiff(a, b string) []diffPart {
	ta, tb := tokens(a), tokens(b)
	pre := 0
	for pre < len(ta) && pre < len(tb) && ta[pre] == tb[pre] {
		pre++
	}
	suf := 0
	for suf < len(ta)-pre && suf < len(tb)-pre && ta[len(ta)-1-suf] == tb[len(tb)-1-suf] {
		suf++
	}
	type op struct {
		op  byte
		tok string
	}
	var ops []op
	for _, t := range ta[:pre] {
		ops = append(ops, op{'=', t})
	}
	ma, mb := ta[pre:len(ta)-suf], tb[pre:len(tb)-suf]
	if len(ma)*len(mb) > maxDiffCells {
		for _, t := range ma {
			ops = append(ops, op{'-', t})
		}
		for _, t := range mb {
			ops = append(ops, op{'+', t})
		}
	} else {
		// Longest common subsequence, filled from the end so that the
		// walk below goes forward.
		n, m := len(ma), len(mb)
		l := make([]uint16, (n+1)*(m+1))
		at := func(i, j int) int { return int(l[i*(m+1)+j]) }
		for i := n - 1; i >= 0; i-- {
			for j := m - 1; j >= 0; j-- {
				v := max(at(i+1, j), at(i, j+1))
				if ma[i] == mb[j] {
					v = max(v, at(i+1, j+1)+1)
				}
				l[i*(m+1)+j] = uint16(min(v, 65535))
			}
		}
		i, j := 0, 0
		for i < n && j < m {
			switch {
			case ma[i] == mb[j] && at(i, j) == at(i+1, j+1)+1:
				ops = append(ops, op{'=', ma[i]})
				i++
				j++
			case at(i+1, j) >= at(i, j+1):
				ops = append(ops, op{'-', ma[i]})
				i++
			default:
				ops = append(ops, op{'+', mb[j]})
				j++
			}
		}
		for ; i < n; i++ {
			ops = append(ops, op{'-', ma[i]})
		}
		for ; j < m; j++ {
			ops = append(ops, op{'+', mb[j]})
		}
	}
	for _, t := range ta[len(ta)-suf:] {
		ops = append(ops, op{'=', t})
	}

	var out []diffPart
	var del, ins strings.Builder
	flush := func() {
		if del.Len() > 0 {
			out = append(out, diffPart{"-", del.String()})
		}
		if ins.Len() > 0 {
			out = append(out, diffPart{"+", ins.String()})
		}
		del.Reset()
		ins.Reset()
	}
	for k, o := range ops {
		if o.op == '-' {
			del.WriteString(o.tok)
			continue
		}
		if o.op == '+' {
			ins.WriteString(o.tok)
			continue
		}
		// A space between two changes belongs to the change: "a b" →
		// "x y" reads as one replacement, not two.
		if (del.Len() > 0 || ins.Len() > 0) && strings.TrimSpace(o.tok) == "" && k+1 < len(ops) && ops[k+1].op != '=' {
			del.WriteString(o.tok)
			ins.WriteString(o.tok)
			continue
		}
		flush()
		if n := len(out); n > 0 && out[n-1].Op == "=" {
			out[n-1].Text += o.tok
		} else {
			out = append(out, diffPart{"=", o.tok})
		}
	}
	flush()
	return out
}

// tokens splits a text into words, runs of white space and single
// other characters (punctuation), which are the units a diff compares.
func tokens(s string) []string {
	var out []string
	start := -1
	kind := 0 // 1 word, 2 space
	kindOf := func(r rune) int {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
			return 1
		case unicode.IsSpace(r):
			return 2
		}
		return 3
	}
	for i, r := range s {
		k := kindOf(r)
		if start >= 0 && (k != kind || k == 3) {
			out = append(out, s[start:i])
			start = -1
		}
		if start < 0 {
			start, kind = i, k
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}
