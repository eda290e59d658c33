package backoffice

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/http"
	"slices"
	"strings"

	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/i18n"
	"github.com/lotse/lotse/internal/store"
	"github.com/lotse/lotse/internal/xliff"
)

// maxImportBytes bounds an uploaded XLIFF file. An export of every text
// of a large region stays well below it.
const maxImportBytes = 10 << 20

// maxListed bounds the lines of an import report; the rest is counted.
const maxListed = 500

type translationImportPage struct {
	*view
	Machine  bool
	Done     bool        // the import was saved
	Target   *langOption // the file's language, once known
	FileName string
	Saved    int
	Problems []importLine
	Skipped  []importLine
	// MoreProblems and MoreSkipped count the lines beyond maxListed.
	MoreProblems, MoreSkipped int
}

// importLine is a line of the report: a unit (or the file) and why.
type importLine struct {
	Unit   string
	Key    string // message key of the reason
	Detail string // a technical detail or a further message key's text
}

// Import problems that concern the content rather than the format.
var importProblemKeys = map[string]string{
	xliff.CodeTooLarge:     "admin.xliff.problem.too_large",
	xliff.CodeNotXML:       "admin.xliff.problem.not_xml",
	xliff.CodeDoctype:      "admin.xliff.problem.doctype",
	xliff.CodeNotXLIFF:     "admin.xliff.problem.not_xliff",
	xliff.CodeVersion:      "admin.xliff.problem.version",
	xliff.CodeNoSrcLang:    "admin.xliff.problem.src_lang",
	xliff.CodeNoTrgLang:    "admin.xliff.problem.trg_lang",
	xliff.CodeNoID:         "admin.xliff.problem.no_id",
	xliff.CodeDuplicateID:  "admin.xliff.problem.duplicate_id",
	xliff.CodeNoSource:     "admin.xliff.problem.no_source",
	xliff.CodeInlineCode:   "admin.xliff.problem.inline_code",
	xliff.CodeBadState:     "admin.xliff.problem.bad_state",
	xliff.CodeTooDeep:      "admin.xliff.problem.too_deep",
	xliff.CodeTooManyUnits: "admin.xliff.problem.too_many_units",
}

// translationImportForm shows the upload form.
func (o *Office) translationImportForm(w http.ResponseWriter, r *http.Request) {
	v := o.newView(w, r, "admin.xliff.import", "translations")
	o.render(w, http.StatusOK, "translation_import", &translationImportPage{view: v})
}

// translationImport reads an XLIFF file and stores its translations, all
// or nothing. The language is the file's trgLang. Every unit must name a
// current record of the region, a translatable field and the German text
// of today; otherwise the report lists each problem and nothing changes.
// Units without a target, and targets that only repeat what is stored,
// are skipped and listed as such: an untouched outdated translation
// (state initial) stays outdated, and an untouched machine translation
// stays marked as one unless a reviewer set it to reviewed or final.
func (o *Office) translationImport(w http.ResponseWriter, r *http.Request) {
	s := sessionFrom(r)
	v := o.newView(w, r, "admin.xliff.import", "translations")
	p := &translationImportPage{view: v}
	data, name, machine, status := o.readUpload(w, r)
	p.Machine, p.FileName = machine, name
	if status != http.StatusOK {
		key := "admin.xliff.problem.no_file"
		switch status {
		case http.StatusRequestEntityTooLarge:
			key = "admin.xliff.problem.too_large"
		case http.StatusBadRequest:
			key = "error.bad_request"
		}
		p.Problems = []importLine{{Key: key}}
		o.render(w, status, "translation_import", p)
		return
	}
	doc, err := xliff.Decode(bytes.NewReader(data), maxImportBytes)
	if err != nil {
		for _, pr := range xliff.Problems(err) {
			p.problem(pr.Unit, importProblemKeys[pr.Code], pr.Detail)
		}
		o.render(w, http.StatusUnprocessableEntity, "translation_import", p)
		return
	}
	ts, err := o.checkImport(r.Context(), p, doc, machine)
	if err != nil {
		o.fail(w, r, err)
		return
	}
	if len(p.Problems) > 0 {
		p.Skipped, p.MoreSkipped = nil, 0
		o.render(w, http.StatusUnprocessableEntity, "translation_import", p)
		return
	}
	if len(ts) > 0 {
		err := o.env.Store.SaveTranslations(r.Context(), s.actor(), v.Region.ID, ts, true)
		switch directory.ErrorCode(err) {
		case "":
		case directory.ECONFLICT, directory.EINVALID, directory.ENOTFOUND:
			// A German text changed, or a record was archived, between
			// the check and the save: the transaction stored nothing.
			p.problem("", "admin.xliff.problem.changed_meanwhile", errorDetail(err))
			p.Skipped, p.MoreSkipped = nil, 0
			o.render(w, http.StatusConflict, "translation_import", p)
			return
		default:
			o.fail(w, r, err)
			return
		}
		if err := o.env.Index.Refresh(r.Context(), v.Region.ID); err != nil {
			o.env.Log.Error("backoffice: refresh offer index", "err", err)
		}
	}
	p.Done, p.Saved = true, len(ts)
	o.render(w, http.StatusOK, "translation_import", p)
}

