// Package e2e tests Lotse from the outside, as its users meet it: it
// builds the real lotse binary, starts it on a fresh database (SQLite, or
// PostgreSQL when LOTSE_TEST_DB=postgres), and drives it with headless
// Chromium through chromedp. The tests walk the journeys of residents and
// staff, run axe-core on every page type, and fail on any console error,
// failed request or request to another host.
//
// The tests run only when LOTSE_E2E=1 (see README.md); otherwise they
// skip, so that a plain `go test ./...` stays fast.
package e2e
