package store_test

import "github.com/lotse/lotse/internal/store"

func TermFilterAll() store.TermFilter    { return store.TermFilter{} }
func store_ListFilter() store.ListFilter { return store.ListFilter{} }
