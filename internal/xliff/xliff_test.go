package xliff

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
	"testing"
)

func ptr(s string) *string { return &s }

func sample() *Document {
	return &Document{SrcLang: "de", TrgLang: "ar", Files: []File{
		{ID: "service", Units: []Unit{
			{ID: "service/0193/name", Notes: []Note{{Category: "record", Text: "Pflegeberatung"}, {Category: "field", Text: "Name"}},
				State: StateInitial, Source: "Pflegeberatung"},
			{ID: "service/0193/description", State: StateFinal,
				Source: "Wir beraten Sie.\n\n- Pflegegrad & Hilfen\n- <b>nicht</b> fett\r\nEnde  mit  Leerzeichen ",
				Target: ptr("نقدم لكم المشورة.\n\n- درجة الرعاية")},
		}},
		{ID: "page", Units: []Unit{{ID: "page/01/title", State: StateTranslated, Source: "Impressum", Target: ptr("")}}},
	}}
}

func encode(t *testing.T, d *Document) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Encode(&b, d); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestRoundTrip(t *testing.T) {
	want := sample()
	b := encode(t, want)
	got, err := Decode(bytes.NewReader(b), 1<<20)
	if err != nil {
		t.Fatalf("Decode: %v\n%s", err, b)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("round trip:\ngot  %+v\nwant %+v\n%s", got, want, b)
	}
	for _, s := range []string{`xmlns="urn:oasis:names:tc:xliff:document:2.0"`, `version="2.0"`, `srcLang="de"`, `trgLang="ar"`,
		`<file id="service">`, `<unit id="service/0193/name">`, `<note category="record">Pflegeberatung</note>`,
		`<segment state="final">`, `&lt;b&gt;nicht&lt;/b&gt;`, `&amp; Hilfen`, `&#xD;`} {
		if !bytes.Contains(b, []byte(s)) {
			t.Errorf("encoded file lacks %s", s)
		}
	}
	if bytes.Contains(b, []byte("<target xml:space=\"preserve\">Pflegeberatung")) {
		t.Error("a unit without translation got a target")
	}
}

func TestEncodeRefuses(t *testing.T) {
	for name, d := range map[string]*Document{
		"no languages": {Files: []File{}},
		"file id":      {SrcLang: "de", TrgLang: "tr", Files: []File{{}}},
		"unit id":      {SrcLang: "de", TrgLang: "tr", Files: []File{{ID: "x", Units: []Unit{{Source: "a"}}}}},
		"state":        {SrcLang: "de", TrgLang: "tr", Files: []File{{ID: "x", Units: []Unit{{ID: "u", Source: "a", State: "done"}}}}},
	} {
		if err := Encode(io.Discard, d); err == nil {
			t.Errorf("%s: encoded", name)
		}
	}
}

// doc wraps units in an XLIFF 2.0 document.
func doc(body string) string {
	return `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="de" trgLang="tr"><file id="f">` + body + `</file></xliff>`
}

func TestDecodeTolerates(t *testing.T) {
	tests := []struct {
		name, in     string
		source, want string // want "-" means no target
		state        string
	}{
		{"segments split by a tool", doc(`<unit id="u"><segment state="translated"><source>Eins.</source><target>Bir.</target></segment>` +
			`<ignorable><source> </source></ignorable><segment state="final"><source>Zwei.</source><target>İki.</target></segment></unit>`),
			"Eins. Zwei.", "Bir. İki.", StateTranslated},
		{"one segment not translated", doc(`<unit id="u"><segment><source>Eins.</source><target>Bir.</target></segment>` +
			`<segment><source>Zwei.</source></segment></unit>`), "Eins.Zwei.", "-", StateInitial},
		{"annotations and markers", doc(`<unit id="u"><segment state="final"><source>Pflege</source>` +
			`<target><mrk id="m1" type="term">Bakım</mrk> <pc id="p">ve</pc><sm id="s"/> destek<em startRef="s"/><cp hex="00A0"/></target></segment></unit>`),
			"Pflege", "Bakım ve destek\u00a0", StateFinal},
		{"groups, modules and comments", `<?xml version="1.0"?><!-- made by a tool -->
			<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0" version="2.1" srcLang="de" trgLang="tr">
			<file id="f"><mda:metadata><mda:metaGroup><mda:meta type="x">y</mda:meta></mda:metaGroup></mda:metadata>
			<group id="g"><group id="h"><unit id="u"><originalData/><segment state="reviewed"><source>A</source><target>B</target></segment></unit></group></group>
			</file></xliff><!-- end -->`, "A", "B", StateReviewed},
		{"no state is initial", doc(`<unit id="u"><segment><source>A</source></segment></unit>`), "A", "-", StateInitial},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Decode(strings.NewReader(tt.in), 1<<20)
			if err != nil {
				t.Fatal(err)
			}
			if len(d.Files) != 1 || len(d.Files[0].Units) != 1 {
				t.Fatalf("got %+v", d)
			}
			u := d.Files[0].Units[0]
			got := "-"
			if u.Target != nil {
				got = *u.Target
			}
			if u.Source != tt.source || got != tt.want || u.State != tt.state {
				t.Errorf("got source %q target %q state %s, want %q %q %s", u.Source, got, u.State, tt.source, tt.want, tt.state)
			}
		})
	}
}

