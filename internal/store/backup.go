package store

import (
	"context"
	"errors"
	"fmt"
	"os"
)

// Backup writes a consistent copy of an SQLite database to path (which
// must not exist yet) while the server keeps running, using VACUUM INTO.
// PostgreSQL deployments back up with pg_dump instead.
func (s *Store) Backup(ctx context.Context, path string) error {
	if s.pg {
		return errors.New("store: backup of PostgreSQL: use pg_dump (see README, Operations)")
	}
	if _, err := os.Stat(path); err == nil {
		return fmt.Errorf("store: backup: %s exists already", path)
	}
	if _, err := s.w.ExecContext(ctx, `VACUUM INTO $1`, path); err != nil {
		return fmt.Errorf("store: backup: %w", err)
	}
	return nil
}
