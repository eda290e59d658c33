package textfmt

import "testing"

func TestHTML(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Hallo", "<p>Hallo</p>\n"},
		{"a\nb\n\nc", "<p>a<br>b</p>\n<p>c</p>\n"},
		{"## Titel\nText", "<h2>Titel</h2>\n<p>Text</p>\n"},
		{"### Klein", "<h3>Klein</h3>\n"},
		{"- eins\n- zwei\nDanach", "<ul>\n<li>eins</li>\n<li>zwei</li>\n</ul>\n<p>Danach</p>\n"},
		{"<script>alert(1)</script>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n"},
		{"Siehe https://example.org/a?b=1&c=2.", `<p>Siehe <a href="https://example.org/a?b=1&amp;c=2">https://example.org/a?b=1&amp;c=2</a>.</p>` + "\n"},
		{"Mail an info@example.org bitte", `<p>Mail an <a href="mailto:info@example.org">info@example.org</a> bitte</p>` + "\n"},
		{"Tel. 02361 53-2717", `<p>Tel. <a href="tel:+492361532717">02361 53-2717</a></p>` + "\n"},
		{`javascript:alert(1) "x" onclick=`, `<p>javascript:alert(1) &#34;x&#34; onclick=</p>` + "\n"},
	}
	for _, tt := range tests {
		if got, want := string(HTML(tt.in, 2)), tt.want; got != want {
			t.Errorf("HTML(%q)\n got %q\nwant %q", tt.in, got, want)
		}
	}
}

func TestPlain(t *testing.T) {
	if got, want := Plain("## Titel\n- eins\n\nzwei"), "Titel eins zwei"; got != want {
		t.Errorf("Plain = %q, want %q", got, want)
	}
}
