package hsds

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/store"
)

// EnsureRegion makes sure the region an import goes into exists. When it
// does not and path is an export directory of a region with that slug,
// the region is created from index.json with its id, languages and towns,
// so that export → import → export into an empty database round-trips
// (built-in taxonomy ids derive from the region id). It reports whether
// it created the region.
func EnsureRegion(ctx context.Context, s *store.Store, actor audit.Actor, slug, path string) (bool, error) {
	_, err := s.RegionBySlug(ctx, slug)
	if err == nil {
		return false, nil
	}
	if directory.ErrorCode(err) != directory.ENOTFOUND {
		return false, err
	}
	idx, err := readIndex(path)
	if err != nil {
		return false, err
	}
	if idx == nil || idx.Region.Slug != slug {
		return false, fmt.Errorf("hsds: import: no region %q (create it with: lotse region create --slug %s --name …)", slug, slug)
	}
	r := directory.Region{ID: idx.Region.ID, Slug: idx.Region.Slug, Name: idx.Region.Name,
		DefaultLang: idx.Region.DefaultLang, Languages: idx.Region.Languages}
	if err := s.CreateRegion(ctx, actor, &r); err != nil {
		return false, fmt.Errorf("hsds: import: create region from index.json: %w", err)
	}
	for _, t := range idx.Region.Towns {
		town := directory.Town{ID: t.ID, RegionID: r.ID, Name: t.Name, Slug: t.Slug, PostalCodes: t.PostalCodes,
			Latitude: t.Latitude, Longitude: t.Longitude}
		if err := s.SaveTown(ctx, actor, &town); err != nil {
			return true, fmt.Errorf("hsds: import: create town %s from index.json: %w", t.Name, err)
		}
	}
	return true, nil
}

// readIndex reads index.json of an export directory; nil when path is
// not such a directory.
func readIndex(path string) (*Index, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("hsds: import: %w", err)
	}
	if !fi.IsDir() {
		return nil, nil
	}
	b, err := os.ReadFile(filepath.Join(path, fileIndex))
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("hsds: import: %w", err)
	}
	var idx Index
	if err := json.Unmarshal(b, &idx); err != nil {
		return nil, fmt.Errorf("hsds: import: %s: %w", fileIndex, err)
	}
	return &idx, nil
}
