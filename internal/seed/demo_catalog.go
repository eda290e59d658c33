package seed

// demoOrgList returns every demo organisation, parents before children.
func demoOrgList() []org {
	var out []org
	out = append(out, demoOrgs...)
	out = append(out, vhsOrgs()...)
	out = append(out, welfareOrgs...)
	return append(out, moOrgs...)
}

// demoPlaces returns every demo location.
func demoPlaces() []place {
	var out []place
	out = append(out, handPlaces...)
	out = append(out, welfarePlaces...)
	out = append(out, moPlaces...)
	for _, chain := range []func() ([]place, []offer){bipChain, jobcenterChain, vhsChain, mbeChain, seniorChain} {
		p, _ := chain()
		out = append(out, p...)
	}
	return out
}

// demoOffers returns every demo offer.
func demoOffers() []offer {
	var out []offer
	out = append(out, kiOffers...)
	out = append(out, kreisOffers...)
	for _, chain := range []func() ([]place, []offer){bipChain, jobcenterChain, vhsChain, mbeChain, seniorChain} {
		_, o := chain()
		out = append(out, o...)
	}
	out = append(out, spdiChain()...)
	out = append(out, jmdChain()...)
	out = append(out, debtChain()...)
	out = append(out, otherOffers...)
	out = append(out, welfareOffers...)
	return append(out, moOffers...)
}
