// Command lotse runs Lotse: the public directory of help offers, the back
// office and the HSDS API of a Kommunales Integrationszentrum.
//
//	lotse                 serve (creates the database and a demo region on first start)
//	lotse help            list the subcommands and their settings
package main

import (
	"os"

	"github.com/lotse/lotse/internal/app"
)

func main() {
	os.Exit(app.Main(os.Args[1:], os.Getenv, os.Stdin, os.Stdout, os.Stderr))
}
