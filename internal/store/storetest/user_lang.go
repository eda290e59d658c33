package storetest

import (
	"testing"
	"time"

	"github.com/lotse/lotse/internal/auth"
	"github.com/lotse/lotse/internal/directory"
)

// testUserLang checks the interface language a user chooses: stored,
// returned with the user and with the session, changed only within the
// user's region, and not a log entry.
func testUserLang(t *testing.T, open Opener) {
	f := setup(t, open)
	u := f.createUser("ayse@kreis-re.example", auth.RoleStaff)
	if u.Lang != "" {
		t.Errorf("a new user has language %q, want none", u.Lang)
	}
	hash := f.session(u.ID, start)
	m := f.mark()
	if err := f.s.SetUserLang(f.ctx, f.r.ID, u.ID, "ar"); err != nil {
		t.Fatal(err)
	}
	f.unchanged("choosing a language", m)
	got, err := f.s.User(f.ctx, f.r.ID, u.ID)
	if err != nil || got.Lang != "ar" {
		t.Errorf("User after SetUserLang: %q, %v; want ar", got.Lang, err)
	}
	if byEmail, err := f.s.UserByEmail(f.ctx, u.Email); err != nil || byEmail.Lang != "ar" {
		t.Errorf("UserByEmail: %q, %v; want ar", byEmail.Lang, err)
	}
	if _, su, err := f.s.SessionUser(f.ctx, hash, start.Add(time.Minute)); err != nil || su.Lang != "ar" {
		t.Errorf("SessionUser: %q, %v; want ar", su.Lang, err)
	}
	if users, err := f.s.Users(f.ctx, f.r.ID); err != nil || len(users) != 1 || users[0].Lang != "ar" {
		t.Errorf("Users: %+v, %v", users, err)
	}
	if err := f.s.SetUserLang(f.ctx, f.r.ID, u.ID, ""); err != nil {
		t.Fatal(err)
	}
	if got, _ := f.s.User(f.ctx, f.r.ID, u.ID); got.Lang != "" {
		t.Errorf("after clearing: %q", got.Lang)
	}

	other := f.region("stadt-b")
	for name, tc := range map[string]struct {
		region, user, lang, code string
	}{
		"another region's user": {other.r.ID, u.ID, "tr", directory.ENOTFOUND},
		"unknown user":          {f.r.ID, directory.NewID(), "tr", directory.ENOTFOUND},
		"malformed user id":     {f.r.ID, "1; DROP TABLE users", "tr", directory.ENOTFOUND},
		"not a language code":   {f.r.ID, u.ID, "AR<script>", directory.EINVALID},
	} {
		wantCode(t, name, f.s.SetUserLang(f.ctx, tc.region, tc.user, tc.lang), tc.code)
	}
	if got, _ := f.s.User(f.ctx, f.r.ID, u.ID); got.Lang != "" {
		t.Errorf("a refused change set the language to %q", got.Lang)
	}
}
