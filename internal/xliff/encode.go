package xliff

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"
)

// Encode writes d as an XLIFF 2.0 document. Texts keep their line
// breaks and spaces (xml:space="preserve"), since descriptions are
// formatted by them.
func Encode(w io.Writer, d *Document) error {
	if d.SrcLang == "" || d.TrgLang == "" {
		return fmt.Errorf("xliff: encode: source and target language are required")
	}
	b := bufio.NewWriter(w)
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	fmt.Fprintf(b, `<xliff xmlns="%s" version="%s" srcLang="%s" trgLang="%s">`+"\n", Namespace, Version, attr(d.SrcLang), attr(d.TrgLang))
	for _, f := range d.Files {
		if f.ID == "" {
			return fmt.Errorf("xliff: encode: a file without id")
		}
		fmt.Fprintf(b, ` <file id="%s">`+"\n", attr(f.ID))
		for _, u := range f.Units {
			if u.ID == "" {
				return fmt.Errorf("xliff: encode: a unit without id in file %s", f.ID)
			}
			state := u.State
			if state == "" {
				state = StateInitial
			}
			if !slices.Contains(states, state) {
				return fmt.Errorf("xliff: encode: unit %s: unknown state %q", u.ID, state)
			}
			fmt.Fprintf(b, `  <unit id="%s">`+"\n", attr(u.ID))
			if len(u.Notes) > 0 {
				b.WriteString("   <notes>\n")
				for _, n := range u.Notes {
					b.WriteString(`    <note`)
					if n.Category != "" {
						fmt.Fprintf(b, ` category="%s"`, attr(n.Category))
					}
					fmt.Fprintf(b, ">%s</note>\n", text(n.Text))
				}
				b.WriteString("   </notes>\n")
			}
			fmt.Fprintf(b, `   <segment state="%s">`+"\n", state)
			fmt.Fprintf(b, `    <source xml:space="preserve">%s</source>`+"\n", text(u.Source))
			if u.Target != nil {
				fmt.Fprintf(b, `    <target xml:space="preserve">%s</target>`+"\n", text(*u.Target))
			}
			b.WriteString("   </segment>\n  </unit>\n")
		}
		b.WriteString(" </file>\n")
	}
	b.WriteString("</xliff>\n")
	if err := b.Flush(); err != nil {
		return fmt.Errorf("xliff: encode: %w", err)
	}
	return nil
}

// text escapes character data. Line feeds stay as they are, so that the
// file is readable in a text editor; a carriage return is written as a
// reference, because XML parsers turn a literal one into a line feed.
var text = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", "\r", "&#xD;").Replace

// attr escapes an attribute value in double quotes; white space other
// than a space would be normalised by the parser, so it is written as a
// reference.
var attr = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "\n", "&#xA;", "\r", "&#xD;", "\t", "&#x9;").Replace
