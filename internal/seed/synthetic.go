package seed

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/store"
)

// Sizes of the synthetic data.
const (
	syntheticOrgs  = 300   // organisations a synthetic region gets
	syntheticBatch = 10000 // offers per transaction
)

// Synthetic adds n generated offers to the region with the given slug,
// for benchmarks and load tests. A missing region is created with the
// demo's towns and terms; a region without towns or terms gets them too.
// The region also gets a few hundred synthetic organisations with their
// locations the first time, which later calls reuse. progress, if not
// nil, is called after each batch with the number of offers added so far.
//
// The offers go in through store.InsertServicesBulk: validated like any
// offer, a few thousand per transaction, one audit entry per batch.
// Runs are deterministic for a given state of the region.
func Synthetic(ctx context.Context, s *store.Store, regionSlug string, n int, progress func(done int)) error {
	r, err := s.RegionBySlug(ctx, regionSlug)
	switch {
	case directory.ErrorCode(err) == directory.ENOTFOUND:
		r = directory.Region{ID: RegionID(regionSlug), Slug: regionSlug, Name: "Testregion " + regionSlug, DefaultLang: "de", Languages: DemoLanguages, Demo: true}
		if err := s.CreateRegion(ctx, audit.System, &r); err != nil {
			return fmt.Errorf("seed: synthetic: create region: %w", err)
		}
	case err != nil:
		return fmt.Errorf("seed: synthetic: %w", err)
	}
	g, err := newGenerator(ctx, s, r)
	if err != nil {
		return fmt.Errorf("seed: synthetic: %w", err)
	}
	for done := 0; done < n; {
		size := min(syntheticBatch, n-done)
		batch := make([]directory.Service, size)
		for i := range batch {
			batch[i] = g.offer()
		}
		if err := s.InsertServicesBulk(ctx, audit.System, r.ID, batch); err != nil {
			return fmt.Errorf("seed: synthetic: %w", err)
		}
		done += size
		if progress != nil {
			progress(done)
		}
	}
	return nil
}

// genOrg is a synthetic organisation with its locations.
type genOrg struct {
	id, name string
	locs     []string // location ids
}

// generator makes synthetic offers for one region.
type generator struct {
	regionID string
	rng      *rand.Rand
	next     int    // index of the next offer, for its id
	prefix   string // first group of the region's synthetic ids
	towns    []directory.Town
	terms    map[string]string // "taxonomy:code" → id
	groups   []string          // target group codes
	orgs     []genOrg
	locs     []string            // all synthetic location ids
	locTown  map[string]string   // location id → town slug
	district map[string][]string // town slug → districts
}

func newGenerator(ctx context.Context, s *store.Store, r directory.Region) (*generator, error) {
	g := &generator{regionID: r.ID, terms: map[string]string{}, locTown: map[string]string{}, district: map[string][]string{},
		prefix: directory.DerivedID(r.ID, "synthetic")[:8]}
	towns, err := s.Towns(ctx, r.ID, false)
	if err != nil {
		return nil, err
	}
	if len(towns) == 0 {
		byslug, err := saveTownsOf(ctx, s, r.ID)
		if err != nil {
			return nil, err
		}
		for _, t := range demoTowns {
			towns = append(towns, byslug[directory.Slugify(t.Name)])
		}
	}
	g.towns = towns
	for _, t := range towns {
		g.district[t.Slug] = townBySlug(t.Slug).Districts
		if len(g.district[t.Slug]) == 0 {
			g.district[t.Slug] = []string{t.Name}
		}
	}
	if err := loadTermIDs(ctx, s, r.ID, g.terms, directory.TaxNeeds, directory.TaxTargetGroups, directory.TaxAccess, directory.TaxAccessible); err != nil {
		return nil, err
	}
	if _, ok := g.terms[directory.TaxNeeds+":"+demoNeeds[0].Code]; !ok {
		if err := saveTermsOf(ctx, s, r.ID, g.terms); err != nil {
			return nil, err
		}
	}
	for _, t := range demoGroups {
		if _, ok := g.terms[directory.TaxTargetGroups+":"+t.Code]; ok {
			g.groups = append(g.groups, t.Code)
		}
	}
	if err := g.ensureOrgs(ctx, s); err != nil {
		return nil, err
	}
	// Continue numbering after the offers the region has, so that a
	// second run adds new offers instead of colliding with the first.
	_, total, err := s.Services(ctx, r.ID, store.ListFilter{Archived: store.AllRecords, Limit: 1})
	if err != nil {
		return nil, err
	}
	g.next = total
	g.rng = rand.New(rand.NewPCG(uint64(total), 0x5eed))
	return g, nil
}

