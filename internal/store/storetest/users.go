package storetest

import (
	"strings"
	"testing"
	"time"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/auth"
	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/store"
)

const password = "korrektes Pferd Batterie"

func (f *fx) createUser(email, role string) auth.User {
	f.t.Helper()
	u := auth.User{RegionID: f.r.ID, Email: email, Name: "Name von " + email, Role: role}
	if err := f.s.CreateUser(f.ctx, f.actor, &u, password); err != nil {
		f.t.Fatalf("create user %s: %v", email, err)
	}
	return u
}

// session stores a session of user that began at t0 and returns its token hash.
func (f *fx) session(userID string, t0 time.Time) string {
	f.t.Helper()
	_, hash := auth.NewToken()
	if err := f.s.CreateSession(f.ctx, auth.Session{TokenHash: hash, UserID: userID, CreatedAt: t0, ExpiresAt: t0.Add(auth.MaxAge), LastSeenAt: t0}); err != nil {
		f.t.Fatalf("create session: %v", err)
	}
	return hash
}

// live reports whether the session with hash is usable at now.
func (f *fx) live(hash string, now time.Time) bool {
	f.t.Helper()
	_, _, err := f.s.SessionUser(f.ctx, hash, now)
	switch directory.ErrorCode(err) {
	case "":
		return true
	case directory.ENOTFOUND:
		return false
	}
	f.t.Fatalf("SessionUser: %v", err)
	return false
}

func verify(t *testing.T, hash, pw string) bool {
	t.Helper()
	ok, err := auth.VerifyPassword(hash, pw)
	if err != nil {
		t.Fatalf("VerifyPassword: %v", err)
	}
	return ok
}

// withoutHash is a user as the audit log shows it.
func withoutHash(u auth.User) auth.User {
	u.PasswordHash = ""
	return u
}

