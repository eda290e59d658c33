package backoffice

import "net/http"

// userEnable enables a disabled account again.
func (o *Office) userEnable(w http.ResponseWriter, r *http.Request) {
	o.setUserDisabled(w, r, false)
}
