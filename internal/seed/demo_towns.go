package seed

// town is one of the ten towns of Kreis Recklinghausen: real name, all
// postal codes and the coordinates of the centre (market place or town
// hall). Districts and the central bus station give the invented
// addresses and directions a local ring.
type town struct {
	Name      string
	Zips      []string
	Lat, Lon  float64
	Districts []string
	Station   string // central stop that directions start from
}

// demoTowns are the towns of Kreis Recklinghausen in alphabetical order.
var demoTowns = []town{
	{"Castrop-Rauxel", []string{"44575", "44577", "44579", "44581"}, 51.5533, 7.3114,
		[]string{"Altstadt", "Habinghorst", "Ickern", "Rauxel", "Schwerin", "Merklinde", "Deininghausen"}, "Busbahnhof Münsterplatz"},
	{"Datteln", []string{"45711"}, 51.6536, 7.3419,
		[]string{"Innenstadt", "Hagem", "Meckinghoven", "Horneburg", "Ahsen"}, "Busbahnhof Datteln"},
	{"Dorsten", []string{"46282", "46284", "46286"}, 51.6607, 6.9650,
		[]string{"Altstadt", "Hervest", "Holsterhausen", "Wulfen", "Barkenberg", "Hardt"}, "Bahnhof Dorsten"},
	{"Gladbeck", []string{"45964", "45966", "45968"}, 51.5713, 6.9853,
		[]string{"Stadtmitte", "Brauck", "Butendorf", "Rentfort", "Zweckel", "Ellinghorst"}, "ZOB Gladbeck-Oberhof"},
	{"Haltern am See", []string{"45721"}, 51.7430, 7.1846,
		[]string{"Altstadt", "Sythen", "Lippramsdorf", "Hullern", "Flaesheim"}, "Bahnhof Haltern am See"},
	{"Herten", []string{"45699", "45701"}, 51.5956, 7.1414,
		[]string{"Mitte", "Westerholt", "Scherlebeck", "Langenbochum", "Disteln", "Paschenberg"}, "Busbahnhof Herten-Mitte"},
	{"Marl", []string{"45768", "45770", "45772"}, 51.6561, 7.0904,
		[]string{"Marl-Mitte", "Hüls", "Drewer", "Brassert", "Sinsen", "Polsum", "Alt-Marl"}, "Busbahnhof Marl-Mitte"},
	{"Oer-Erkenschwick", []string{"45739"}, 51.6424, 7.2508,
		[]string{"Stadtmitte", "Oer", "Rapen", "Groß-Erkenschwick", "Klein-Erkenschwick"}, "Busbahnhof Oer-Erkenschwick"},
	{"Recklinghausen", []string{"45657", "45659", "45661", "45663", "45665"}, 51.6141, 7.1978,
		[]string{"Altstadt", "Süd", "Hillerheide", "Hochlarmark", "König-Ludwig", "Suderwich", "Speckhorn", "Hillen"}, "Hauptbahnhof Recklinghausen"},
	{"Waltrop", []string{"45731"}, 51.6235, 7.3953,
		[]string{"Innenstadt", "Brockenscheidt", "Leveringhausen", "Oberwiese", "Holthausen"}, "Busbahnhof Waltrop"},
}