func TestDecodeRefuses(t *testing.T) {
	unit := `<unit id="u"><segment><source>A</source></segment></unit>`
	tests := []struct {
		name, in string
		code     string
		unit     string
	}{
		{"empty", "", CodeNotXLIFF, ""},
		{"not XML", "Name;Übersetzung\nPflege;Bakım\n", CodeNotXML, ""},
		{"broken XML", doc(`<unit id="u"><segment><source>A</segment></unit>`), CodeNotXML, ""},
		{"unknown entity", doc(`<unit id="u"><segment><source>&xxe;</source></segment></unit>`), CodeNotXML, ""},
		{"DOCTYPE with an entity", `<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>` +
			`<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="de" trgLang="tr"><file id="f">` +
			`<unit id="u"><segment><source>&xxe;</source></segment></unit></file></xliff>`, CodeDoctype, ""},
		{"billion laughs", `<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><xliff/>`, CodeDoctype, ""},
		{"XLIFF 1.2", `<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><file source-language="de"/></xliff>`, CodeNotXLIFF, ""},
		{"no namespace", `<xliff version="2.0" srcLang="de" trgLang="tr"><file id="f">` + unit + `</file></xliff>`, CodeNotXLIFF, ""},
		{"other root", `<html xmlns="urn:oasis:names:tc:xliff:document:2.0"/>`, CodeNotXLIFF, ""},
		{"version", strings.Replace(doc(unit), `version="2.0"`, `version="3.0"`, 1), CodeVersion, ""},
		{"no srcLang", strings.Replace(doc(unit), `srcLang="de"`, ``, 1), CodeNoSrcLang, ""},
		{"no trgLang", strings.Replace(doc(unit), `trgLang="tr"`, ``, 1), CodeNoTrgLang, ""},
		{"duplicate unit", doc(unit + unit), CodeDuplicateID, "u"},
		{"duplicate across files", strings.Replace(doc(unit), `</file>`, `</file><file id="g">`+unit+`</file>`, 1), CodeDuplicateID, "u"},
		{"unit without id", doc(`<unit><segment><source>A</source></segment></unit>`), CodeNoID, ""},
		{"unit without source", doc(`<unit id="u"><segment><target>A</target></segment></unit>`), CodeNoSource, "u"},
		{"unit without segment", doc(`<unit id="u"></unit>`), CodeNoSource, "u"},
		{"placeholder code", doc(`<unit id="u"><segment><source>A</source><target>B<ph id="1"/></target></segment></unit>`), CodeInlineCode, "u"},
		{"foreign element in text", doc(`<unit id="u"><segment><source>A<x:b xmlns:x="urn:x">B</x:b></source></segment></unit>`), CodeInlineCode, "u"},
		{"bad state", doc(`<unit id="u"><segment state="done"><source>A</source></segment></unit>`), CodeBadState, "u"},
		{"second root", doc(unit) + `<xliff/>`, CodeNotXML, ""},
		{"text after root", doc(unit) + `junk`, CodeNotXML, ""},
		{"other encoding", `<?xml version="1.0" encoding="ISO-8859-1"?>` + strings.TrimPrefix(doc(unit), `<?xml version="1.0" encoding="UTF-8"?>`), CodeNotXML, ""},
		{"cut off", doc(unit)[:200], CodeNotXML, ""},
		{"groups too deep", doc(strings.Repeat(`<group id="g">`, 40) + unit + strings.Repeat(`</group>`, 40)), CodeTooDeep, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Decode(strings.NewReader(tt.in), 1<<20)
			if err == nil {
				t.Fatalf("decoded: %+v", d)
			}
			var xe *Error
			if !errors.As(err, &xe) {
				t.Fatalf("error %T %v is not an *Error", err, err)
			}
			found := false
			for _, p := range xe.Problems {
				if p.Code == tt.code && p.Unit == tt.unit {
					found = true
				}
			}
			if !found {
				t.Errorf("problems %+v, want code %s for unit %q", xe.Problems, tt.code, tt.unit)
			}
		})
	}
}

