package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/auth"
	"github.com/lotse/lotse/internal/directory"
)

const userColumns = `id, region_id, email, name, role, password_hash, disabled_at, last_login_at, created_at, updated_at, lang`

func scanUser(sc interface{ Scan(...any) error }) (auth.User, error) {
	var u auth.User
	err := sc.Scan(&u.ID, &u.RegionID, &u.Email, &u.Name, &u.Role, &u.PasswordHash, optTime{&u.DisabledAt}, optTime{&u.LastLoginAt},
		utcTime{&u.CreatedAt}, utcTime{&u.UpdatedAt}, &u.Lang)
	return u, err
}

// userForLog leaves the password hash out of the audit log.
func userForLog(u auth.User) auth.User {
	u.PasswordHash = ""
	return u
}

// CreateUser stores a new back-office user with the given password.
func (s *Store) CreateUser(ctx context.Context, actor audit.Actor, u *auth.User, password string) error {
	u.Email = strings.ToLower(strings.TrimSpace(u.Email))
	u.Name = strings.TrimSpace(u.Name)
	if u.ID == "" {
		u.ID = directory.NewID()
	}
	if err := u.Validate(); err != nil {
		return err
	}
	if err := auth.CheckPassword(password); err != nil {
		return err
	}
	u.PasswordHash = auth.HashPassword(password)
	now := s.now()
	u.CreatedAt, u.UpdatedAt = now, now
	return s.tx(ctx, func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM users WHERE email = $1`, u.Email).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return &directory.Error{Code: directory.EINVALID, Key: "error.invalid", Message: "e-mail address in use", Fields: map[string]string{"email": "error.email_taken"}}
		}
		if err := checkRegion(ctx, tx, u.RegionID); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO users (`+userColumns+`) VALUES ($1, $2, $3, $4, $5, $6, NULL, NULL, $7, $8, $9)`,
			u.ID, u.RegionID, u.Email, u.Name, u.Role, u.PasswordHash, now, now, u.Lang); err != nil {
			return fmt.Errorf("store: create user: %w", err)
		}
		return s.logChange(ctx, tx, u.RegionID, actor, audit.ActionCreate, audit.EntityUser, u.ID, u.Email, nil, userForLog(*u))
	})
}

func checkRegion(ctx context.Context, q queryer, regionID string) error {
	var n int
	if err := q.QueryRowContext(ctx, `SELECT count(*) FROM regions WHERE id = $1`, regionID).Scan(&n); err != nil {
		return err
	}
	if n == 0 {
		return directory.NotFound("region")
	}
	return nil
}

// UserByEmail returns the user with the given e-mail address, in any region.
func (s *Store) UserByEmail(ctx context.Context, email string) (auth.User, error) {
	u, err := scanUser(s.rq.QueryRowContext(ctx, `SELECT `+userColumns+` FROM users WHERE email = $1`, strings.ToLower(strings.TrimSpace(email))))
	return u, notFound(err, "user")
}

// User returns a user of a region.
func (s *Store) User(ctx context.Context, regionID, id string) (auth.User, error) {
	if !directory.ValidID(id) {
		return auth.User{}, directory.NotFound("user")
	}
	u, err := scanUser(s.rq.QueryRowContext(ctx, `SELECT `+userColumns+` FROM users WHERE region_id = $1 AND id = $2`, regionID, id))
	return u, notFound(err, "user")
}

// Users returns the users of a region by e-mail address.
func (s *Store) Users(ctx context.Context, regionID string) ([]auth.User, error) {
	rows, err := s.rq.QueryContext(ctx, `SELECT `+userColumns+` FROM users WHERE region_id = $1 ORDER BY email`, regionID)
	if err != nil {
		return nil, fmt.Errorf("store: users: %w", err)
	}
	defer rows.Close()
	var out []auth.User
	for rows.Next() {
		u, err := scanUser(rows)
		if err != nil {
			return nil, fmt.Errorf("store: users: %w", err)
		}
		out = append(out, u)
	}
	return out, rows.Err()
}

// SetPassword replaces a user's password and ends all their sessions.
func (s *Store) SetPassword(ctx context.Context, actor audit.Actor, regionID, userID, password string) error {
	if err := auth.CheckPassword(password); err != nil {
		return err
	}
	hash := auth.HashPassword(password)
	return s.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE users SET password_hash = $1, updated_at = $2 WHERE id = $3 AND region_id = $4`, hash, s.now(), userID, regionID)
		if err != nil {
			return fmt.Errorf("store: set password: %w", err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return directory.NotFound("user")
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM sessions WHERE user_id = $1`, userID); err != nil {
			return err
		}
		return s.logChange(ctx, tx, regionID, actor, audit.ActionUpdate, audit.EntityUser, userID, "password", nil, nil)
	})
}