func testUsers(t *testing.T, open Opener) {
	f := setup(t, open)
	u := auth.User{RegionID: f.r.ID, Email: " Ayse.Yilmaz@Kreis-RE.example ", Name: " Ayşe Yılmaz ", Role: auth.RoleStaff}
	if err := f.s.CreateUser(f.ctx, f.actor, &u, password); err != nil {
		t.Fatal(err)
	}
	if u.Email != "ayse.yilmaz@kreis-re.example" || u.Name != "Ayşe Yılmaz" || !directory.ValidID(u.ID) || !u.CreatedAt.Equal(f.clock.Stored()) {
		t.Errorf("created user = %+v: want e-mail in lower case, name trimmed, an id, created now", u)
	}
	got, err := f.s.User(f.ctx, f.r.ID, u.ID)
	if err != nil {
		t.Fatal(err)
	}
	check(t, "User", got, u)
	byEmail, err := f.s.UserByEmail(f.ctx, " AYSE.YILMAZ@kreis-re.example")
	if err != nil {
		t.Fatal(err)
	}
	check(t, "UserByEmail", byEmail, u)
	if !verify(t, got.PasswordHash, password) || verify(t, got.PasswordHash, password+"!") {
		t.Errorf("stored hash does not check the password")
	}
	if e := f.lastAudit(); e.EntityType != audit.EntityUser || e.Action != audit.ActionCreate || strings.Contains(e.After, "argon2") || !sameJSON(e.After, withoutHash(u)) {
		t.Errorf("audit entry for the new user = %+v: want the user without the hash", e)
	}
	admin := f.createUser("admin@kreis-re.example", auth.RoleAdmin)
	list, err := f.s.Users(f.ctx, f.r.ID)
	if err != nil {
		t.Fatal(err)
	}
	check(t, "Users by e-mail", ids(list, func(u auth.User) string { return u.ID }), []string{admin.ID, u.ID})

	// Refused users leave no trace.
	m := f.mark()
	other := f.region("other")
	om := other.mark()
	for _, tc := range []struct {
		name     string
		region   string
		email    string
		role     string
		password string
		field    string
	}{
		{"e-mail in use", f.r.ID, "ayse.yilmaz@kreis-re.example", auth.RoleStaff, password, "email"},
		{"e-mail in use, other case", f.r.ID, "AYSE.Yilmaz@kreis-re.example", auth.RoleStaff, password, "email"},
		{"e-mail in use in another region", other.r.ID, "ayse.yilmaz@kreis-re.example", auth.RoleStaff, password, "email"},
		{"short password", f.r.ID, "neu@kreis-re.example", auth.RoleStaff, "kurz", "password"},
		{"bad e-mail", f.r.ID, "neu at kreis-re", auth.RoleStaff, password, "email"},
		{"unknown role", f.r.ID, "neu@kreis-re.example", "root", password, "role"},
	} {
		nu := auth.User{RegionID: tc.region, Email: tc.email, Role: tc.role}
		wantField(t, tc.name, f.s.CreateUser(f.ctx, f.actor, &nu, tc.password), tc.field)
	}
	nu := auth.User{RegionID: directory.NewID(), Email: "neu@kreis-re.example", Role: auth.RoleStaff}
	wantCode(t, "user of an unknown region", f.s.CreateUser(f.ctx, f.actor, &nu, password), directory.ENOTFOUND)
	f.unchanged("refused users", m)
	other.unchanged("refused users", om)

	t.Run("password", func(t *testing.T) {
		f := f.sub(t)
		hash := f.session(u.ID, start)
		adminHash := f.session(admin.ID, start)
		m := f.mark()
		wantField(t, "short new password", f.s.SetPassword(f.ctx, f.actor, f.r.ID, u.ID, "kurz"), "password")
		f.unchanged("refused password", m)
		wantCode(t, "password of an unknown user", f.s.SetPassword(f.ctx, f.actor, f.r.ID, directory.NewID(), password), directory.ENOTFOUND)
		const newPassword = "ein ganz neues Passwort"
		if err := f.s.SetPassword(f.ctx, f.actor, f.r.ID, u.ID, newPassword); err != nil {
			t.Fatal(err)
		}
		got, _ := f.s.User(f.ctx, f.r.ID, u.ID)
		if !verify(t, got.PasswordHash, newPassword) || verify(t, got.PasswordHash, password) {
			t.Errorf("after SetPassword the new password does not check, or the old one still does")
		}
		if f.live(hash, start.Add(time.Minute)) || !f.live(adminHash, start.Add(time.Minute)) {
			t.Errorf("SetPassword must end the user's sessions and only theirs")
		}
		if e := f.lastAudit(); e.EntityID != u.ID || e.Action != audit.ActionUpdate || strings.Contains(e.Before+e.After, "argon2") {
			t.Errorf("audit entry for SetPassword = %+v", e)
		}
	})

	t.Run("disable ends sessions", func(t *testing.T) {
		f := f.sub(t)
		hash := f.session(u.ID, start)
		adminHash := f.session(admin.ID, start)
		now := start.Add(time.Minute)
		if !f.live(hash, now) {
			t.Fatal("new session is not live")
		}
		f.clock.Advance(time.Hour)
		before, _ := f.s.User(f.ctx, f.r.ID, u.ID)
		if err := f.s.SetUserDisabled(f.ctx, f.actor, f.r.ID, u.ID, true); err != nil {
			t.Fatal(err)
		}
		got, _ := f.s.User(f.ctx, f.r.ID, u.ID)
		if got.DisabledAt == nil || !got.DisabledAt.Equal(f.clock.Stored()) {
			t.Errorf("disabled user = %+v, want disabled now", got)
		}
		if f.live(hash, now) || !f.live(adminHash, now) {
			t.Errorf("disabling must end the user's sessions and only theirs")
		}
		e := f.lastAudit()
		if e.Action != audit.ActionArchive || !sameJSON(e.Before, withoutHash(before)) || !sameJSON(e.After, withoutHash(got)) {
			t.Errorf("audit entry for disabling = %+v", e)
		}
		if err := f.s.SetUserDisabled(f.ctx, f.actor, f.r.ID, u.ID, false); err != nil {
			t.Fatal(err)
		}
		if got, _ := f.s.User(f.ctx, f.r.ID, u.ID); got.DisabledAt != nil {
			t.Errorf("enabled user = %+v", got)
		}
		if f.live(hash, now) {
			t.Errorf("a session ended by disabling came back when the user was enabled")
		}
		if e := f.lastAudit(); e.Action != audit.ActionRestore || e.EntityID != u.ID {
			t.Errorf("audit entry for enabling = %+v", e)
		}
		wantCode(t, "disabling an unknown user", f.s.SetUserDisabled(f.ctx, f.actor, f.r.ID, directory.NewID(), true), directory.ENOTFOUND)
	})

	_, err = f.s.User(f.ctx, f.r.ID, directory.NewID())
	wantCode(t, "unknown user", err, directory.ENOTFOUND)
	_, err = f.s.UserByEmail(f.ctx, "niemand@kreis-re.example")
	wantCode(t, "unknown e-mail", err, directory.ENOTFOUND)
}

