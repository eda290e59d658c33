package xliff

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// MaxUnits bounds the units of a document. A region's every text in
// one language is a few tens of thousands; the bound keeps a file of
// many tiny units from costing more than a real one.
const MaxUnits = 200_000

// maxDepth bounds the nesting of groups and of inline annotations, so
// that a hostile file cannot make the reader recurse without end.
const maxDepth = 32

// Decode reads an XLIFF 2.0 (or 2.1, whose core is the same) document of
// at most maxBytes bytes. Problems with the file as a whole (too large,
// not XML, a DOCTYPE, not XLIFF 2.0) end the reading; problems with
// single units (no id, an id used twice, inline codes) are collected, so
// that the *Error lists them all.
func Decode(r io.Reader, maxBytes int64) (*Document, error) {
	lr := &io.LimitedReader{R: r, N: maxBytes + 1}
	p := &parser{dec: xml.NewDecoder(lr), seen: map[string]bool{}}
	p.dec.Strict = true
	// No character set other than UTF-8: a declared other encoding is
	// an error rather than a guess.
	p.dec.CharsetReader = nil
	doc, err := p.document()
	if lr.N <= 0 {
		return nil, problem(CodeTooLarge, "more than %d bytes", maxBytes)
	}
	if err != nil {
		return nil, err
	}
	if len(p.problems) > 0 {
		return nil, &Error{Problems: p.problems}
	}
	return doc, nil
}

type parser struct {
	dec      *xml.Decoder
	seen     map[string]bool // unit ids
	units    int             // units read so far
	problems []Problem
}

func (p *parser) add(unit, code, detail string) {
	p.problems = append(p.problems, Problem{Unit: unit, Code: code, Detail: detail})
}

// token returns the next token; a syntax error becomes CodeNotXML, and
// a DOCTYPE CodeDoctype, wherever it stands.
func (p *parser) token() (xml.Token, error) {
	tok, err := p.dec.Token()
	if err != nil {
		if errors.Is(err, io.EOF) {
			return nil, err
		}
		return nil, problem(CodeNotXML, "%v", err)
	}
	if d, ok := tok.(xml.Directive); ok {
		if strings.HasPrefix(strings.ToUpper(strings.TrimSpace(string(d))), "DOCTYPE") {
			return nil, problem(CodeDoctype, "a DOCTYPE is not allowed")
		}
		return nil, problem(CodeNotXML, "unexpected declaration <!%s>", firstWord(string(d)))
	}
	return tok, nil
}

func firstWord(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), " ")
	return s
}

func (p *parser) document() (*Document, error) {
	var root xml.StartElement
	for {
		tok, err := p.token()
		if errors.Is(err, io.EOF) {
			return nil, problem(CodeNotXLIFF, "the file is empty")
		}
		if err != nil {
			return nil, err
		}
		if se, ok := tok.(xml.StartElement); ok {
			root = se
			break
		}
		if cd, ok := tok.(xml.CharData); ok && strings.TrimSpace(string(cd)) != "" {
			return nil, problem(CodeNotXML, "text before the root element")
		}
	}
	switch {
	case root.Name.Local != "xliff":
		return nil, problem(CodeNotXLIFF, "the root element is <%s>", root.Name.Local)
	case root.Name.Space != Namespace:
		return nil, problem(CodeNotXLIFF, "namespace %q", root.Name.Space)
	}
	doc := &Document{}
	version := ""
	for _, a := range root.Attr {
		if a.Name.Space != "" {
			continue
		}
		switch a.Name.Local {
		case "version":
			version = a.Value
		case "srcLang":
			doc.SrcLang = strings.TrimSpace(a.Value)
		case "trgLang":
			doc.TrgLang = strings.TrimSpace(a.Value)
		}
	}
	if version != "2.0" && version != "2.1" {
		return nil, problem(CodeVersion, "version %q", version)
	}
	if doc.SrcLang == "" {
		return nil, problem(CodeNoSrcLang, "")
	}
	if doc.TrgLang == "" {
		return nil, problem(CodeNoTrgLang, "")
	}
	err := p.children(func(se xml.StartElement) error {
		if se.Name.Local != "file" {
			return p.dec.Skip()
		}
		f, err := p.file(se)
		if err != nil {
			return err
		}
		doc.Files = append(doc.Files, f)
		return nil
	})
	if err != nil {
		return nil, err
	}
	// Nothing but comments and white space may follow the root.
	for {
		tok, err := p.token()
		if errors.Is(err, io.EOF) {
			return doc, nil
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			return nil, problem(CodeNotXML, "a second root element <%s>", t.Name.Local)
		case xml.CharData:
			if strings.TrimSpace(string(t)) != "" {
				return nil, problem(CodeNotXML, "text after the root element")
			}
		}
	}
}

