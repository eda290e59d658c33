package store

import (
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/lotse/lotse/internal/directory"
)

// nullStr maps "" to NULL, for optional references and uuid columns.
func nullStr(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// nullTime maps a nil time to NULL.
func nullTime(t *time.Time) any {
	if t == nil {
		return nil
	}
	return t.UTC().Truncate(time.Microsecond)
}

func nullInt(p *int) any {
	if p == nil {
		return nil
	}
	return int64(*p)
}

func nullFloat(p *float64) any {
	if p == nil {
		return nil
	}
	return *p
}

// str scans a nullable text or uuid column into a string ("" for NULL).
type str struct{ p *string }

func (s str) Scan(v any) error {
	switch x := v.(type) {
	case nil:
		*s.p = ""
	case string:
		*s.p = x
	case []byte:
		*s.p = string(x)
	case [16]byte:
		*s.p = fmt.Sprintf("%x-%x-%x-%x-%x", x[0:4], x[4:6], x[6:8], x[8:10], x[10:])
	default:
		return fmt.Errorf("store: cannot scan %T into string", v)
	}
	return nil
}

// optTime scans a nullable time column into a *time.Time.
type optTime struct{ p **time.Time }

func (o optTime) Scan(v any) error {
	var nt sql.NullTime
	if err := nt.Scan(v); err != nil {
		return err
	}
	if nt.Valid {
		t := nt.Time.UTC()
		*o.p = &t
	} else {
		*o.p = nil
	}
	return nil
}

// optInt scans a nullable integer column into a *int.
type optInt struct{ p **int }

func (o optInt) Scan(v any) error {
	var n sql.NullInt64
	if err := n.Scan(v); err != nil {
		return err
	}
	if n.Valid {
		i := int(n.Int64)
		*o.p = &i
	} else {
		*o.p = nil
	}
	return nil
}

// optFloat scans a nullable number column into a *float64.
type optFloat struct{ p **float64 }

func (o optFloat) Scan(v any) error {
	var n sql.NullFloat64
	if err := n.Scan(v); err != nil {
		return err
	}
	if n.Valid {
		f := n.Float64
		*o.p = &f
	} else {
		*o.p = nil
	}
	return nil
}

// utcTime scans a non-null time column and converts it to UTC.
type utcTime struct{ p *time.Time }

func (u utcTime) Scan(v any) error {
	var nt sql.NullTime
	if err := nt.Scan(v); err != nil {
		return err
	}
	*u.p = nt.Time.UTC()
	return nil
}

var (
	_ sql.Scanner = str{}
	_ sql.Scanner = optTime{}
)

// placeholders returns "$from, $from+1, …" for n parameters.
func placeholders(from, n int) string {
	var b strings.Builder
	for i := range n {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteByte('$')
		b.WriteString(strconv.Itoa(from + i))
	}
	return b.String()
}

// anySlice turns ids into query arguments.
func anySlice(ids []string) []any {
	out := make([]any, len(ids))
	for i, id := range ids {
		out[i] = id
	}
	return out
}

// notFound turns sql.ErrNoRows into a directory not-found error.
func notFound(err error, what string) error {
	if errors.Is(err, sql.ErrNoRows) {
		return directory.NotFound(what)
	}
	return err
}

// splitList and joinList store short lists (postal codes, languages) in
// one text column.
func splitList(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, ",")
}

func joinList(ss []string) string { return strings.Join(ss, ",") }

// prefixColumns qualifies every column of a column list with a table
// alias: "id, name" → "l.id, l.name".
func prefixColumns(cols, prefix string) string {
	parts := strings.Split(cols, ",")
	for i, p := range parts {
		parts[i] = prefix + strings.TrimSpace(p)
	}
	return strings.Join(parts, ", ")
}
