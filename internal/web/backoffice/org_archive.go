package backoffice

import "net/http"

// orgArchive archives an organisation; its offers leave the public site with it.
func (o *Office) orgArchive(w http.ResponseWriter, r *http.Request) {
	o.setArchived(w, r, o.env.Store.ArchiveOrganization, "/admin/organizations", "archived")
}