// children calls fn for each child element in the XLIFF namespace of
// the element just opened, skips elements of other namespaces (modules
// and extensions), and returns at its end. fn must consume the element
// it is given.
func (p *parser) children(fn func(xml.StartElement) error) error {
	for {
		tok, err := p.token()
		if errors.Is(err, io.EOF) {
			return problem(CodeNotXML, "unexpected end of file")
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if t.Name.Space != Namespace {
				if err := p.dec.Skip(); err != nil {
					return problem(CodeNotXML, "%v", err)
				}
				continue
			}
			if err := fn(t); err != nil {
				return err
			}
		case xml.EndElement:
			return nil
		}
	}
}

func attrOf(se xml.StartElement, name string) string {
	for _, a := range se.Attr {
		if a.Name.Space == "" && a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

func (p *parser) file(se xml.StartElement) (File, error) {
	f := File{ID: attrOf(se, "id")}
	if f.ID == "" {
		p.add("", CodeNoID, "<file>")
	}
	err := p.container(&f, 0)
	return f, err
}

// container reads the units of a <file> or <group>; groups may nest.
func (p *parser) container(f *File, depth int) error {
	if depth > maxDepth {
		return problem(CodeTooDeep, "groups nested more than %d deep", maxDepth)
	}
	return p.children(func(se xml.StartElement) error {
		switch se.Name.Local {
		case "unit":
			if p.units++; p.units > MaxUnits {
				return problem(CodeTooManyUnits, "more than %d units", MaxUnits)
			}
			u, err := p.unit(se)
			if err != nil {
				return err
			}
			if u != nil {
				f.Units = append(f.Units, *u)
			}
			return nil
		case "group":
			return p.container(f, depth+1)
		}
		return p.skip()
	})
}

func (p *parser) skip() error {
	if err := p.dec.Skip(); err != nil {
		return problem(CodeNotXML, "%v", err)
	}
	return nil
}

// part is a <segment> or an <ignorable> of a unit.
type part struct {
	source, target *string
	state          string
	ignorable      bool
}

// unit reads a <unit>; it returns nil when the unit has a problem, which
// is recorded.
func (p *parser) unit(se xml.StartElement) (*Unit, error) {
	u := &Unit{ID: attrOf(se, "id")}
	ok := true
	if u.ID == "" {
		p.add("", CodeNoID, "<unit>")
		ok = false
	} else if p.seen[u.ID] {
		p.add(u.ID, CodeDuplicateID, "")
		ok = false
	}
	p.seen[u.ID] = true
	var parts []part
	err := p.children(func(c xml.StartElement) error {
		switch c.Name.Local {
		case "notes":
			return p.children(func(n xml.StartElement) error {
				if n.Name.Local != "note" {
					return p.skip()
				}
				t, good, err := p.text(u.ID, 0)
				if err != nil {
					return err
				}
				ok = ok && good
				u.Notes = append(u.Notes, Note{Category: attrOf(n, "category"), Text: t})
				return nil
			})
		case "segment", "ignorable":
			pt := part{ignorable: c.Name.Local == "ignorable", state: attrOf(c, "state")}
			if pt.state != "" && !slices.Contains(states, pt.state) {
				p.add(u.ID, CodeBadState, pt.state)
				ok = false
			}
			err := p.children(func(st xml.StartElement) error {
				if st.Name.Local != "source" && st.Name.Local != "target" {
					return p.skip()
				}
				t, good, err := p.text(u.ID, 0)
				if err != nil {
					return err
				}
				ok = ok && good
				if st.Name.Local == "source" {
					pt.source = &t
				} else {
					pt.target = &t
				}
				return nil
			})
			parts = append(parts, pt)
			return err
		}
		return p.skip()
	})
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, nil
	}
	return p.join(u, parts), nil
}

// join puts the segments of a unit back together: a tool may have split
// a text into sentences. The unit has a target only when every segment
// has one (white space between segments, an <ignorable>, stands for
// itself); its state is the least advanced of its segments'.
func (p *parser) join(u *Unit, parts []part) *Unit {
	var src, trg strings.Builder
	complete, segments := true, 0
	state := StateFinal
	for _, pt := range parts {
		if pt.source == nil {
			p.add(u.ID, CodeNoSource, "")
			return nil
		}
		src.WriteString(*pt.source)
		switch {
		case pt.target != nil:
			trg.WriteString(*pt.target)
		case pt.ignorable:
			trg.WriteString(*pt.source)
		default:
			complete = false
		}
		if !pt.ignorable {
			segments++
			st := pt.state
			if st == "" {
				st = StateInitial
			}
			if slices.Index(states, st) < slices.Index(states, state) {
				state = st
			}
		}
	}
	if segments == 0 {
		p.add(u.ID, CodeNoSource, "")
		return nil
	}
	u.Source, u.State = src.String(), state
	if complete && slices.ContainsFunc(parts, func(pt part) bool { return pt.target != nil }) {
		t := trg.String()
		u.Target = &t
	}
	return u
}

// text reads the content of the element just opened as plain text.
// Annotations (<mrk>, <pc>) give their text; markers (<sm>, <em>) stand
// for nothing; <cp> is a character XML cannot hold. Codes that refer to
// original formatting (<ph>, <sc>, <ec>) are a problem, recorded for the
// unit (good is false), because Lotse's texts have none and a guess
// could lose part of a translation.
func (p *parser) text(unit string, depth int) (s string, good bool, err error) {
	if depth > maxDepth {
		return "", false, problem(CodeTooDeep, "inline elements nested more than %d deep", maxDepth)
	}
	var b strings.Builder
	good = true
	for {
		tok, err := p.token()
		if errors.Is(err, io.EOF) {
			return "", false, problem(CodeNotXML, "unexpected end of file")
		}
		if err != nil {
			return "", false, err
		}
		switch t := tok.(type) {
		case xml.CharData:
			b.Write(t)
		case xml.EndElement:
			return b.String(), good, nil
		case xml.StartElement:
			name := t.Name.Local
			if t.Name.Space != Namespace {
				name = t.Name.Space + ":" + name
			}
			switch name {
			case "mrk", "pc":
				inner, ok, err := p.text(unit, depth+1)
				if err != nil {
					return "", false, err
				}
				good = good && ok
				b.WriteString(inner)
			case "sm", "em":
				if err := p.skip(); err != nil {
					return "", false, err
				}
			case "cp":
				n, perr := strconv.ParseUint(attrOf(t, "hex"), 16, 32)
				if perr != nil || !utf8.ValidRune(rune(n)) {
					p.add(unit, CodeInlineCode, fmt.Sprintf("<cp hex=%q>", attrOf(t, "hex")))
					good = false
				} else {
					b.WriteRune(rune(n))
				}
				if err := p.skip(); err != nil {
					return "", false, err
				}
			default:
				p.add(unit, CodeInlineCode, "<"+name+">")
				good = false
				if err := p.skip(); err != nil {
					return "", false, err
				}
			}
		}
	}
}