func TestDecodeListsEveryUnitProblem(t *testing.T) {
	in := doc(`<unit id="a"><segment><source>A</source></segment></unit><unit id="a"><segment><source>A</source></segment></unit>` +
		`<unit id="b"><segment><source>B</source><target><ph id="1"/></target></segment></unit>` +
		`<unit id="c"><segment><source>C</source></segment></unit><unit id="c"/>`)
	_, err := Decode(strings.NewReader(in), 1<<20)
	var got []string
	for _, p := range Problems(err) {
		got = append(got, p.Unit+":"+p.Code)
	}
	want := []string{"a:" + CodeDuplicateID, "b:" + CodeInlineCode, "c:" + CodeDuplicateID}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("problems = %v, want %v", got, want)
	}
}

// endless is a reader that never ends: a unit after a unit.
type endless struct {
	n       int
	pending []byte
}

func (e *endless) Read(p []byte) (int, error) {
	if len(e.pending) == 0 {
		if e.n == 0 {
			e.pending = []byte(strings.TrimSuffix(doc(""), "</file></xliff>"))
		} else {
			e.pending = fmt.Appendf(nil, `<unit id="u%09d"><segment><source>A</source></segment></unit>`, e.n)
		}
		e.n++
	}
	n := copy(p, e.pending)
	e.pending = e.pending[n:]
	return n, nil
}

func TestDecodeHugeFile(t *testing.T) {
	_, err := Decode(&endless{}, 64<<10)
	ps := Problems(err)
	if len(ps) != 1 || ps[0].Code != CodeTooLarge {
		t.Errorf("a file larger than the limit: %+v", ps)
	}
	// Exactly at the limit is fine.
	b := encode(t, sample())
	if _, err := Decode(bytes.NewReader(b), int64(len(b))); err != nil {
		t.Errorf("a file of exactly the limit: %v", err)
	}
	if _, err := Decode(bytes.NewReader(b), int64(len(b)-1)); Problems(err)[0].Code != CodeTooLarge {
		t.Errorf("a file one byte over the limit: %v", err)
	}
}

func TestProblemsOfOtherErrors(t *testing.T) {
	ps := Problems(errors.New("boom"))
	if len(ps) != 1 || ps[0].Detail != "boom" {
		t.Errorf("Problems = %+v", ps)
	}
	e := &Error{Problems: []Problem{{Unit: "u", Code: CodeDuplicateID}, {Code: CodeNotXML, Detail: "line 3"}}}
	if got, want := e.Error(), "xliff: u: duplicate_id; not_xml (line 3)"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
}

func TestDecodeRefusesTooManyUnits(t *testing.T) {
	var b strings.Builder
	for i := range MaxUnits + 1 {
		fmt.Fprintf(&b, `<unit id="u%d"><segment><source>A</source></segment></unit>`, i)
	}
	_, err := Decode(strings.NewReader(doc(b.String())), 1<<26)
	if ps := Problems(err); err == nil || len(ps) != 1 || ps[0].Code != CodeTooManyUnits {
		t.Errorf("got %v, want %s", err, CodeTooManyUnits)
	}
	// One unit fewer is fine.
	b.Reset()
	for i := range MaxUnits {
		fmt.Fprintf(&b, `<unit id="u%d"><segment><source>A</source></segment></unit>`, i)
	}
	if d, err := Decode(strings.NewReader(doc(b.String())), 1<<26); err != nil || len(d.Files[0].Units) != MaxUnits {
		t.Errorf("%d units: %v", MaxUnits, err)
	}
}
