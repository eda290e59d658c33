package site_test

import (
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strings"
)

// The checks below read the site's HTML the way a strict validator
// would, without a dependency: a small tokenizer, then rules about
// nesting, ids, labels, headings and what may load from where. The site
// writes every end tag and quotes every attribute, so the tokenizer may
// be strict too.

// node is an element of a parsed page.
type node struct {
	tag      string
	attrs    map[string]string
	parent   *node
	children []*node
	text     strings.Builder // text directly and in descendants
}

func (n *node) attr(name string) (string, bool) {
	v, ok := n.attrs[name]
	return v, ok
}

// walk calls fn for n and every descendant.
func (n *node) walk(fn func(*node)) {
	fn(n)
	for _, c := range n.children {
		c.walk(fn)
	}
}

// find returns the elements with the given tag.
func (n *node) find(tag string) []*node {
	var out []*node
	n.walk(func(m *node) {
		if m.tag == tag {
			out = append(out, m)
		}
	})
	return out
}

// textOf returns the text content of n with whitespace collapsed.
func (n *node) textOf() string { return strings.Join(strings.Fields(n.text.String()), " ") }

var voidElements = []string{"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

var attrRE = regexp.MustCompile(`^\s*([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\s*=\s*"([^"]*)")?`)

// parseHTML parses a page strictly. It reports the first problem of
// well-formedness it meets.
func parseHTML(doc string) (*node, error) {
	root := &node{tag: "#root", attrs: map[string]string{}}
	cur := root
	addText := func(s string) {
		for n := cur; n != nil; n = n.parent {
			n.text.WriteString(unescape(s))
		}
	}
	i := 0
	if !strings.HasPrefix(strings.ToLower(doc), "<!doctype html>") {
		return nil, fmt.Errorf("no <!doctype html> at the start")
	}
	i = len("<!doctype html>")
	for i < len(doc) {
		lt := strings.IndexByte(doc[i:], '<')
		if lt < 0 {
			addText(doc[i:])
			break
		}
		addText(doc[i : i+lt])
		i += lt
		if strings.HasPrefix(doc[i:], "<!--") {
			end := strings.Index(doc[i:], "-->")
			if end < 0 {
				return nil, fmt.Errorf("unclosed comment")
			}
			i += end + 3
			continue
		}
		gt := strings.IndexByte(doc[i:], '>')
		if gt < 0 {
			return nil, fmt.Errorf("unclosed tag at %d", i)
		}
		raw := doc[i+1 : i+gt]
		i += gt + 1
		if strings.HasPrefix(raw, "/") {
			tag := strings.ToLower(strings.TrimSpace(raw[1:]))
			if cur.tag != tag {
				return nil, fmt.Errorf("</%s> closes <%s> (inside %s)", tag, cur.tag, path(cur))
			}
			cur = cur.parent
			continue
		}
		selfClosing := strings.HasSuffix(raw, "/")
		raw = strings.TrimSuffix(raw, "/")
		name := raw
		rest := ""
		if sp := strings.IndexAny(raw, " \t\n"); sp >= 0 {
			name, rest = raw[:sp], raw[sp:]
		}
		name = strings.ToLower(name)
		if !regexp.MustCompile(`^[a-z][a-z0-9]*$`).MatchString(name) {
			return nil, fmt.Errorf("bad tag name %q", name)
		}
		n := &node{tag: name, attrs: map[string]string{}, parent: cur}
		for strings.TrimSpace(rest) != "" {
			m := attrRE.FindStringSubmatchIndex(rest)
			if m == nil {
				return nil, fmt.Errorf("<%s>: cannot read attributes %q", name, rest)
			}
			key := strings.ToLower(rest[m[2]:m[3]])
			val := ""
			if m[4] >= 0 {
				val = unescape(rest[m[4]:m[5]])
			}
			if _, dup := n.attrs[key]; dup {
				return nil, fmt.Errorf("<%s>: attribute %s twice", name, key)
			}
			n.attrs[key] = val
			rest = rest[m[1]:]
		}
		if err := checkNesting(cur, name); err != nil {
			return nil, err
		}
		cur.children = append(cur.children, n)
		if slices.Contains(voidElements, name) || (selfClosing && insideSVG(n)) {
			continue
		}
		if selfClosing {
			return nil, fmt.Errorf("<%s/> is not a void element", name)
		}
		if name == "script" || name == "style" {
			end := strings.Index(doc[i:], "</"+name+">")
			if end < 0 {
				return nil, fmt.Errorf("unclosed <%s>", name)
			}
			n.text.WriteString(doc[i : i+end])
			i += end + len("</"+name+">")
			continue
		}
		cur = n
	}
	if cur != root {
		return nil, fmt.Errorf("<%s> is not closed (%s)", cur.tag, path(cur))
	}
	return root, nil
}

func insideSVG(n *node) bool {
	for p := n.parent; p != nil; p = p.parent {
		if p.tag == "svg" {
			return true
		}
	}
	return false
}

func path(n *node) string {
	var parts []string
	for ; n != nil && n.tag != "#root"; n = n.parent {
		parts = append([]string{n.tag}, parts...)
	}
	return strings.Join(parts, ">")
}

// blockInP lists elements a <p> cannot hold: a browser would end the
// paragraph before them and the page would not be what the markup says.
var blockInP = []string{"address", "article", "aside", "div", "dl", "fieldset", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
	"header", "hr", "main", "nav", "ol", "p", "pre", "section", "table", "ul"}

func checkNesting(parent *node, child string) error {
	for p := parent; p != nil; p = p.parent {
		if p.tag == "p" && slices.Contains(blockInP, child) {
			return fmt.Errorf("<%s> inside <p> (%s)", child, path(parent))
		}
		if (p.tag == "a" || p.tag == "button") && (child == "a" || child == "button" || child == "select" || child == "input") {
			return fmt.Errorf("interactive <%s> inside <%s>", child, p.tag)
		}
	}
	switch parent.tag {
	case "ul", "ol":
		if child != "li" {
			return fmt.Errorf("<%s> directly inside <%s> (%s)", child, parent.tag, path(parent))
		}
	case "dl":
		if child != "div" && child != "dt" && child != "dd" {
			return fmt.Errorf("<%s> directly inside <dl>", child)
		}
	case "select":
		if child != "option" && child != "optgroup" {
			return fmt.Errorf("<%s> inside <select>", child)
		}
	case "table":
		if !slices.Contains([]string{"caption", "thead", "tbody", "tfoot", "tr", "colgroup"}, child) {
			return fmt.Errorf("<%s> directly inside <table>", child)
		}
	case "tr":
		if child != "th" && child != "td" {
			return fmt.Errorf("<%s> directly inside <tr>", child)
		}
	}
	if parent.tag == "div" && parent.parent != nil && parent.parent.tag == "dl" && child != "dt" && child != "dd" {
		return fmt.Errorf("<%s> inside a <div> of a <dl>", child)
	}
	if child == "li" && parent.tag != "ul" && parent.tag != "ol" && parent.tag != "menu" {
		return fmt.Errorf("<li> inside <%s>", parent.tag)
	}
	return nil
}

func unescape(s string) string {
	r := strings.NewReplacer("&amp;", "&", "&lt;", "<", "&gt;", ">", "&quot;", `"`, "&#34;", `"`, "&#39;", "'", "&#43;", "+", "&nbsp;", "\u00a0")
	return r.Replace(s)
}

// pageProblems checks a parsed page against the site's rules of
// structure and accessibility and returns what it finds wrong. base is
// the server's own address, the only host a page may refer to for
// anything the browser loads.
func pageProblems(root *node, base string) []string {
	var out []string
	bad := func(format string, args ...any) { out = append(out, fmt.Sprintf(format, args...)) }
	htmls := root.find("html")
	if len(htmls) != 1 {
		return []string{"not exactly one <html>"}
	}
	html := htmls[0]
	if l, _ := html.attr("lang"); l == "" {
		bad("<html> has no lang")
	}
	if d, _ := html.attr("dir"); d != "ltr" && d != "rtl" {
		bad("<html> has dir %q", d)
	}
	if ts := root.find("title"); len(ts) != 1 || ts[0].textOf() == "" {
		bad("not exactly one non-empty <title>")
	}
	if n := len(root.find("h1")); n != 1 {
		bad("%d <h1> elements, want 1", n)
	}
	if n := len(root.find("main")); n != 1 {
		bad("%d <main> elements, want 1", n)
	}
	// Headings go down one level at a time.
	level := 0
	root.walk(func(n *node) {
		if len(n.tag) == 2 && n.tag[0] == 'h' && n.tag[1] >= '1' && n.tag[1] <= '6' {
			l := int(n.tag[1] - '0')
			if l > level+1 {
				bad("<%s> %q follows <h%d>", n.tag, n.textOf(), level)
			}
			if n.textOf() == "" {
				bad("empty <%s>", n.tag)
			}
			level = l
		}
	})
	ids := map[string]bool{}
	root.walk(func(n *node) {
		if id, ok := n.attr("id"); ok {
			if ids[id] {
				bad("id %q twice", id)
			}
			ids[id] = true
		}
	})
	base = strings.TrimSuffix(base, "/")
	root.walk(func(n *node) {
		for k, v := range n.attrs {
			if k == "style" || strings.HasPrefix(k, "on") {
				bad("<%s %s=…>: inline style or script", n.tag, k)
			}
			if k == "for" && !ids[v] {
				bad("<label for=%q> names no element", v)
			}
			if k == "aria-labelledby" {
				for _, id := range strings.Fields(v) {
					if !ids[id] {
						bad("aria-labelledby=%q names no element", id)
					}
				}
			}
			if k == "lang" && !regexp.MustCompile(`^[a-z]{2,3}(-[a-zA-Z0-9]{2,8})*(-x-[a-z0-9]{1,8})?$`).MatchString(v) {
				bad("<%s lang=%q>", n.tag, v)
			}
			if k == "lang" {
				if d, ok := n.attr("dir"); !ok || (d != "ltr" && d != "rtl") {
					bad("<%s lang=%q> has no dir", n.tag, v)
				}
			}
		}
		switch n.tag {
		case "a":
			href, ok := n.attr("href")
			if !ok || href == "" {
				bad("<a> without href: %q", n.textOf())
			}
			if n.textOf() == "" {
				if l, _ := n.attr("aria-label"); l == "" {
					bad("<a href=%q> has no text", href)
				}
			}
			if strings.HasPrefix(href, "#") && !ids[href[1:]] {
				bad("<a href=%q> points to no element", href)
			}
		case "link", "script", "img", "iframe", "source", "video", "audio", "embed", "object", "track", "input", "form", "base":
			for _, k := range []string{"href", "src", "srcset", "data", "action", "poster"} {
				v, ok := n.attr(k)
				if !ok {
					continue
				}
				if u, err := url.Parse(v); err != nil || (u.Host != "" && u.Scheme+"://"+u.Host != base) || (u.Scheme != "" && u.Host == "") {
					bad("<%s %s=%q> refers to another host", n.tag, k, v)
				}
			}
			if n.tag == "script" {
				if typ, _ := n.attr("type"); typ != "application/ld+json" {
					bad("<script> that is not JSON-LD")
				}
			}
			if n.tag == "img" || n.tag == "iframe" {
				bad("<%s>: the site has no images or frames", n.tag)
			}
			if n.tag == "input" {
				typ, _ := n.attr("type")
				id, _ := n.attr("id")
				if typ != "hidden" && typ != "submit" && !hasLabel(root, id) {
					bad("<input type=%q> without a label", typ)
				}
			}
		case "select":
			id, _ := n.attr("id")
			if !hasLabel(root, id) {
				bad("<select name=%q> without a label", n.attrs["name"])
			}
		case "button":
			if n.textOf() == "" {
				bad("<button> without text")
			}
		case "svg":
			if v, _ := n.attr("aria-hidden"); v != "true" {
				bad("<svg> not hidden from screen readers")
			}
		case "style":
			bad("<style>: styles come from the stylesheet only")
		}
	})
	return out
}

func hasLabel(root *node, id string) bool {
	if id == "" {
		return false
	}
	found := false
	root.walk(func(n *node) {
		if n.tag == "label" && n.attrs["for"] == id {
			found = true
		}
	})
	return found
}