// ensureOrgs creates the synthetic organisations and locations, unless
// an earlier run did. Their ids and content are derived from their index,
// so the generator knows them without reading them back.
func (g *generator) ensureOrgs(ctx context.Context, s *store.Store) error {
	rng := rand.New(rand.NewPCG(1, 2))
	var orgs []directory.Organization
	var locs []directory.Location
	for i := range syntheticOrgs {
		t := g.towns[i%len(g.towns)]
		pat := orgPatterns[rng.IntN(len(orgPatterns))]
		name := strings.NewReplacer("{town}", t.Name, "{district}", g.pickDistrict(rng, t.Slug), "{adj}", orgAdjectives[rng.IntN(len(orgAdjectives))],
			"{office}", adminOffices[rng.IntN(len(adminOffices))]).Replace(pat.Pattern)
		o := directory.Organization{ID: directory.DerivedID(g.regionID, fmt.Sprintf("synthetic:org:%d", i)), RegionID: g.regionID, Name: name, Type: pat.Type,
			Description: name + " ist in " + t.Name + " aktiv und bietet Beratung, Begegnung und Unterstützung im Alltag an. " +
				"Die Angaben sind für Last- und Leistungstests erzeugt.",
			Email: fmt.Sprintf("kontakt%d@synthetic.example.org", i), Website: fmt.Sprintf("https://org%d.synthetic.example.org", i)}
		orgs = append(orgs, o)
		gorg := genOrg{id: o.ID, name: name}
		for j := range 1 + rng.IntN(3) {
			lt := t
			if j > 0 {
				lt = g.towns[rng.IntN(len(g.towns))]
			}
			id := directory.DerivedID(g.regionID, fmt.Sprintf("synthetic:location:%d:%d", i, j))
			dy, dx := rng.Float64()*2-1, rng.Float64()*2-1
			lat, lon := lt.Latitude+dy*0.012, lt.Longitude+dx*0.018
			l := directory.Location{ID: id, RegionID: g.regionID, OrganizationID: o.ID, Type: directory.LocationPhysical,
				Name: locationKinds[rng.IntN(len(locationKinds))] + " " + g.pickDistrict(rng, lt.Slug), Latitude: &lat, Longitude: &lon, TownID: lt.ID,
				Addresses: []directory.Address{{ID: directory.DerivedID(id, "address"), Address1: street(id), City: lt.Name,
					PostalCode: lt.PostalCodes[rng.IntN(len(lt.PostalCodes))], Country: "DE"}}}
			if rng.IntN(3) > 0 {
				l.FeatureTermIDs = []string{g.terms[directory.TaxAccessible+":"+directory.FeatureStepFree]}
			}
			locs = append(locs, l)
			gorg.locs = append(gorg.locs, id)
			g.locs = append(g.locs, id)
			g.locTown[id] = lt.Slug
		}
		g.orgs = append(g.orgs, gorg)
	}
	// The last location is saved last: if it exists, an earlier run
	// finished creating all of them.
	if _, err := s.Location(ctx, g.regionID, locs[len(locs)-1].ID); err == nil {
		return nil
	}
	for i := range orgs {
		if err := s.SaveOrganization(ctx, audit.System, &orgs[i]); err != nil {
			return fmt.Errorf("organisation %s: %w", orgs[i].Name, err)
		}
	}
	for i := range locs {
		if err := s.SaveLocation(ctx, audit.System, &locs[i]); err != nil {
			return fmt.Errorf("location %s: %w", locs[i].Name, err)
		}
	}
	return nil
}

func (g *generator) pickDistrict(rng *rand.Rand, slug string) string {
	d := g.district[slug]
	return d[rng.IntN(len(d))]
}

func pickOne[T any](rng *rand.Rand, xs []T) T { return xs[rng.IntN(len(xs))] }

// Kinds of records with sequential ids.
const (
	seqService = iota
	seqLanguage
	seqSchedule
	seqCost
	seqServiceAtLocation
)

// seqID returns the id of the n-th synthetic record of a kind: a valid
// UUID (in the layout of version 7) whose text sorts by n. Random ids
// scatter 100,000 offers and their children over every page of every
// index; ids in insertion order append to them instead, which makes the
// bulk load several times faster. The prefix keeps regions apart.
func (g *generator) seqID(kind, n int) string {
	return fmt.Sprintf("%s-0000-7000-%04x-%012x", g.prefix, 0x8000|kind, n)
}

