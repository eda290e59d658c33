package backoffice

import "net/http"

// contactArchive archives a contact.
func (o *Office) contactArchive(w http.ResponseWriter, r *http.Request) {
	o.setArchived(w, r, o.env.Store.ArchiveContact, "/admin/contacts", "archived")
}