func (p *translationImportPage) problem(unit, key, detail string) {
	if key == "" {
		key = "admin.xliff.problem.not_xliff"
	}
	if len(p.Problems) >= maxListed {
		p.MoreProblems++
		return
	}
	p.Problems = append(p.Problems, importLine{Unit: unit, Key: key, Detail: detail})
}

func (p *translationImportPage) skip(unit, key string) {
	if len(p.Skipped) >= maxListed {
		p.MoreSkipped++
		return
	}
	p.Skipped = append(p.Skipped, importLine{Unit: unit, Key: key})
}

// errorDetail is the message of a store error for the report.
func errorDetail(err error) string {
	var e *directory.Error
	if errors.As(err, &e) {
		return e.Message
	}
	return ""
}

// readUpload reads the multipart form of the import: the file (at most
// maxImportBytes) and the machine flag. The status is 200, or 400 (not a
// multipart form), 413 (too large) or 422 (no file).
func (o *Office) readUpload(w http.ResponseWriter, r *http.Request) (data []byte, name string, machine bool, status int) {
	r.Body = http.MaxBytesReader(w, r.Body, maxImportBytes+64<<10)
	mr, err := r.MultipartReader()
	if err != nil {
		return nil, "", false, http.StatusBadRequest
	}
	got := false
	for {
		part, err := mr.NextPart()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, "", machine, uploadStatus(err)
		}
		switch part.FormName() {
		case "file":
			name = part.FileName()
			data, err = io.ReadAll(io.LimitReader(part, maxImportBytes+1))
			if err != nil {
				return nil, name, machine, uploadStatus(err)
			}
			if len(data) > maxImportBytes {
				return nil, name, machine, http.StatusRequestEntityTooLarge
			}
			got = len(data) > 0
		case "machine":
			v, err := io.ReadAll(io.LimitReader(part, 16))
			if err != nil {
				return nil, name, machine, uploadStatus(err)
			}
			machine = string(v) == "1"
		default:
			if _, err := io.Copy(io.Discard, io.LimitReader(part, 1<<20)); err != nil {
				return nil, name, machine, uploadStatus(err)
			}
		}
		part.Close()
	}
	if !got {
		return nil, name, machine, http.StatusUnprocessableEntity
	}
	return data, name, machine, http.StatusOK
}

func uploadStatus(err error) int {
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		return http.StatusRequestEntityTooLarge
	}
	return http.StatusBadRequest
}

// importLang maps a language tag of a file to a target language of the
// region: exactly, or by its base language ("tr-TR" is "tr"), never to
// German.
func importLang(tag string, targets []string) (string, bool) {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if slices.Contains(targets, tag) {
		return tag, true
	}
	base, _, _ := strings.Cut(tag, "-")
	if base != i18n.Source && !strings.Contains(tag, "-x-") && slices.Contains(targets, base) {
		return base, true
	}
	return "", false
}