// SetUserDisabled disables (or enables) a user; disabling ends their sessions.
func (s *Store) SetUserDisabled(ctx context.Context, actor audit.Actor, regionID, userID string, disabled bool) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		before, err := scanUser(tx.QueryRowContext(ctx, `SELECT `+userColumns+` FROM users WHERE region_id = $1 AND id = $2`, regionID, userID))
		if err != nil {
			return notFound(err, "user")
		}
		var at any
		if disabled {
			at = s.now()
		}
		if _, err := tx.ExecContext(ctx, `UPDATE users SET disabled_at = $1, updated_at = $2 WHERE id = $3`, at, s.now(), userID); err != nil {
			return err
		}
		if disabled {
			if _, err := tx.ExecContext(ctx, `DELETE FROM sessions WHERE user_id = $1`, userID); err != nil {
				return err
			}
		}
		after, err := scanUser(tx.QueryRowContext(ctx, `SELECT `+userColumns+` FROM users WHERE id = $1`, userID))
		if err != nil {
			return err
		}
		action := audit.ActionRestore
		if disabled {
			action = audit.ActionArchive
		}
		return s.logChange(ctx, tx, regionID, actor, action, audit.EntityUser, userID, before.Email, userForLog(before), userForLog(after))
	})
}

// SetUserLang stores the back-office interface language a user chose
// ("" to let the browser decide). It is a setting of the user's own
// screen, not a change to anything others see, so it is not logged.
func (s *Store) SetUserLang(ctx context.Context, regionID, userID, lang string) error {
	if lang != "" && !directory.ValidLanguageCode(lang) {
		return &directory.Error{Code: directory.EINVALID, Key: "error.language", Message: "not a language code",
			Fields: map[string]string{"lang": "error.language"}}
	}
	if !directory.ValidID(userID) {
		return directory.NotFound("user")
	}
	res, err := s.w.ExecContext(ctx, `UPDATE users SET lang = $1 WHERE id = $2 AND region_id = $3`, lang, userID, regionID)
	if err != nil {
		return fmt.Errorf("store: set user language: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return directory.NotFound("user")
	}
	return nil
}

// CreateSession stores a new session for a user and notes the sign-in.
func (s *Store) CreateSession(ctx context.Context, sess auth.Session) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `INSERT INTO sessions (token_hash, user_id, created_at, expires_at, last_seen_at) VALUES ($1, $2, $3, $4, $5)`,
			sess.TokenHash, sess.UserID, sess.CreatedAt.UTC(), sess.ExpiresAt.UTC(), sess.LastSeenAt.UTC()); err != nil {
			return fmt.Errorf("store: create session: %w", err)
		}
		_, err := tx.ExecContext(ctx, `UPDATE users SET last_login_at = $1 WHERE id = $2`, sess.CreatedAt.UTC(), sess.UserID)
		return err
	})
}

// SessionUser returns the live session with the token hash and its
// user. Expired sessions, idle ones and those of disabled users are not
// found.
func (s *Store) SessionUser(ctx context.Context, tokenHash string, now time.Time) (auth.Session, auth.User, error) {
	var sess auth.Session
	row := s.rq.QueryRowContext(ctx, `SELECT s.token_hash, s.user_id, s.created_at, s.expires_at, s.last_seen_at, `+prefixColumns(userColumns, "u.")+`
		FROM sessions s JOIN users u ON u.id = s.user_id
		WHERE s.token_hash = $1 AND s.expires_at > $2 AND s.last_seen_at > $3 AND u.disabled_at IS NULL`,
		tokenHash, now.UTC(), now.Add(-auth.IdleTimeout).UTC())
	var u auth.User
	err := row.Scan(&sess.TokenHash, str{&sess.UserID}, utcTime{&sess.CreatedAt}, utcTime{&sess.ExpiresAt}, utcTime{&sess.LastSeenAt},
		&u.ID, &u.RegionID, &u.Email, &u.Name, &u.Role, &u.PasswordHash, optTime{&u.DisabledAt}, optTime{&u.LastLoginAt},
		utcTime{&u.CreatedAt}, utcTime{&u.UpdatedAt}, &u.Lang)
	if err != nil {
		return sess, u, notFound(err, "session")
	}
	return sess, u, nil
}

// TouchSession notes that a session was used now.
func (s *Store) TouchSession(ctx context.Context, tokenHash string, now time.Time) error {
	_, err := s.w.ExecContext(ctx, `UPDATE sessions SET last_seen_at = $1 WHERE token_hash = $2`, now.UTC(), tokenHash)
	return err
}

// DeleteSession ends a session (sign-out).
func (s *Store) DeleteSession(ctx context.Context, tokenHash string) error {
	_, err := s.w.ExecContext(ctx, `DELETE FROM sessions WHERE token_hash = $1`, tokenHash)
	return err
}

// DeleteExpiredSessions removes sessions that can no longer be used and
// returns how many; the server runs it periodically.
func (s *Store) DeleteExpiredSessions(ctx context.Context, now time.Time) (int64, error) {
	res, err := s.w.ExecContext(ctx, `DELETE FROM sessions WHERE expires_at <= $1 OR last_seen_at <= $2`, now.UTC(), now.Add(-auth.IdleTimeout).UTC())
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}