func testSessions(t *testing.T, open Opener) {
	f := setup(t, open)
	u := f.createUser("ayse@kreis-re.example", auth.RoleStaff)
	t0 := time.Date(2025, 3, 10, 9, 0, 0, 0, directory.Berlin)
	sess := auth.Session{TokenHash: auth.HashToken("token"), UserID: u.ID, CreatedAt: t0, ExpiresAt: t0.Add(auth.MaxAge), LastSeenAt: t0}
	if err := f.s.CreateSession(f.ctx, sess); err != nil {
		t.Fatal(err)
	}
	gotSess, gotUser, err := f.s.SessionUser(f.ctx, sess.TokenHash, t0.Add(time.Minute))
	if err != nil {
		t.Fatal(err)
	}
	check(t, "session", gotSess, auth.Session{TokenHash: sess.TokenHash, UserID: u.ID, CreatedAt: t0.UTC(), ExpiresAt: t0.Add(auth.MaxAge).UTC(), LastSeenAt: t0.UTC()})
	if gotUser.ID != u.ID || gotUser.Email != u.Email || gotUser.LastLoginAt == nil || !gotUser.LastLoginAt.Equal(t0) {
		t.Errorf("session user = %+v: want %s, last login at %v", gotUser, u.ID, t0)
	}

	for _, tc := range []struct {
		name string
		at   time.Duration
		live bool
	}{
		{"just before the idle timeout", auth.IdleTimeout - time.Second, true},
		{"at the idle timeout", auth.IdleTimeout, false},
	} {
		if got := f.live(sess.TokenHash, t0.Add(tc.at)); got != tc.live {
			t.Errorf("%s: live = %v, want %v", tc.name, got, tc.live)
		}
	}
	// Use keeps a session alive, up to its maximum age.
	for at := time.Hour; at < auth.MaxAge; at += time.Hour {
		if err := f.s.TouchSession(f.ctx, sess.TokenHash, t0.Add(at)); err != nil {
			t.Fatal(err)
		}
	}
	if s, _, err := f.s.SessionUser(f.ctx, sess.TokenHash, t0.Add(auth.MaxAge-time.Second)); err != nil || !s.LastSeenAt.Equal(t0.Add(auth.MaxAge-time.Hour)) {
		t.Errorf("touched session = %+v, %v; want live, last seen at the last touch", s, err)
	}
	if f.live(sess.TokenHash, t0.Add(auth.MaxAge)) {
		t.Errorf("session is live at its maximum age")
	}
	if err := f.s.DeleteSession(f.ctx, sess.TokenHash); err != nil {
		t.Fatal(err)
	}
	if f.live(sess.TokenHash, t0.Add(time.Hour)) {
		t.Errorf("deleted session is live")
	}
	if f.live(auth.HashToken("unknown"), t0) {
		t.Errorf("unknown token is live")
	}

	now := t0.Add(24 * time.Hour)
	live := auth.Session{TokenHash: auth.HashToken("live"), UserID: u.ID, CreatedAt: now.Add(-time.Hour), ExpiresAt: now.Add(11 * time.Hour), LastSeenAt: now.Add(-time.Minute)}
	idle := auth.Session{TokenHash: auth.HashToken("idle"), UserID: u.ID, CreatedAt: now.Add(-3 * time.Hour), ExpiresAt: now.Add(9 * time.Hour), LastSeenAt: now.Add(-auth.IdleTimeout)}
	expired := auth.Session{TokenHash: auth.HashToken("expired"), UserID: u.ID, CreatedAt: now.Add(-auth.MaxAge), ExpiresAt: now, LastSeenAt: now.Add(-time.Minute)}
	for _, s := range []auth.Session{live, idle, expired} {
		if err := f.s.CreateSession(f.ctx, s); err != nil {
			t.Fatal(err)
		}
	}
	if n, err := f.s.DeleteExpiredSessions(f.ctx, now); err != nil || n != 2 {
		t.Errorf("DeleteExpiredSessions = %d, %v; want 2 (idle and expired)", n, err)
	}
	if n, err := f.s.DeleteExpiredSessions(f.ctx, now); err != nil || n != 0 {
		t.Errorf("DeleteExpiredSessions again = %d, %v; want 0", n, err)
	}
	if !f.live(live.TokenHash, now) {
		t.Errorf("DeleteExpiredSessions removed a live session")
	}
}