// isGerman reports whether a file's srcLang is German (not Leichte
// Sprache, which is a target).
func isGerman(tag string) bool {
	tag = strings.ToLower(strings.TrimSpace(tag))
	base, _, _ := strings.Cut(tag, "-")
	return base == i18n.Source && !strings.Contains(tag, "-x-")
}

// confirmedStates are the segment states in which a translator or
// reviewer says a target is right.
var confirmedStates = []string{xliff.StateTranslated, xliff.StateReviewed, xliff.StateFinal}

// checkImport checks every unit of doc against the region's records and
// returns the translations to store. Problems and skipped units go into
// the report p.
func (o *Office) checkImport(ctx context.Context, p *translationImportPage, doc *xliff.Document, machine bool) ([]directory.Translation, error) {
	region := p.Region
	if !isGerman(doc.SrcLang) {
		p.problem("", "admin.xliff.problem.src_lang_not_german", doc.SrcLang)
	}
	lang, ok := importLang(doc.TrgLang, targetLangs(region))
	if !ok {
		p.problem("", "admin.xliff.problem.trg_lang_not_offered", doc.TrgLang)
	}
	if len(p.Problems) > 0 {
		return nil, nil
	}
	lo := p.langOption(lang)
	p.Target = &lo
	// Today's German texts and translations of the region, by unit id.
	items := map[string]store.TranslationItem{}
	for _, t := range directory.TranslatableTypes {
		list, _, err := o.env.Store.TranslationQueue(ctx, region.ID, store.QueueFilter{Lang: lang, EntityType: t,
			Statuses: directory.TranslationStatuses, Limit: 1 << 30})
		if err != nil {
			return nil, err
		}
		for _, it := range list {
			items[unitID(it.EntityType, it.EntityID, it.Field)] = it
		}
	}
	var out []directory.Translation
	for _, f := range doc.Files {
		for _, u := range f.Units {
			parts := strings.Split(u.ID, "/")
			if len(parts) != 3 || !slices.Contains(directory.TranslatableTypes, parts[0]) || !directory.ValidID(parts[1]) {
				p.problem(u.ID, "admin.xliff.problem.unknown_unit", "")
				continue
			}
			et, id, field := parts[0], parts[1], parts[2]
			if !directory.Translatable(et, field) || field == directory.FieldSynonyms {
				p.problem(u.ID, "admin.xliff.problem.not_translatable", "")
				continue
			}
			it, ok := items[u.ID]
			if !ok {
				// Not a current record of this region, or a field whose
				// German text is empty now.
				if _, src, err := o.env.Store.SourceText(ctx, region.ID, et, id, field); err == nil && strings.TrimSpace(src) == "" {
					p.problem(u.ID, "admin.xliff.problem.source_changed", "")
				} else {
					p.problem(u.ID, "admin.xliff.problem.unknown_record", "")
				}
				continue
			}
			if !directory.SameSource(u.Source, it.Source) {
				p.problem(u.ID, "admin.xliff.problem.source_changed", "")
				continue
			}
			if u.Target == nil || strings.TrimSpace(*u.Target) == "" {
				p.skip(u.ID, "admin.xliff.skipped.no_target")
				continue
			}
			if stored := it.Translation; stored != nil && sameText(stored.Text, *u.Target) {
				confirmed := slices.Contains(confirmedStates, u.State)
				reviewed := u.State == xliff.StateReviewed || u.State == xliff.StateFinal
				switch {
				case it.Status == directory.TranslationOutdated && confirmed:
				case it.Status == directory.TranslationMachine && !machine && reviewed:
				default:
					p.skip(u.ID, "admin.xliff.skipped.unchanged")
					continue
				}
			}
			t := directory.Translation{RegionID: region.ID, EntityType: et, EntityID: id, Field: field, Lang: lang,
				Text: *u.Target, SourceText: u.Source, Machine: machine}
			check := t
			check.Text = strings.TrimSpace(check.Text)
			if err := check.Validate(region.Languages); err != nil {
				for _, key := range directory.FieldErrors(err) {
					p.problem(u.ID, key, "")
				}
				continue
			}
			out = append(out, t)
		}
	}
	return out, nil
}
