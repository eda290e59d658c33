// Package auth holds back-office users, their roles, password hashing
// with argon2id, session tokens and the rate limiter for sign-in.
package auth

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/crypto/argon2"

	"github.com/lotse/lotse/internal/directory"
)

// Roles. Partner roles come with the partner portal.
const (
	RoleAdmin = "admin" // manages users, towns, taxonomies and pages of a region
	RoleStaff = "staff" // keeps the directory
)

// Roles lists the roles in display order.
var Roles = []string{RoleAdmin, RoleStaff}

// User is a person who signs in to the back office of one region.
type User struct {
	ID           string
	RegionID     string
	Email        string
	Name         string
	Role         string
	PasswordHash string
	// Lang is the back-office interface language the user chose; empty
	// when the browser's languages decide.
	Lang        string
	DisabledAt  *time.Time
	LastLoginAt *time.Time
	CreatedAt   time.Time
	UpdatedAt   time.Time
}

// IsAdmin reports whether the user administers the region.
func (u *User) IsAdmin() bool { return u.Role == RoleAdmin }

// Validate checks a user before it is stored.
func (u *User) Validate() error {
	var v directory.Validation
	if !directory.ValidEmail(u.Email) {
		v.Add("email", "error.email")
	}
	if u.Role != RoleAdmin && u.Role != RoleStaff {
		v.Add("role", "error.choice")
	}
	if utf8.RuneCountInString(u.Name) > directory.MaxName {
		v.Add("name", "error.too_long")
	}
	if !directory.ValidID(u.RegionID) {
		v.Add("region", "error.reference")
	}
	return v.Err()
}

// MinPasswordLength follows BSI and NIST advice: length over complexity.
const MinPasswordLength = 12

// CheckPassword returns an EINVALID error when a new password is too weak.
func CheckPassword(pw string) error {
	var v directory.Validation
	n := utf8.RuneCountInString(pw)
	switch {
	case n < MinPasswordLength:
		v.Add("password", "error.password_short")
	case n > 256:
		v.Add("password", "error.too_long")
	}
	return v.Err()
}

// argon2id parameters: the second configuration RFC 9106 and OWASP
// recommend for memory-constrained hosts (19 MiB, 2 passes, 1 lane).
const (
	argonTime    = 2
	argonMemory  = 19 * 1024
	argonThreads = 1
	argonKeyLen  = 32
	argonSaltLen = 16
)

// HashPassword returns the argon2id hash of pw in PHC string format.
func HashPassword(pw string) string {
	salt := make([]byte, argonSaltLen)
	_, _ = rand.Read(salt)
	key := argon2.IDKey([]byte(pw), salt, argonTime, argonMemory, argonThreads, argonKeyLen)
	b64 := base64.RawStdEncoding
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s", argon2.Version, argonMemory, argonTime, argonThreads,
		b64.EncodeToString(salt), b64.EncodeToString(key))
}

// ErrBadHash is returned for a stored hash Lotse cannot read.
var ErrBadHash = errors.New("auth: unreadable password hash")

// VerifyPassword reports whether pw matches the PHC-format hash, in
// constant time with respect to the key.
func VerifyPassword(hash, pw string) (bool, error) {
	parts := strings.Split(hash, "$")
	if len(parts) != 6 || parts[1] != "argon2id" {
		return false, ErrBadHash
	}
	var version int
	if _, err := fmt.Sscanf(parts[2], "v=%d", &version); err != nil || version != argon2.Version {
		return false, ErrBadHash
	}
	var m uint32
	var t uint32
	var p uint8
	if _, err := fmt.Sscanf(parts[3], "m=%d,t=%d,p=%d", &m, &t, &p); err != nil || m == 0 || t == 0 || p == 0 || m > 1<<22 {
		return false, ErrBadHash
	}
	b64 := base64.RawStdEncoding
	salt, err1 := b64.DecodeString(parts[4])
	key, err2 := b64.DecodeString(parts[5])
	if err1 != nil || err2 != nil || len(key) == 0 {
		return false, ErrBadHash
	}
	got := argon2.IDKey([]byte(pw), salt, t, m, p, uint32(len(key)))
	return subtle.ConstantTimeCompare(got, key) == 1, nil
}

// dummyHash is verified against when the e-mail address is unknown, so
// that the response time does not tell which addresses have accounts.
var dummyHash = HashPassword("lotse-timing-equaliser")

// VerifyDummy spends the time of one password check.
func VerifyDummy(pw string) { _, _ = VerifyPassword(dummyHash, pw) }

// NewToken returns a new session token for the cookie and the hash under
// which the server keeps it: a stolen database does not yield sessions.
func NewToken() (token, hash string) {
	b := make([]byte, 32)
	_, _ = rand.Read(b)
	token = base64.RawURLEncoding.EncodeToString(b)
	return token, HashToken(token)
}

// HashToken returns the stored form of a session token.
func HashToken(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}

// Session is a signed-in browser.
type Session struct {
	TokenHash  string
	UserID     string
	CreatedAt  time.Time
	ExpiresAt  time.Time
	LastSeenAt time.Time
}

// Session lifetimes: idle sessions end after IdleTimeout, all after MaxAge.
const (
	IdleTimeout = 2 * time.Hour
	MaxAge      = 12 * time.Hour
)