// offer returns the next synthetic offer.
func (g *generator) offer() directory.Service {
	rng := g.rng
	n := g.next
	id := g.seqID(seqService, n)
	g.next++
	o := g.orgs[rng.IntN(len(g.orgs))]
	tp := topics[rng.IntN(len(topics))]

	// Locations: one of the organisation's own, sometimes more elsewhere.
	locIDs := []string{pickOne(rng, o.locs)}
	for range rng.IntN(3) {
		locIDs = append(locIDs, pickOne(rng, g.locs))
	}
	townSlug := g.locTown[locIDs[0]]
	var townName string
	for _, t := range g.towns {
		if t.Slug == townSlug {
			townName = t.Name
		}
	}
	placeName := townName
	if rng.IntN(2) == 0 {
		placeName = pickOne(rng, g.district[townSlug])
	}
	fill := strings.NewReplacer("{place}", placeName, "{town}", townName, "{org}", o.name)

	// Languages: German mostly, plus up to three others.
	var langs []directory.Language
	seen := map[string]bool{}
	addLang := func(code string) {
		if !seen[code] {
			seen[code] = true
			langs = append(langs, directory.Language{Code: code})
		}
	}
	if rng.IntN(10) < 8 {
		addLang("de")
	}
	for range rng.IntN(4) {
		addLang(pickOne(rng, syntheticLanguages))
	}
	if len(langs) == 0 {
		addLang(pickOne(rng, syntheticLanguages))
	}

	// Terms: the topic's need, maybe a related one, target groups, access.
	codes := []string{directory.TaxNeeds + ":" + tp.Need}
	if rng.IntN(2) == 0 {
		codes = append(codes, directory.TaxNeeds+":"+pickOne(rng, tp.Extra))
	}
	codes = append(codes, directory.TaxTargetGroups+":"+pickOne(rng, tp.Groups))
	if rng.IntN(3) == 0 && len(g.groups) > 0 {
		codes = append(codes, directory.TaxTargetGroups+":"+pickOne(rng, g.groups))
	}
	access := []string{directory.AccessWalkIn, directory.AccessAppointment, directory.AccessPhone, directory.AccessOnline, directory.AccessHomeVisit}
	codes = append(codes, directory.TaxAccess+":"+pickOne(rng, access))
	var termIDs []string
	for _, c := range codes {
		if id, ok := g.terms[c]; ok {
			termIDs = append(termIDs, id)
		}
	}

	// Description: topic sentences, then general ones and the languages.
	var d strings.Builder
	for i, idx := range rng.Perm(len(tp.Sentences))[:2+rng.IntN(2)] {
		if i > 0 {
			d.WriteByte(' ')
		}
		d.WriteString(tp.Sentences[idx])
	}
	d.WriteString("\n\n")
	for i, idx := range rng.Perm(len(generalSentences))[:1+rng.IntN(3)] {
		if i > 0 {
			d.WriteByte(' ')
		}
		d.WriteString(generalSentences[idx])
	}
	if len(langs) > 1 || langs[0].Code != "de" {
		d.WriteString(" Das Angebot gibt es auch auf " + languageList(codesOf(langs)) + ".")
	}

	sv := directory.Service{ID: id, RegionID: g.regionID, OrganizationID: o.id, Name: fill.Replace(pickOne(rng, tp.Names)),
		Summary: fill.Replace(pickOne(rng, tp.Summaries)), Description: fill.Replace(d.String()), ApplicationProcess: pickOne(rng, applyTexts),
		TermIDs: termIDs, Languages: langs, AssuredDate: fmt.Sprintf("2025-%02d-%02d", 1+rng.IntN(12), 1+rng.IntN(28))}
	for j, l := range locIDs {
		if !slices.Contains(locIDs[:j], l) {
			sv.Locations = append(sv.Locations, directory.ServiceAtLocation{ID: g.seqID(seqServiceAtLocation, n*8+j), LocationID: l})
		}
	}
	for j := range sv.Languages {
		sv.Languages[j].ID = g.seqID(seqLanguage, n*8+j)
	}
	if rng.IntN(5) == 0 {
		fee := float64(2 + rng.IntN(20))
		sv.FeesDescription = fmt.Sprintf("%.0f Euro pro Termin", fee)
		sv.CostOptions = []directory.CostOption{{ID: g.seqID(seqCost, n), Option: "Gebühr", Amount: &fee, Currency: "EUR", AmountDescription: sv.FeesDescription}}
	} else {
		zero := 0.0
		sv.CostOptions = []directory.CostOption{{ID: g.seqID(seqCost, n), Option: "kostenlos", Amount: &zero, Currency: "EUR"}}
	}
	if rng.IntN(50) == 0 {
		sv.Status = directory.StatusTemporarilyClosed
	}
	hours, _ := parseHours(pickOne(rng, hourPatterns))
	for j := range hours {
		hours[j].ID = g.seqID(seqSchedule, n*8+j)
	}
	sv.Schedules = hours
	return sv
}

func codesOf(langs []directory.Language) []string {
	out := make([]string, len(langs))
	for i, l := range langs {
		out[i] = l.Code
	}
	return out
}