func testPages(t *testing.T, open Opener) {
	f := setup(t, open)
	pages, err := f.s.Pages(f.ctx, f.r.ID, store.Current)
	if err != nil {
		t.Fatal(err)
	}
	check(t, "pages of a new region", ids(pages, func(p directory.Page) string { return p.Slug }), []string{directory.PagePrivacy, directory.PageImprint})

	p := directory.Page{RegionID: f.r.ID, Slug: " leichte-sprache ", Title: " Leichte Sprache ", Body: "Hier steht alles.\n\nIn Leichter Sprache.\n"}
	if err := f.s.SavePage(f.ctx, f.actor, &p); err != nil {
		t.Fatal(err)
	}
	want := directory.Page{ID: p.ID, RegionID: f.r.ID, Slug: "leichte-sprache", Title: "Leichte Sprache", Body: "Hier steht alles.\n\nIn Leichter Sprache.\n",
		Ver: 1, UpdatedAt: f.clock.Stored()}
	check(t, "saved page", p, want)
	for name, get := range map[string]func() (directory.Page, error){
		"Page":       func() (directory.Page, error) { return f.s.Page(f.ctx, f.r.ID, p.ID) },
		"PageBySlug": func() (directory.Page, error) { return f.s.PageBySlug(f.ctx, f.r.ID, "leichte-sprache") },
	} {
		got, err := get()
		if err != nil {
			t.Errorf("%s: %v", name, err)
		}
		check(t, name, got, want)
	}
	f.clock.Advance(time.Minute)
	p.Body = "Neuer Text."
	if err := f.s.SavePage(f.ctx, f.actor, &p); err != nil {
		t.Fatal(err)
	}
	if p.Ver != 2 || p.Body != "Neuer Text." || !p.UpdatedAt.Equal(f.clock.Stored()) {
		t.Errorf("updated page = %+v", p)
	}
	imprint, _ := f.s.PageBySlug(f.ctx, f.r.ID, directory.PageImprint)
	imprint.Body = "Kreis Recklinghausen, Kurt-Schumacher-Allee 1"
	if err := f.s.SavePage(f.ctx, f.actor, &imprint); err != nil {
		t.Errorf("editing the imprint: %v", err)
	}

	m := f.mark()
	dup := directory.Page{RegionID: f.r.ID, Slug: directory.PageImprint, Title: "Noch ein Impressum", Body: "x"}
	wantField(t, "new page with a taken slug", f.s.SavePage(f.ctx, f.actor, &dup), "slug")
	moved := p
	moved.Slug = directory.PagePrivacy
	wantField(t, "page moved to a taken slug", f.s.SavePage(f.ctx, f.actor, &moved), "slug")
	f.unchanged("refused pages", m)

	if err := f.s.ArchivePage(f.ctx, f.actor, f.r.ID, p.ID); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		archived store.Archived
		want     int
	}{{store.Current, 2}, {store.ArchivedOnly, 1}, {store.AllRecords, 3}} {
		if pages, err := f.s.Pages(f.ctx, f.r.ID, tc.archived); err != nil || len(pages) != tc.want {
			t.Errorf("Pages(%v) = %d pages, %v; want %d", tc.archived, len(pages), err, tc.want)
		}
	}
	if err := f.s.RestorePage(f.ctx, f.actor, f.r.ID, p.ID); err != nil {
		t.Fatal(err)
	}
	if got, _ := f.s.Page(f.ctx, f.r.ID, p.ID); got.ArchivedAt != nil || got.Ver != 4 {
		t.Errorf("restored page = %+v, want version 4 and not archived", got)
	}
	_, err = f.s.Page(f.ctx, f.r.ID, directory.NewID())
	wantCode(t, "unknown page", err, directory.ENOTFOUND)
	_, err = f.s.PageBySlug(f.ctx, f.r.ID, "gibt-es-nicht")
	wantCode(t, "unknown page slug", err, directory.ENOTFOUND)
}
