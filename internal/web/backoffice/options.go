package backoffice

import (
	"context"
	"slices"
	"strings"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/i18n"
	"github.com/lotse/lotse/internal/store"
)

// termOptions returns the terms of a built-in taxonomy as options: the
// current ones, and archived ones only if selected is among them (so a
// form shows what a record still has).
func (o *Office) termOptions(ctx context.Context, v *view, slug string, selected []string) ([]option, error) {
	tax, err := o.env.Store.TaxonomyBySlug(ctx, v.Region.ID, slug)
	if err != nil {
		if directory.ErrorCode(err) == directory.ENOTFOUND {
			return nil, nil
		}
		return nil, err
	}
	terms, err := o.env.Store.Terms(ctx, v.Region.ID, store.TermFilter{TaxonomyID: tax.ID, WithArchived: true})
	if err != nil {
		return nil, err
	}
	var out []option
	for _, t := range terms {
		opt := option{Value: t.ID, Label: t.Name}
		if t.ArchivedAt != nil {
			if !slices.Contains(selected, t.ID) {
				continue
			}
			opt.Note = v.T("admin.state.archived")
		}
		out = append(out, opt)
	}
	return out, nil
}

// languageOptions offers the known languages by their own names (marked
// with their language and direction for screen readers and layout), and
// any other language a record already has.
func languageOptions(v *view, selected []string) []option {
	var out []option
	for _, l := range directory.KnownLanguages {
		out = append(out, languageOption(v, l.Code, l.Native))
	}
	for _, code := range selected {
		if !has(out, code) {
			out = append(out, languageOption(v, code, directory.LanguageNative(code)))
		}
	}
	return out
}

func languageOption(v *view, code, native string) option {
	opt := option{Value: code, Label: native, Lang: code, Dir: i18n.Dir(code)}
	key := "admin.language." + code
	if name := v.T(key); name != key && name != native {
		opt.Note = name
	} else if name == key {
		opt.Note = code
	}
	return opt
}

// locationGroups offers the region's current locations, grouped by town,
// and the archived ones in keep.
func (o *Office) locationGroups(ctx context.Context, v *view, keep []directory.Location) ([]optionGroup, []directory.Location, error) {
	var all []directory.Location
	for off := 0; ; off += 1000 {
		page, total, err := o.env.Store.Locations(ctx, v.Region.ID, store.ListFilter{Limit: 1000, Offset: off})
		if err != nil {
			return nil, nil, err
		}
		all = append(all, page...)
		if off+len(page) >= total || len(page) == 0 {
			break
		}
	}
	for _, l := range keep {
		if !containsID(all, l.ID, func(x directory.Location) string { return x.ID }) {
			all = append(all, l)
		}
	}
	byTown := map[string]*optionGroup{}
	var groups []*optionGroup
	for _, l := range all {
		town := v.T("admin.location.no_town")
		if l.Town != nil {
			town = l.Town.Name
		}
		g, ok := byTown[town]
		if !ok {
			g = &optionGroup{Label: town}
			byTown[town] = g
			groups = append(groups, g)
		}
		opt := option{Value: l.ID, Label: l.Name}
		if a := l.PhysicalAddress(); a != nil && a.Address1 != "" {
			opt.Label += ", " + a.Address1
		}
		if l.ArchivedAt != nil {
			opt.Note = v.T("admin.state.archived")
		}
		g.Options = append(g.Options, opt)
	}
	col := collate.New(language.German, collate.Loose)
	slices.SortFunc(groups, func(a, b *optionGroup) int { return col.CompareString(a.Label, b.Label) })
	out := make([]optionGroup, len(groups))
	for i, g := range groups {
		slices.SortFunc(g.Options, func(a, b option) int { return col.CompareString(a.Label, b.Label) })
		out[i] = *g
	}
	return out, all, nil
}

// groupsHave reports whether value is an option of any group.
func groupsHave(groups []optionGroup, value string) bool {
	for _, g := range groups {
		if has(g.Options, value) {
			return true
		}
	}
	return false
}

// statusOptions lists the offer statuses in the interface language.
func statusOptions(v *view) []option {
	out := make([]option, len(directory.Statuses))
	for i, s := range directory.Statuses {
		out[i] = option{Value: s, Label: v.T(statusKey(s))}
	}
	return out
}

func statusKey(status string) string {
	return "admin.status." + strings.ReplaceAll(status, " ", "_")
}
