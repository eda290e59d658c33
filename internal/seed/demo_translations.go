package seed

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/lotse/lotse/internal/audit"
	"github.com/lotse/lotse/internal/directory"
	"github.com/lotse/lotse/internal/store"
)

// The demo's translations show what translated content looks like: the
// offers that matter most to older migrants and their families (care,
// dementia, help at home, migration advice, German courses, the
// integration centre's own work) in Turkish, Arabic, Russian and
// Ukrainian, a few of them in English, Farsi and Polish, seven summaries
// in Leichte Sprache; the integration centre and the care advice centres;
// the finder's needs and target groups and the built-in access,
// accessibility and organisation-type terms in every language of the
// region, with the words people type for them; the imprint in English; a
// few offer names marked as machine translated; and one German text
// changed after translation (laterEdits), so that the site and the back
// office show every status. Everything else stays German, so the site
// also shows how a missing translation looks.
//
// The translations were made by hand, in plain words, from the German
// text written next to each. demoTranslations refuses to store them when
// that text is no longer the record's: whoever edits a German demo text
// must translate it anew, and a translation never says something the
// German text does not.

// langs maps a language code to the translation into that language.
type langs map[string]string

// translated is a German text of a demo record and its translations.
type translated struct {
	Field string // the field, as directory.TranslatableFields names it
	De    string // the German text the translations were made from; empty for synonyms
	To    langs
}

// translatedRecord is the translated text of one demo record: an offer or
// an organisation by its key, a term by "taxonomy:code", a page by its
// slug.
type translatedRecord struct {
	Key    string
	Fields []translated
}

// saveTranslations stores the demo's translations and then makes the
// later edits that leave some of them outdated.
func (l *loader) saveTranslations(ctx context.Context) error {
	if err := demoTranslations(ctx, l.s, l.r); err != nil {
		return err
	}
	return applyLaterEdits(ctx, l.s, l.r)
}

// demoTranslations stores the demo's translations in one transaction. It
// fails, naming the record, when a record is missing or its German text
// differs from the one that was translated.
func demoTranslations(ctx context.Context, s *store.Store, region directory.Region) error {
	ids := &loader{r: region} // for the ids the demo derives from keys
	var ts []directory.Translation
	seen := map[string]bool{}
	add := func(entityType, id string, rec translatedRecord, machine bool) error {
		for _, f := range rec.Fields {
			if f.Field != directory.FieldSynonyms {
				_, source, err := s.SourceText(ctx, region.ID, entityType, id, f.Field)
				if err != nil {
					return fmt.Errorf("translations: %s %s: %w", entityType, rec.Key, err)
				}
				if !directory.SameSource(f.De, source) {
					return fmt.Errorf("translations: the German %s of %s %s changed since it was translated; translate it anew (was %q, is %q)",
						f.Field, entityType, rec.Key, f.De, source)
				}
			}
			for _, lang := range slices.Sorted(maps.Keys(f.To)) {
				k := strings.Join([]string{entityType, id, f.Field, lang}, "|")
				if seen[k] {
					return fmt.Errorf("translations: %s %s: %s into %s given twice", entityType, rec.Key, f.Field, lang)
				}
				seen[k] = true
				ts = append(ts, directory.Translation{EntityType: entityType, EntityID: id, Field: f.Field, Lang: lang,
					Text: f.To[lang], SourceText: f.De, Machine: machine})
			}
		}
		return nil
	}
	for _, set := range []struct {
		recs    []translatedRecord
		machine bool
	}{{offerTranslations, false}, {machineOfferNames, true}} {
		for _, rec := range set.recs {
			if err := add(directory.TranslateService, ids.id("service", rec.Key), rec, set.machine); err != nil {
				return err
			}
		}
	}
	for _, rec := range orgTranslations {
		if err := add(directory.TranslateOrganization, ids.id("org", rec.Key), rec, false); err != nil {
			return err
		}
	}
	for _, rec := range slices.Concat(termTranslations, builtinTermTranslations) {
		tax, code, ok := strings.Cut(rec.Key, ":")
		if !ok {
			return fmt.Errorf("translations: bad term key %q", rec.Key)
		}
		if err := add(directory.TranslateTerm, termID(region.ID, tax, code), rec, false); err != nil {
			return err
		}
	}
	for _, rec := range pageTranslations {
		p, err := s.PageBySlug(ctx, region.ID, rec.Key)
		if err != nil {
			return fmt.Errorf("translations: page %s: %w", rec.Key, err)
		}
		if err := add(directory.TranslatePage, p.ID, rec, false); err != nil {
			return err
		}
	}
	if err := s.SaveTranslations(ctx, audit.System, region.ID, ts, false); err != nil {
		return fmt.Errorf("translations: %w", err)
	}
	return nil
}

// orgTranslations are the translated organisations, by key: the
// integration centre, whose contact every page shows, and the care
// advice centres.
var orgTranslations = []translatedRecord{
	{"ki", []translated{
		{"name", "Kommunales Integrationszentrum Kreis Recklinghausen", langs{
			"tr":                     "Recklinghausen İlçesi Yerel Uyum Merkezi",
			"ar":                     "مركز الاندماج المحلي في مقاطعة ريكلينغهاوزن",
			"ru":                     "Коммунальный центр интеграции района Реклингхаузен",
			"uk":                     "Комунальний центр інтеграції району Реклінггаузен",
			"en":                     "Municipal Integration Centre of the District of Recklinghausen",
			directory.LeichteSprache: "Kommunales Integrations·zentrum Kreis Recklinghausen",
		}},
		{"description", "Das Kommunale Integrationszentrum (KI) vernetzt die Akteure der Integrationsarbeit im Kreis: Verwaltungen, freie " +
			"Träger und Migrant*innenorganisationen. Es macht bestehende Angebote sichtbar, unterstützt Migrant*innenorganisationen, berät " +
			"zur interkulturellen Öffnung von Verwaltung und Einrichtungen und arbeitet in allen Bereichen rassismuskritisch.\n\n" +
			"Arbeitsschwerpunkte sind die Senior*innenarbeit, die Antirassismus- und Antidiskriminierungsarbeit, die Zusammenarbeit mit " +
			"Migrant*innenorganisationen und die interkulturelle Öffnung der Verwaltung, etwa mit Schulungen und Maßnahmen zur " +
			"Mehrsprachigkeit.", langs{
			"tr": "Yerel Uyum Merkezi (KI), ilçede uyum için çalışan herkesi bir araya getirir: idareleri, sosyal hizmet kuruluşlarını " +
				"(freie Träger) ve göçmen derneklerini. Var olan hizmetleri görünür kılar, göçmen derneklerini destekler, idarelere ve " +
				"kurumlara kültürlerarası açılım konusunda danışmanlık verir ve bütün alanlarda ırkçılığa eleştirel bakarak çalışır.\n\n" +
				"Çalışmalarının ağırlık noktaları şunlardır: yaşlılarla çalışma, ırkçılığa ve ayrımcılığa karşı çalışma, göçmen " +
				"dernekleriyle iş birliği ve idarenin kültürlerarası açılımı – örneğin eğitimlerle ve çok dilliliği destekleyen önlemlerle.",
			"ar": "يربط مركز الاندماج المحلي (KI) بين كل العاملين في الاندماج في المقاطعة: الإدارات، والجمعيات الخيرية المستقلة " +
				"(freie Träger)، ومنظمات المهاجرين. يُظهر الخدمات الموجودة، ويدعم منظمات المهاجرين، ويقدّم الاستشارة للإدارات " +
				"والمؤسسات حول الانفتاح بين الثقافات، ويعمل في كل المجالات بنظرة نقدية إلى العنصرية.\n\nمحاور عمله الأساسية هي: العمل " +
				"مع كبار السن، ومناهضة العنصرية والتمييز، والتعاون مع منظمات المهاجرين، وانفتاح الإدارة بين الثقافات، مثلًا من خلال " +
				"الدورات التدريبية وإجراءات لتعدد اللغات.",
			"ru": "Коммунальный центр интеграции (KI) объединяет всех, кто занимается интеграцией в районе: администрации, независимые " +
				"социальные организации (freie Träger) и организации мигрантов. Он делает существующие услуги заметными, поддерживает " +
				"организации мигрантов, консультирует администрации и учреждения по межкультурной открытости и во всех направлениях " +
				"работает с критическим взглядом на расизм.\n\nГлавные направления работы: работа с пожилыми людьми, борьба с расизмом " +
				"и дискриминацией, сотрудничество с организациями мигрантов и межкультурная открытость администрации – например, " +
				"тренинги и меры для многоязычия.",
			"uk": "Комунальний центр інтеграції (KI) об’єднує всіх, хто займається інтеграцією в районі: адміністрації, незалежні " +
				"соціальні організації (freie Träger) та організації мігрантів. Він робить наявні послуги помітними, підтримує " +
				"організації мігрантів, консультує адміністрації й заклади щодо міжкультурної відкритості та в усіх напрямах працює з " +
				"критичним поглядом на расизм.\n\nГоловні напрями роботи: робота з літніми людьми, протидія расизму й дискримінації, " +
				"співпраця з організаціями мігрантів і міжкультурна відкритість адміністрації – наприклад, тренінги та заходи для " +
				"багатомовності.",
			"en": "The municipal integration centre (Kommunales Integrationszentrum, KI) connects everyone who works on integration in " +
				"the district: administrations, independent welfare organisations (freie Träger) and migrant organisations. It makes " +
				"existing offers visible, supports migrant organisations, advises administrations and institutions on intercultural " +
				"opening and works against racism in every field.\n\nIts main areas of work are work with older people, work against " +
				"racism and discrimination, cooperation with migrant organisations and the intercultural opening of the administration, " +
				"for example with training and measures for multilingualism.",
		}},
	}},
	{"bip", []translated{
		{"name", "Beratungs- und Infocenter Pflege (BIP)", langs{
			"tr":                     "Bakım Danışma ve Bilgi Merkezi (BIP)",
			"ar":                     "مركز الاستشارات والمعلومات حول الرعاية (BIP)",
			"ru":                     "Центр консультаций и информации по уходу (BIP)",
			"uk":                     "Центр консультацій та інформації з догляду (BIP)",
			directory.LeichteSprache: "Beratungs·stelle für Pflege (BIP)",
		}},
		{"description", "Die Beratungs- und Infocenter Pflege beraten kostenlos und neutral zu allen Fragen rund um Pflege: Pflegegrad, " +
			"Leistungen der Pflegekasse, Hilfe zu Hause, Tagespflege, Kurzzeitpflege und Entlastung für Angehörige. In jeder Stadt des " +
			"Kreises gibt es ein BIP.", langs{
			"tr": "Bakım Danışma ve Bilgi Merkezleri, bakımla ilgili bütün sorularda ücretsiz ve tarafsız danışmanlık verir: bakım " +
				"derecesi, bakım sigortasının ödemeleri, evde yardım, gündüz bakımı, kısa süreli bakım ve yakınların yükünü hafifletmek. " +
				"İlçenin her şehrinde bir BIP vardır.",
			"ar": "تقدّم مراكز الاستشارات والمعلومات حول الرعاية استشارة مجانية ومحايدة في كل أسئلة الرعاية: درجة الرعاية، وخدمات " +
				"صندوق تأمين الرعاية، والمساعدة في البيت، والرعاية النهارية، والرعاية قصيرة المدى، وتخفيف العبء عن الأقارب. في كل " +
				"مدينة من مدن المقاطعة يوجد مركز BIP.",
			"ru": "Центры консультаций и информации по уходу бесплатно и независимо консультируют по всем вопросам ухода: степень " +
				"ухода, выплаты кассы по уходу, помощь на дому, дневной уход, кратковременный уход и поддержка родственников. BIP есть " +
				"в каждом городе района.",
			"uk": "Центри консультацій та інформації з догляду безкоштовно й незалежно консультують з усіх питань догляду: ступінь " +
				"догляду, виплати каси догляду, допомога вдома, денний догляд, короткочасний догляд і підтримка родичів. BIP є в " +
				"кожному місті району.",
		}},
	}},
}

// offerTranslations are the translated offers, by offer key.
var offerTranslations = []translatedRecord{
	// The integration centre's own offers.
	{"ki-mo-veranstaltungen", []translated{
		{"name", "Unterstützung von Migrant*innenorganisationen bei Veranstaltungen", langs{
			"tr": "Göçmen derneklerine etkinliklerde destek",
			"ar": "دعم منظمات المهاجرين في تنظيم الفعاليات",
			"ru": "Помощь организациям мигрантов в проведении мероприятий",
			"uk": "Підтримка організацій мігрантів у проведенні заходів",
		}},
		{"summary", "Wir helfen Vereinen und Initiativen, Veranstaltungen zu planen, Räume und Referierende zu finden und sie bekannt zu machen.", langs{
			"tr": "Derneklere ve girişimlere etkinlik planlamada, salon ve konuşmacı bulmada ve etkinliği duyurmada yardım ediyoruz.",
			"ar": "نساعد الجمعيات والمبادرات على التخطيط للفعاليات، وعلى إيجاد القاعات والمتحدثين، وعلى الإعلان عنها.",
			"ru": "Мы помогаем объединениям и инициативам планировать мероприятия, находить помещения и докладчиков и рассказывать о мероприятиях людям.",
			"uk": "Ми допомагаємо об’єднанням та ініціативам планувати заходи, знаходити приміщення й доповідачів і розповідати людям про заходи.",
		}},
	}},
	{"ki-foerdermittel", []translated{
		{"name", "Informationen zu Projektaufrufen und Fördermitteln", langs{
			"tr": "Proje çağrıları ve destek fonları hakkında bilgi",
			"ar": "معلومات عن إعلانات المشاريع وأموال الدعم",
			"ru": "Информация о конкурсах проектов и финансировании",
			"uk": "Інформація про конкурси проєктів і фінансування",
		}},
		{"summary", "Welche Förderprogramme passen zu Ihrem Verein? Wir informieren über aktuelle Aufrufe und helfen beim Antrag.", langs{
			"tr": "Derneğinize hangi destek programları uygun? Güncel çağrılar hakkında bilgi veriyor ve başvuruda yardım ediyoruz.",
			"ar": "ما برامج الدعم المناسبة لجمعيتكم؟ نقدّم معلومات عن الإعلانات الحالية ونساعد في تقديم الطلب.",
			"ru": "Какие программы финансирования подходят вашему объединению? Мы рассказываем о текущих конкурсах и помогаем с заявкой.",
			"uk": "Які програми фінансування підходять вашому об’єднанню? Ми розповідаємо про актуальні конкурси та допомагаємо із заявкою.",
		}},
	}},
	{"ki-infoveranstaltungen", []translated{
		{"name", "Informationsveranstaltungen zu migrationsrelevanten Themen", langs{
			"tr": "Göçle ilgili konularda bilgilendirme toplantıları",
			"ar": "لقاءات إعلامية حول مواضيع تخص الهجرة",
			"ru": "Информационные встречи на темы, важные для мигрантов",
			"uk": "Інформаційні зустрічі на теми, важливі для мігрантів",
		}},
		{"summary", "Vorträge und Gesprächsabende zu Aufenthaltsrecht, Pflege, Schule, Arbeit und Rassismus – auf Wunsch in Ihrem Verein.", langs{
			"tr": "Oturum hukuku, bakım, okul, iş ve ırkçılık üzerine sunumlar ve sohbet akşamları – isterseniz sizin derneğinizde.",
			"ar": "محاضرات وأمسيات حوارية عن قانون الإقامة والرعاية والمدرسة والعمل والعنصرية – وفي جمعيتكم إذا رغبتم.",
			"ru": "Доклады и вечерние беседы о праве на пребывание, уходе, школе, работе и расизме – по желанию в вашем объединении.",
			"uk": "Доповіді та вечірні бесіди про право на перебування, догляд, школу, роботу й расизм – за бажанням у вашому об’єднанні.",
		}},
	}},
	{"ki-netzwerk-mo", []translated{
		{"name", "Austauschtreffen der Migrant*innenorganisationen", langs{
			"tr": "Göçmen derneklerinin fikir alışverişi toplantısı",
			"ar": "لقاء تبادل الخبرات بين منظمات المهاجرين",
			"ru": "Встреча организаций мигрантов для обмена опытом",
			"uk": "Зустріч організацій мігрантів для обміну досвідом",
		}},
		{"summary", "Regelmäßiges Treffen von Vereinen aus dem ganzen Kreis: kennenlernen, austauschen, gemeinsam planen.", langs{
			"tr": "Bütün ilçeden derneklerin düzenli buluşması: tanışmak, fikir alışverişi yapmak, birlikte plan yapmak.",
			"ar": "لقاء منتظم لجمعيات من كل أنحاء المقاطعة: للتعارف وتبادل الخبرات والتخطيط معًا.",
			"ru": "Регулярная встреча объединений со всего района: знакомиться, обмениваться опытом, вместе планировать.",
			"uk": "Регулярна зустріч об’єднань з усього району: знайомитися, обмінюватися досвідом, разом планувати.",
		}},
	}},
	{"ki-ikoe-beratung", []translated{
		{"name", "Beratung zur interkulturellen Öffnung", langs{
			"tr": "Kültürlerarası açılım danışmanlığı",
			"ar": "استشارات حول الانفتاح بين الثقافات",
			"ru": "Консультации по межкультурной открытости",
			"uk": "Консультації з міжкультурної відкритості",
		}},
		{"summary", "Beratung für Verwaltungen, Schulen, Kitas und Einrichtungen, die ihre Angebote für Menschen mit Zuwanderungsgeschichte öffnen wollen.", langs{
			"tr": "Hizmetlerini göç geçmişi olan insanlara açmak isteyen idareler, okullar, kreşler ve kurumlar için danışmanlık.",
			"ar": "استشارات للإدارات والمدارس ودور الحضانة والمؤسسات التي تريد أن تفتح خدماتها للأشخاص ذوي الخلفية المهاجرة.",
			"ru": "Консультации для администраций, школ, детских садов и учреждений, которые хотят открыть свои услуги для людей с миграционной историей.",
			"uk": "Консультації для адміністрацій, шкіл, дитсадків і закладів, які хочуть відкрити свої послуги для людей з міграційною історією.",
		}},
	}},
	{"ki-schulungen", []translated{
		{"name", "Schulungen zu interkultureller Kompetenz und Rassismuskritik", langs{
			"tr": "Kültürlerarası yetkinlik ve ırkçılık eleştirisi eğitimleri",
			"ar": "دورات تدريبية في الكفاءة بين الثقافات ونقد العنصرية",
			"ru": "Тренинги по межкультурной компетентности и критике расизма",
			"uk": "Тренінги з міжкультурної компетентності та критики расизму",
		}},
		{"summary", "Fortbildungen für Mitarbeitende von Verwaltung und Einrichtungen, mit Anmeldung und Teilnahmebescheinigung.", langs{
			"tr": "İdare ve kurum çalışanları için eğitimler – kayıt ile, katılım belgesi verilir.",
			"ar": "دورات تدريبية لموظفي الإدارات والمؤسسات، مع تسجيل مسبق وشهادة حضور.",
			"ru": "Курсы повышения квалификации для сотрудников администраций и учреждений – с записью и справкой об участии.",
			"uk": "Курси підвищення кваліфікації для працівників адміністрацій і закладів – із записом і довідкою про участь.",
		}},
	}},
	{"ki-sprachmittlerpool", []translated{
		{"name", "Sprachmittlerpool: Sprachmittlung für Gespräche in Einrichtungen", langs{
			"tr": "Dil aracıları havuzu: Kurumlardaki görüşmeler için sözlü çeviri",
			"ar": "مجموعة الوسطاء اللغويين: وساطة لغوية للمحادثات في المؤسسات",
			"ru": "Пул языковых посредников: устный перевод для бесед в учреждениях",
			"uk": "Пул мовних посередників: усний переклад для розмов у закладах",
		}},
		{"summary", "Geschulte Sprachmittlerinnen und Sprachmittler für Gespräche in Schulen, Kitas, Beratungsstellen und Verwaltung.", langs{
			"tr": "Okullarda, kreşlerde, danışma merkezlerinde ve resmi dairelerde yapılan görüşmeler için eğitimli dil aracıları.",
			"ar": "وسيطات ووسطاء لغويون مدرَّبون للمحادثات في المدارس ودور الحضانة ومراكز الاستشارة والإدارات.",
			"ru": "Обученные языковые посредники для бесед в школах, детских садах, консультационных службах и администрации.",
			"uk": "Навчені мовні посередники для розмов у школах, дитсадках, консультаційних службах і адміністрації.",
		}},
		{"description", "Für wichtige Gespräche – ein Elterngespräch in der Schule, eine Pflegeberatung, ein Termin im Jugendamt – vermittelt das " +
			"Kommunale Integrationszentrum geschulte Sprachmittlerinnen und Sprachmittler in vielen Sprachen. Sie übersetzen neutral und " +
			"vertraulich.\n\nBitte fragen Sie mindestens zehn Tage vor dem Termin an und nennen Sie:\n\n" +
			"- die Sprache (und wenn wichtig die Region oder den Dialekt)\n" +
			"- Datum, Uhrzeit, Ort und voraussichtliche Dauer\n" +
			"- das Thema des Gesprächs\n\n" +
			"Für Gerichte, Polizei und Psychotherapie vermittelt der Pool keine Sprachmittlung; dort sind vereidigte Dolmetschende " +
			"oder besonders geschulte Fachkräfte nötig.", langs{
			"tr": "Önemli görüşmeler için – okulda bir veli görüşmesi, bir bakım danışmanlığı, Gençlik Dairesi'nde (Jugendamt) bir randevu – " +
				"Yerel Uyum Merkezi (Kommunales Integrationszentrum) birçok dilde eğitimli dil aracıları bulur. Dil aracıları tarafsız ve " +
				"gizlilik içinde çeviri yapar.\n\nLütfen randevudan en az on gün önce başvurun ve şunları bildirin:\n\n" +
				"- dil (önemliyse bölge veya lehçe)\n" +
				"- tarih, saat, yer ve görüşmenin tahmini süresi\n" +
				"- görüşmenin konusu\n\n" +
				"Mahkemeler, polis ve psikoterapi için havuz dil aracısı göndermez; orada yeminli tercümanlar veya özel eğitim almış " +
				"uzmanlar gerekir.",
			"ar": "للمحادثات المهمة – مثل حديث مع الأهل في المدرسة، أو استشارة حول الرعاية، أو موعد في مكتب رعاية الشباب (Jugendamt) – " +
				"يوفّر مركز الاندماج المحلي (Kommunales Integrationszentrum) وسطاء لغويين مدرَّبين بلغات كثيرة. يترجمون بحياد وسرية.\n\n" +
				"يرجى تقديم الطلب قبل الموعد بعشرة أيام على الأقل، مع ذكر:\n\n" +
				"- اللغة (وإذا كان ذلك مهمًا: المنطقة أو اللهجة)\n" +
				"- التاريخ والساعة والمكان والمدة المتوقعة\n" +
				"- موضوع المحادثة\n\n" +
				"لا توفّر المجموعة وساطة لغوية للمحاكم والشرطة والعلاج النفسي؛ فهناك يلزم مترجمون محلَّفون أو مختصون مدرَّبون تدريبًا خاصًا.",
			"ru": "Для важных разговоров – беседы с родителями в школе, консультации по уходу, встречи в ведомстве по делам молодёжи " +
				"(Jugendamt) – Коммунальный центр интеграции (Kommunales Integrationszentrum) находит обученных языковых посредников " +
				"для многих языков. Они переводят нейтрально и конфиденциально.\n\n" +
				"Пожалуйста, подайте запрос не позднее чем за десять дней до встречи и укажите:\n\n" +
				"- язык (и, если важно, регион или диалект)\n" +
				"- дату, время, место и примерную продолжительность\n" +
				"- тему разговора\n\n" +
				"Для судов, полиции и психотерапии пул не предоставляет языковых посредников: там нужны присяжные переводчики или " +
				"специально обученные специалисты.",
			"uk": "Для важливих розмов – розмови з батьками в школі, консультації щодо догляду, зустрічі у відомстві у справах молоді " +
				"(Jugendamt) – Комунальний центр інтеграції (Kommunales Integrationszentrum) знаходить навчених мовних посередників " +
				"для багатьох мов. Вони перекладають нейтрально й конфіденційно.\n\n" +
				"Будь ласка, надішліть запит щонайменше за десять днів до зустрічі та вкажіть:\n\n" +
				"- мову (і, якщо важливо, регіон або діалект)\n" +
				"- дату, час, місце та приблизну тривалість\n" +
				"- тему розмови\n\n" +
				"Для судів, поліції та психотерапії пул не надає мовних посередників: там потрібні присяжні перекладачі або спеціально " +
				"навчені фахівці.",
		}},
		{"application_process", "Einrichtungen stellen die Anfrage über das Formular auf Lotse oder telefonisch – mindestens zehn Tage vor dem Termin.", langs{
			"tr": "Kurumlar talebi Lotse'deki form üzerinden veya telefonla iletir – randevudan en az on gün önce.",
			"ar": "تقدّم المؤسسات الطلب عبر الاستمارة على Lotse أو بالهاتف – قبل الموعد بعشرة أيام على الأقل.",
			"ru": "Учреждения подают запрос через форму на сайте Lotse или по телефону – не позднее чем за десять дней до встречи.",
			"uk": "Заклади подають запит через форму на сайті Lotse або телефоном – щонайменше за десять днів до зустрічі.",
		}},
	}},
	{"ki-antidiskriminierung", []translated{
		{"name", "Ansprechstelle Antirassismus und Antidiskriminierung", langs{
			"tr": "Irkçılığa ve ayrımcılığa karşı başvuru noktası",
			"ar": "جهة الاتصال لمناهضة العنصرية والتمييز",
			"ru": "Контактный пункт по борьбе с расизмом и дискриминацией",
			"uk": "Контактний пункт протидії расизму та дискримінації",
		}},
		{"summary", "Sie haben Rassismus oder Diskriminierung erlebt? Hier finden Sie ein offenes Ohr und Hilfe beim nächsten Schritt.", langs{
			"tr": "Irkçılık veya ayrımcılık mı yaşadınız? Burada sizi dinleyen birini ve bir sonraki adımda yardım bulursunuz.",
			"ar": "هل تعرّضتم للعنصرية أو التمييز؟ هنا تجدون من يستمع إليكم ويساعدكم في الخطوة التالية.",
			"ru": "Вы столкнулись с расизмом или дискриминацией? Здесь вас выслушают и помогут сделать следующий шаг.",
			"uk": "Ви зіткнулися з расизмом чи дискримінацією? Тут вас вислухають і допоможуть зробити наступний крок.",
			directory.LeichteSprache: "Jemand behandelt Sie schlecht.\nZum Beispiel wegen Ihrer Herkunft.\nOder wegen Ihrer Haut·farbe.\n" +
				"Das ist Rassismus oder Diskriminierung.\nHier hören wir Ihnen zu.\nUnd wir helfen Ihnen beim nächsten Schritt.",
		}},
		{"description", "Rassismuskritische Arbeit ist Querschnittsaufgabe im Kommunalen Integrationszentrum. Wer im Kreis Diskriminierung erlebt " +
			"oder beobachtet hat – bei der Wohnungssuche, im Job, in der Schule oder bei einer Behörde –, kann sich an uns wenden.\n\n" +
			"Wir hören zu, ordnen ein und vermitteln an spezialisierte Beratungsstellen, etwa an Vielfalt im Vest. Über Lotse können Sie " +
			"einen Vorfall auch vertraulich melden; die Meldungen helfen uns, Muster zu erkennen und etwas zu verändern.", langs{
			"tr": "Irkçılığa eleştirel bakış, Yerel Uyum Merkezi'nin (Kommunales Integrationszentrum) bütün çalışma alanlarının görevidir. " +
				"İlçede ayrımcılık yaşayan veya ayrımcılığa tanık olan herkes – ev ararken, işte, okulda veya bir resmi dairede – bize " +
				"başvurabilir.\n\nSizi dinler, yaşadıklarınızı birlikte değerlendirir ve sizi uzman danışma merkezlerine, örneğin " +
				"Vielfalt im Vest'e yönlendiririz. Bir olayı Lotse üzerinden gizli olarak da bildirebilirsiniz; bildirimler, tekrar eden " +
				"durumları fark etmemize ve bir şeyleri değiştirmemize yardım eder.",
			"ar": "النظرة النقدية إلى العنصرية مهمة في كل مجالات عمل مركز الاندماج المحلي (Kommunales Integrationszentrum). كل من تعرّض " +
				"للتمييز في المقاطعة أو شاهده – عند البحث عن سكن، أو في العمل، أو في المدرسة، أو لدى جهة رسمية – يمكنه التوجّه إلينا.\n\n" +
				"نستمع إليكم، ونساعدكم على فهم ما حدث، ونحيلكم إلى مراكز استشارة متخصصة، مثل Vielfalt im Vest. ويمكنكم أيضًا الإبلاغ " +
				"عن حادثة بسرية عبر Lotse؛ تساعدنا البلاغات على معرفة ما يتكرر وعلى تغيير شيء ما.",
			"ru": "Критический взгляд на расизм – задача всех направлений работы Коммунального центра интеграции (Kommunales " +
				"Integrationszentrum). Если вы в районе столкнулись с дискриминацией или видели её – при поиске жилья, на работе, " +
				"в школе или в ведомстве, – вы можете обратиться к нам.\n\nМы выслушаем, поможем разобраться и направим вас в " +
				"специализированные консультационные службы, например в Vielfalt im Vest. Через Lotse вы также можете конфиденциально " +
				"сообщить о случае; такие сообщения помогают нам видеть, что повторяется, и что-то менять.",
			"uk": "Критичний погляд на расизм – завдання всіх напрямів роботи Комунального центру інтеграції (Kommunales " +
				"Integrationszentrum). Якщо ви в районі зазнали дискримінації або бачили її – під час пошуку житла, на роботі, у школі " +
				"чи в установі, – ви можете звернутися до нас.\n\nМи вислухаємо, допоможемо розібратися й направимо вас до " +
				"спеціалізованих консультаційних служб, наприклад до Vielfalt im Vest. Через Lotse ви також можете конфіденційно " +
				"повідомити про випадок; такі повідомлення допомагають нам бачити, що повторюється, і щось змінювати.",
		}},
		{"application_process", "Rufen Sie an oder nutzen Sie das vertrauliche Meldeformular auf Lotse. Sie müssen Ihren Namen nicht nennen.", langs{
			"tr": "Bizi arayın veya Lotse'deki gizli bildirim formunu kullanın. Adınızı söylemek zorunda değilsiniz.",
			"ar": "اتصلوا بنا أو استخدموا استمارة الإبلاغ السرية على Lotse. لا يلزمكم ذكر أسمائكم.",
			"ru": "Позвоните нам или воспользуйтесь конфиденциальной формой для сообщений на сайте Lotse. Называть своё имя не обязательно.",
			"uk": "Зателефонуйте нам або скористайтеся конфіденційною формою для повідомлень на сайті Lotse. Називати своє ім’я не обов’язково.",
		}},
	}},
	{"ki-rassismus-workshops", []translated{
		{"name", "Workshops und Veranstaltungen gegen Rassismus", langs{
			"tr": "Irkçılığa karşı atölyeler ve etkinlikler",
			"ar": "ورش عمل وفعاليات ضد العنصرية",
			"ru": "Семинары и мероприятия против расизма",
			"uk": "Семінари та заходи проти расизму",
		}},
		{"summary", "Workshops, Lesungen und Diskussionen über Formen von Rassismus – für Schulklassen, Vereine und alle Interessierten.", langs{
			"tr": "Irkçılığın biçimleri üzerine atölyeler, okuma etkinlikleri ve tartışmalar – okul sınıfları, dernekler ve ilgilenen herkes için.",
			"ar": "ورش عمل وقراءات ونقاشات حول أشكال العنصرية – للصفوف المدرسية والجمعيات وكل المهتمين.",
			"ru": "Семинары, чтения и дискуссии о формах расизма – для школьных классов, объединений и всех, кому интересно.",
			"uk": "Семінари, читання та дискусії про форми расизму – для шкільних класів, об’єднань і всіх, кому цікаво.",
		}},
	}},
	{"ki-senioren-info", []translated{
		{"name", "Pflege und Alter: Informationsreihe für Senior*innen mit Migrationsgeschichte", langs{
			"tr": "Bakım ve yaşlılık: Göç geçmişi olan yaşlılar için bilgilendirme dizisi",
			"ar": "الرعاية والشيخوخة: سلسلة لقاءات إعلامية لكبار السن ذوي الخلفية المهاجرة",
			"ru": "Уход и старость: цикл встреч для пожилых людей с миграционной историей",
			"uk": "Догляд і старість: цикл зустрічей для літніх людей з міграційною історією",
		}},
		{"summary", "Mehrsprachige Infonachmittage zu Pflege, Vorsorge und Hilfen im Alter – gemeinsam mit dem BIP, dem Sozialpsychiatrischen " +
			"Dienst und dem Kreissportbund.", langs{
			"tr": "Bakım, geleceğe yönelik düzenlemeler ve yaşlılıkta yardımlar üzerine çok dilli bilgi buluşmaları (öğleden sonra) – BIP, " +
				"Sosyal Psikiyatri Servisi ve İlçe Spor Birliği ile birlikte.",
			"ar": "لقاءات إعلامية بعد الظهر بعدة لغات عن الرعاية والترتيبات المسبقة والمساعدات في الشيخوخة – بالتعاون مع BIP والخدمة " +
				"النفسية الاجتماعية واتحاد الرياضة في المقاطعة.",
			"ru": "Встречи после обеда на нескольких языках: об уходе, распоряжениях на будущее и помощи в старости – вместе с BIP, " +
				"социально-психиатрической службой и районным спортивным союзом.",
			"uk": "Зустрічі по обіді кількома мовами: про догляд, розпорядження на майбутнє та допомогу в старості – разом із BIP, " +
				"соціально-психіатричною службою та районним спортивним союзом.",
			directory.LeichteSprache: "Wir laden zu Info·nachmittagen ein.\nDort bekommen Sie Infos in mehreren Sprachen.\n" +
				"Es geht um Pflege.\nEs geht um Vorsorge.\nVorsorge heißt: Sie regeln wichtige Dinge schon früh.\n" +
				"Und es geht um Hilfen im Alter.\nWir machen die Nachmittage zusammen mit anderen Stellen im Kreis.",
		}},
		{"description", "Viele ältere Migrantinnen und Migranten wissen nicht, welche Hilfen es im Kreis Recklinghausen gibt. In dieser Reihe " +
			"erklären Fachleute in einfachen Worten, was ein Pflegegrad ist, wie eine Vorsorgevollmacht funktioniert, wo es Hilfe bei " +
			"Vergesslichkeit gibt und welche Bewegungsangebote es für Ältere gibt.\n\nDie Nachmittage finden in Moscheegemeinden, " +
			"Kulturvereinen und Begegnungsstätten statt, jeweils mit Übersetzung und bei Tee und Gebäck. Vereine können die Reihe zu " +
			"sich einladen.", langs{
			"tr": "Birçok yaşlı göçmen, Recklinghausen ilçesinde hangi yardımların olduğunu bilmiyor. Bu dizide uzmanlar basit bir dille " +
				"anlatıyor: Bakım derecesi (Pflegegrad) nedir? Önceden verilen vekâletname (Vorsorgevollmacht) nasıl işler? Unutkanlıkta " +
				"nereden yardım alınır? Yaşlılar için hangi spor ve hareket imkânları var?\n\nBuluşmalar öğleden sonra cami " +
				"cemaatlerinde, kültür derneklerinde ve buluşma merkezlerinde yapılır; her seferinde çeviri vardır, çay ve kurabiye " +
				"eşliğinde. Dernekler bu diziyi kendi yerlerine davet edebilir.",
			"ar": "كثير من المهاجرات والمهاجرين المسنين لا يعرفون ما المساعدات الموجودة في مقاطعة ريكلينغهاوزن. في هذه السلسلة يشرح " +
				"مختصون بكلمات بسيطة: ما هي درجة الرعاية (Pflegegrad)؟ كيف يعمل التوكيل المسبق (Vorsorgevollmacht)؟ أين توجد مساعدة " +
				"عند النسيان؟ وما أنشطة الحركة المتاحة لكبار السن؟\n\nتُقام اللقاءات بعد الظهر في جمعيات المساجد والجمعيات الثقافية " +
				"وأماكن اللقاء، دائمًا مع ترجمة، ومع الشاي والمعجنات. يمكن للجمعيات أن تدعو السلسلة إليها.",
			"ru": "Многие пожилые мигрантки и мигранты не знают, какая помощь есть в районе Реклингхаузен. На этих встречах специалисты " +
				"простыми словами объясняют: что такое степень ухода (Pflegegrad)? Как работает доверенность на будущее " +
				"(Vorsorgevollmacht)? Где помогают при забывчивости? Какие занятия движением есть для пожилых?\n\nВстречи проходят " +
				"после обеда в мечетских общинах, культурных обществах и местах встреч, всегда с переводом, за чаем с выпечкой. " +
				"Объединения могут пригласить цикл к себе.",
			"uk": "Багато літніх мігранток і мігрантів не знають, яка допомога є в районі Реклінггаузен. На цих зустрічах фахівці " +
				"простими словами пояснюють: що таке ступінь догляду (Pflegegrad)? Як працює довіреність на майбутнє " +
				"(Vorsorgevollmacht)? Де допомагають при забудькуватості? Які заняття рухом є для літніх людей?\n\nЗустрічі " +
				"відбуваються по обіді в мечетних громадах, культурних товариствах і місцях зустрічей, завжди з перекладом, за чаєм " +
				"і випічкою. Об’єднання можуть запросити цикл до себе.",
		}},
		{"application_process", "Termine und Orte stehen im Veranstaltungskalender. Vereine, die einladen möchten, rufen uns an.", langs{
			"tr": "Tarihler ve yerler etkinlik takviminde yer alır. Diziyi davet etmek isteyen dernekler bizi arasın.",
			"ar": "المواعيد والأماكن موجودة في تقويم الفعاليات. الجمعيات التي تريد دعوة السلسلة تتصل بنا هاتفيًا.",
			"ru": "Даты и места – в календаре мероприятий. Объединения, которые хотят пригласить цикл к себе, пусть позвонят нам.",
			"uk": "Дати й місця – у календарі заходів. Об’єднання, які хочуть запросити цикл до себе, хай зателефонують нам.",
		}},
	}},

	// Care, dementia and help at home: what older migrants and their
	// families ask for most.
	{"bip-pflegeberatung-marl", []translated{
		{"name", "Pflegeberatung im BIP Marl", langs{
			"tr": "BIP Marl'da bakım danışmanlığı",
			"ar": "استشارات الرعاية في مركز BIP في مارل",
			"ru": "Консультации по уходу в BIP Марль",
			"uk": "Консультації щодо догляду в BIP Марль",
			"pl": "Doradztwo w sprawie opieki w BIP Marl",
			"en": "Care advice at BIP Marl",
		}},
		{"summary", "Kostenlose und neutrale Beratung zu Pflegegrad, Leistungen der Pflegekasse und Hilfen zu Hause – auch für Angehörige.", langs{
			"tr": "Bakım derecesi, bakım sigortasının ödemeleri ve evde yardım hakkında ücretsiz ve tarafsız danışmanlık – yakınlar için de.",
			"ar": "استشارة مجانية ومحايدة حول درجة الرعاية وخدمات صندوق تأمين الرعاية والمساعدة في البيت – للأقارب أيضًا.",
			"ru": "Бесплатные и независимые консультации о степени ухода, выплатах кассы по уходу и помощи на дому – и для родственников.",
			"uk": "Безкоштовні й незалежні консультації про ступінь догляду, виплати каси догляду та допомогу вдома – і для родичів.",
			"pl": "Bezpłatne i bezstronne doradztwo w sprawie stopnia opieki, świadczeń kasy opiekuńczej i pomocy w domu – także dla rodziny.",
			"en": "Free, independent advice on care levels, long-term care insurance benefits and help at home – for relatives, too.",
			directory.LeichteSprache: "Sie brauchen Pflege?\nOder jemand in Ihrer Familie braucht Pflege?\nDann kommen Sie zu uns.\n" +
				"Wir beraten Sie.\nZum Beispiel zum Pflege·grad.\nUnd zu Hilfe zu Hause.\nDie Beratung kostet nichts.",
		}},
		{"description", "Im BIP Marl bekommen Sie unabhängige Beratung zu allen Fragen der Pflege. Wir erklären, wie Sie einen Pflegegrad " +
			"beantragen, welche Leistungen die Pflegekasse zahlt und welche Dienste es in Marl gibt – vom ambulanten Pflegedienst über die " +
			"Tagespflege bis zum Platz im Pflegeheim.\n\nWenn Sie Angehörige pflegen, planen wir mit Ihnen, wie Sie sich entlasten können. " +
			"Auf Wunsch kommen wir zu Ihnen nach Hause. Gespräche auf Türkisch, Polnisch und Arabisch sind möglich.", langs{
			"tr": "BIP Marl'da bakımla ilgili bütün sorularınız için bağımsız danışmanlık alırsınız. Bakım derecesine (Pflegegrad) nasıl " +
				"başvurulacağını, bakım sigortasının (Pflegekasse) neleri ödediğini ve Marl'da hangi hizmetlerin olduğunu anlatırız: evde " +
				"bakım servisinden gündüz bakımına ve bakımevinde bir yere kadar.\n\nBir yakınınıza bakıyorsanız, yükünüzü nasıl " +
				"hafifletebileceğinizi birlikte planlarız. İsterseniz evinize geliriz. Türkçe, Lehçe ve Arapça görüşme yapılabilir.",
			"ar": "في مركز BIP في مارل تحصلون على استشارة مستقلة في كل أسئلة الرعاية. نشرح لكم كيف تقدّمون طلبًا للحصول على درجة رعاية " +
				"(Pflegegrad)، وما الخدمات التي يدفعها صندوق تأمين الرعاية (Pflegekasse)، وما الخدمات الموجودة في مارل – من الرعاية " +
				"المنزلية إلى الرعاية النهارية وحتى مكان في دار رعاية.\n\nإذا كنتم تعتنون بأحد أقاربكم، نخطط معكم كيف تخففون العبء عن " +
				"أنفسكم. ونأتي إلى بيتكم إذا رغبتم. يمكن إجراء المحادثة بالتركية والبولندية والعربية.",
			"ru": "В BIP Марль вы получите независимую консультацию по всем вопросам ухода. Мы объясним, как подать заявление на степень " +
				"ухода (Pflegegrad), что оплачивает касса по уходу (Pflegekasse) и какие службы есть в Марле – от ухода на дому и " +
				"дневного ухода до места в доме престарелых.\n\nЕсли вы ухаживаете за родственником, мы вместе подумаем, как снять с вас " +
				"часть нагрузки. По желанию мы придём к вам домой. Разговор возможен на турецком, польском и арабском языках.",
			"uk": "У BIP Марль ви отримаєте незалежну консультацію з усіх питань догляду. Ми пояснимо, як подати заяву на ступінь " +
				"догляду (Pflegegrad), що оплачує каса догляду (Pflegekasse) і які служби є в Марлі – від догляду вдома й денного " +
				"догляду до місця в будинку для літніх людей.\n\nЯкщо ви доглядаєте за родичем, ми разом сплануємо, як зменшити ваше " +
				"навантаження. За бажанням ми прийдемо до вас додому. Розмова можлива турецькою, польською та арабською мовами.",
			"pl": "W BIP Marl otrzymają Państwo niezależną poradę we wszystkich sprawach opieki. Wyjaśniamy, jak złożyć wniosek o stopień " +
				"opieki (Pflegegrad), za co płaci kasa opiekuńcza (Pflegekasse) i jakie usługi są w Marl – od opieki domowej, przez " +
				"opiekę dzienną, aż po miejsce w domu opieki.\n\nJeśli opiekują się Państwo kimś z rodziny, wspólnie zaplanujemy, jak " +
				"Państwa odciążyć. Na życzenie przyjedziemy do Państwa do domu. Rozmowa jest możliwa po turecku, po polsku i po arabsku.",
			"en": "At BIP Marl you get independent advice on every question about care. We explain how to apply for a care level " +
				"(Pflegegrad), what the long-term care insurance (Pflegekasse) pays for and which services there are in Marl – from home " +
				"care and day care to a place in a care home.\n\nIf you look after a family member, we plan with you how to lighten your " +
				"load. If you wish, we visit you at home. We can talk in Turkish, Polish and Arabic.",
		}},
		{"application_process", "Kommen Sie in die offene Sprechstunde oder rufen Sie an. Für Hausbesuche und Gespräche mit Sprachmittlung " +
			"vereinbaren wir einen Termin.", langs{
			"tr": "Randevusuz görüşme saatine gelin veya bizi arayın. Ev ziyaretleri ve dil aracısıyla görüşmeler için randevu veriyoruz.",
			"ar": "تعالوا في ساعات الاستقبال المفتوحة بدون موعد أو اتصلوا بنا. للزيارات المنزلية وللمحادثات مع وسيط لغوي نحدد معكم موعدًا.",
			"ru": "Приходите в открытые часы приёма или позвоните нам. Для визитов на дом и разговоров с языковым посредником мы назначим встречу.",
			"uk": "Приходьте у відкриті години прийому або зателефонуйте нам. Для візитів додому й розмов із мовним посередником ми домовимося про зустріч.",
			"pl": "Prosimy przyjść w godzinach otwartych konsultacji lub zadzwonić. Na wizyty domowe i rozmowy z tłumaczem umawiamy termin.",
			"en": "Come to the open office hours or call us. For home visits and talks with an interpreter, we make an appointment.",
		}},
	}},
	{"bip-pflegeberatung-recklinghausen", []translated{
		{"name", "Pflegeberatung im BIP Recklinghausen", langs{
			"tr": "BIP Recklinghausen'da bakım danışmanlığı",
			"ar": "استشارات الرعاية في مركز BIP في ريكلينغهاوزن",
			"ru": "Консультации по уходу в BIP Реклингхаузен",
			"uk": "Консультації щодо догляду в BIP Реклінггаузен",
		}},
		{"summary", "Hilfe, wenn ein Mensch in der Familie Pflege braucht: Antrag, Leistungen, Dienste vor Ort und Entlastung.", langs{
			"tr": "Ailede birinin bakıma ihtiyacı olduğunda yardım: başvuru, ödemeler, yakındaki hizmetler ve yükünüzü hafifleten destekler.",
			"ar": "مساعدة عندما يحتاج أحد أفراد العائلة إلى رعاية: الطلب، والخدمات المستحقة، والخدمات القريبة منكم، وتخفيف العبء.",
			"ru": "Помощь, когда кому-то в семье нужен уход: заявление, выплаты, службы рядом с вами и поддержка для тех, кто ухаживает.",
			"uk": "Допомога, коли комусь у родині потрібен догляд: заява, виплати, служби поруч і підтримка для тих, хто доглядає.",
		}},
	}},
	{"spdi-demenz", []translated{
		{"name", "Gerontopsychiatrische Beratung: Demenz und Depression im Alter", langs{
			"tr": "Yaşlılık psikiyatrisi danışmanlığı: Yaşlılıkta demans ve depresyon",
			"ar": "استشارات الطب النفسي للمسنين: الخرف والاكتئاب في الشيخوخة",
			"ru": "Геронтопсихиатрическая консультация: деменция и депрессия в пожилом возрасте",
			"uk": "Геронтопсихіатрична консультація: деменція та депресія в літньому віці",
		}},
		{"summary", "Beratung, wenn ein älterer Mensch vergesslich, verwirrt oder sehr niedergeschlagen ist – für Betroffene und Familien.", langs{
			"tr": "Yaşlı bir insan unutkansa, kafası karışıksa veya çok üzgün ve keyifsizse danışmanlık – kendisi ve ailesi için.",
			"ar": "استشارة عندما يصبح شخص مسنّ كثير النسيان أو مشوَّشًا أو حزينًا جدًا – للشخص نفسه ولعائلته.",
			"ru": "Консультация, если пожилой человек стал забывчивым, растерянным или очень подавленным, – для него самого и для семьи.",
			"uk": "Консультація, якщо літня людина стала забудькуватою, розгубленою або дуже пригніченою, – для неї самої та для родини.",
			directory.LeichteSprache: "Ein älterer Mensch vergisst viel?\nOder er ist oft durcheinander?\nOder er ist sehr traurig?\n" +
				"Dann beraten wir ihn.\nUnd wir beraten seine Familie.\nWir kommen auch zu Ihnen nach Hause.",
		}},
		{"description", "Vergesslichkeit, Unruhe oder Rückzug im Alter können viele Ursachen haben. Die gerontopsychiatrische Beratung hilft, " +
			"die Lage einzuschätzen, und begleitet Familien auf dem Weg zu einer ärztlichen Abklärung.\n\nWir beraten auch dazu, wie der " +
			"Alltag mit Demenz gelingt, welche Betreuungsangebote es gibt und wie Angehörige mit Scham und Sorgen umgehen können. Auf " +
			"Wunsch kommen wir nach Hause.", langs{
			"tr": "Yaşlılıkta unutkanlık, huzursuzluk veya insanlardan uzaklaşmanın birçok nedeni olabilir. Yaşlılık psikiyatrisi " +
				"danışmanlığı durumu anlamanıza yardım eder ve aileleri doktor muayenesine giden yolda destekler.\n\nDemansla günlük " +
				"hayatın nasıl yürüyeceği, hangi bakım ve destek hizmetlerinin olduğu ve yakınların utanç ve kaygıyla nasıl başa " +
				"çıkabileceği konusunda da danışmanlık veriyoruz. İsterseniz evinize geliriz.",
			"ar": "للنسيان أو القلق أو الانعزال في الشيخوخة أسباب كثيرة. تساعد استشارات الطب النفسي للمسنين على فهم الوضع، وترافق " +
				"العائلات في الطريق إلى فحص عند الطبيب.\n\nونقدّم أيضًا استشارة حول كيف تسير الحياة اليومية مع الخرف، وما خدمات " +
				"الرعاية والمرافقة الموجودة، وكيف يتعامل الأقارب مع الخجل والقلق. ونأتي إلى البيت إذا رغبتم.",
			"ru": "Забывчивость, беспокойство или замкнутость в пожилом возрасте могут иметь много причин. Геронтопсихиатрическая " +
				"консультация помогает оценить ситуацию и сопровождает семьи на пути к обследованию у врача.\n\nМы также советуем, как " +
				"наладить повседневную жизнь при деменции, какие есть услуги по присмотру и как родственникам справиться со стыдом и " +
				"тревогой. По желанию мы приходим домой.",
			"uk": "Забудькуватість, неспокій або замкнутість у літньому віці можуть мати багато причин. Геронтопсихіатрична " +
				"консультація допомагає оцінити ситуацію та супроводжує родини на шляху до обстеження в лікаря.\n\nМи також радимо, як " +
				"налагодити повсякденне життя при деменції, які є послуги з догляду та як родичам впоратися із соромом і тривогою. За " +
				"бажанням ми приходимо додому.",
		}},
		{"application_process", "Rufen Sie an; auch Angehörige, Nachbarn oder Hausärzte können sich melden.", langs{
			"tr": "Bizi arayın. Yakınlar, komşular veya aile hekimleri de bize başvurabilir.",
			"ar": "اتصلوا بنا. يمكن أيضًا للأقارب أو الجيران أو أطباء العائلة التواصل معنا.",
			"ru": "Позвоните нам. Обратиться могут также родственники, соседи или семейные врачи.",
			"uk": "Зателефонуйте нам. Звернутися можуть також родичі, сусіди або сімейні лікарі.",
		}},
	}},
	{"caritas-demenzcafe-haltern", []translated{
		{"name", "Demenz-Café „Vergissmeinnicht“", langs{
			"tr": "Demans Kafesi „Vergissmeinnicht“ (Beni Unutma)",
			"ar": "مقهى الخرف „Vergissmeinnicht“ (لا تنسَني)",
			"ru": "Кафе для людей с деменцией «Vergissmeinnicht» («Незабудка»)",
			"uk": "Кафе для людей з деменцією «Vergissmeinnicht» («Незабудка»)",
		}},
		// The German summary changes after this translation (see
		// laterEdits), so the demo shows outdated translations.
		{"summary", "Ein Nachmittag für Menschen mit Demenz und ihre Angehörigen: Kaffee, Musik, Erinnerungen – und Zeit zum Durchatmen.", langs{
			"tr": "Demansı olan insanlar ve yakınları için bir öğleden sonra: kahve, müzik, anılar – ve biraz nefes alacak zaman.",
			"ar": "فترة بعد الظهر للأشخاص المصابين بالخرف ولأقاربهم: قهوة وموسيقى وذكريات – ووقت لالتقاط الأنفاس.",
			"ru": "Встреча после обеда для людей с деменцией и их родственников: кофе, музыка, воспоминания – и время перевести дух.",
			"uk": "Зустріч по обіді для людей з деменцією та їхніх родичів: кава, музика, спогади – і час перевести подих.",
		}},
		{"application_process", "Bitte beim ersten Besuch kurz vorher anrufen.", langs{
			"tr": "İlk gelişinizden önce lütfen kısaca arayın.",
			"ar": "قبل زيارتكم الأولى يرجى الاتصال بنا.",
			"ru": "Перед первым визитом, пожалуйста, коротко позвоните.",
			"uk": "Перед першим візитом, будь ласка, коротко зателефонуйте.",
		}},
		{"description", "Im Demenz-Café verbringen Menschen mit Gedächtnisproblemen einen schönen Nachmittag, betreut von geschulten " +
			"Ehrenamtlichen. Wir singen, erzählen, backen und spielen.\n\nAngehörige können bleiben und sich mit anderen austauschen – " +
			"oder die Zeit für sich nutzen. Eine Fachkraft der Caritas beantwortet Fragen zu Pflege und Entlastung.", langs{
			"tr": "Demans Kafesi'nde hafıza sorunları olan insanlar güzel bir öğleden sonra geçirir; eğitimli gönüllüler onlarla " +
				"ilgilenir. Şarkı söyler, sohbet eder, pasta yapar ve oyun oynarız.\n\nYakınlar kalıp başkalarıyla konuşabilir – ya da bu " +
				"zamanı kendileri için kullanabilir. Caritas'tan bir uzman, bakım ve yükü hafifletme konusundaki soruları yanıtlar.",
			"ar": "في مقهى الخرف يقضي الأشخاص الذين يعانون من مشكلات في الذاكرة فترة بعد ظهر جميلة، برعاية متطوعين مدرَّبين. نغنّي " +
				"ونتحدث ونخبز ونلعب.\n\nيمكن للأقارب البقاء والحديث مع غيرهم – أو استغلال الوقت لأنفسهم. ويجيب مختص من كاريتاس " +
				"(Caritas) عن الأسئلة حول الرعاية وتخفيف العبء.",
			"ru": "В кафе для людей с деменцией люди с проблемами памяти приятно проводят время после обеда под присмотром обученных " +
				"волонтёров. Мы поём, рассказываем истории, печём и играем.\n\nРодственники могут остаться и пообщаться с другими – или " +
				"провести это время для себя. Специалист Caritas отвечает на вопросы об уходе и о том, как снизить нагрузку.",
			"uk": "У кафе для людей з деменцією люди з проблемами пам’яті приємно проводять час по обіді під наглядом навчених " +
				"волонтерів. Ми співаємо, розповідаємо, печемо й граємо.\n\nРодичі можуть залишитися й поспілкуватися з іншими – або " +
				"використати цей час для себе. Фахівець Caritas відповідає на запитання про догляд і про те, як зменшити навантаження.",
		}},
	}},
	{"caritas-angehoerige-russisch", []translated{
		{"name", "Gesprächskreis für Angehörige von Menschen mit Demenz (Russisch)", langs{
			"ru": "Группа поддержки для родственников людей с деменцией (на русском языке)",
			"uk": "Група підтримки для родичів людей з деменцією (російською мовою)",
		}},
		{"summary", "Russischsprachige Angehörige tauschen sich aus und bekommen Informationen zu Demenz, Pflege und Entlastung.", langs{
			"ru": "Русскоязычные родственники делятся опытом и получают информацию о деменции, уходе и о том, как снизить нагрузку.",
			"uk": "Російськомовні родичі діляться досвідом і отримують інформацію про деменцію, догляд і про те, як зменшити навантаження.",
		}},
		{"description", "Einen Menschen mit Demenz zu begleiten, kostet viel Kraft. Im Gesprächskreis treffen sich Angehörige, die " +
			"Russisch sprechen, und erzählen, was sie erleben.\n\nEine russischsprachige Fachkraft leitet die Gruppe, erklärt Leistungen " +
			"der Pflegekasse und hilft, Entlastung zu organisieren. Während der Treffen können die Erkrankten im Nebenraum betreut werden.", langs{
			"ru": "Сопровождать человека с деменцией – это требует много сил. В группе встречаются русскоязычные родственники и " +
				"рассказывают о том, что они переживают.\n\nГруппу ведёт русскоязычный специалист: он рассказывает о выплатах кассы по " +
				"уходу (Pflegekasse) и помогает организовать поддержку. Во время встреч за больными могут присмотреть в соседней комнате.",
			"uk": "Супроводжувати людину з деменцією – це забирає багато сил. У групі зустрічаються родичі, які говорять російською, і " +
				"розповідають про те, що вони переживають.\n\nГрупу веде російськомовний фахівець: він розповідає про виплати каси " +
				"догляду (Pflegekasse) і допомагає організувати підтримку. Під час зустрічей за хворими можуть доглянути в сусідній кімнаті.",
		}},
		{"application_process", "Anmeldung bei der Caritas in Dorsten.", langs{
			"ru": "Запись – в Caritas в Дорстене.",
			"uk": "Запис – у Caritas у Дорстені.",
		}},
	}},
	{"bip-pflegekurs-tuerkisch", []translated{
		{"name", "Pflegekurs für Angehörige auf Türkisch", langs{
			"tr": "Hasta yakınları için Türkçe bakım kursu",
		}},
		{"summary", "Sechs Nachmittage für pflegende Angehörige: Pflege zu Hause, Hilfsmittel, Entlastung und eigene Gesundheit.", langs{
			"tr": "Bakım yapan yakınlar için altı öğleden sonra: evde bakım, yardımcı araçlar, yükü hafifletmek ve kendi sağlığınız.",
		}},
		{"description", "In diesem Kurs lernen pflegende Angehörige in türkischer Sprache, wie sie einen Menschen zu Hause gut versorgen: " +
			"rückenschonendes Heben, Körperpflege im Bett, Umgang mit Inkontinenz und Demenz.\n\nGenauso wichtig ist die eigene Kraft: Wir " +
			"sprechen über Entlastungsangebote, Verhinderungspflege und darüber, wie man Hilfe annimmt. Die Kosten übernimmt die Pflegekasse.", langs{
			"tr": "Bu kursta bakım yapan yakınlar, evde bir insana nasıl iyi bakılacağını Türkçe öğrenir: beli yormadan kaldırmak, " +
				"yatakta vücut bakımı, idrar kaçırma (inkontinans) ve demansla başa çıkmak.\n\nKendi gücünüz de aynı derecede önemli: " +
				"Yükünüzü hafifleten hizmetleri, siz yokken yerinize bakımı (Verhinderungspflege) ve yardım kabul etmeyi konuşuyoruz. " +
				"Masrafları bakım sigortası (Pflegekasse) öder.",
		}},
		{"application_process", "Anmeldung beim BIP Recklinghausen; die Plätze sind begrenzt.", langs{
			"tr": "Kayıt BIP Recklinghausen'da yapılır; yer sayısı sınırlıdır.",
		}},
	}},
	{"bip-wohnberatung", []translated{
		{"name", "Wohnberatung: die Wohnung an das Alter anpassen", langs{
			"tr": "Konut danışmanlığı: evi yaşlılığa uygun hale getirmek",
			"ar": "استشارات السكن: تكييف البيت مع التقدّم في السن",
			"ru": "Консультации по жилью: приспособить квартиру к старости",
			"uk": "Консультації щодо житла: пристосувати квартиру до старості",
		}},
		{"summary", "Haltegriffe, bodengleiche Dusche, Treppenlift: Wir beraten zu Umbau und Zuschüssen, auch bei Ihnen zu Hause.", langs{
			"tr": "Tutunma kolları, eşiksiz duş, merdiven asansörü: Tadilat ve maddi destekler hakkında danışmanlık veriyoruz – isterseniz evinizde.",
			"ar": "مقابض للإمساك، ودُش بمستوى الأرض، ومصعد للدرج: نقدّم الاستشارة حول تعديل البيت وحول المِنح المالية، وفي بيتكم أيضًا.",
			"ru": "Поручни, душ без порога, подъёмник для лестницы: мы консультируем о переделке жилья и доплатах на неё, в том числе у вас дома.",
			"uk": "Поручні, душ без порогу, підйомник для сходів: ми консультуємо щодо переобладнання житла й доплат на нього, зокрема у вас удома.",
		}},
		{"description", "Viele Menschen möchten auch mit Pflegebedarf in ihrer Wohnung bleiben. Die Wohnberaterinnen des BIP kommen zu " +
			"Ihnen nach Hause, schauen sich Bad, Treppe und Eingang an und schlagen vor, was helfen kann.\n\nWir erklären, welche " +
			"Zuschüsse die Pflegekasse für den Umbau zahlt, helfen beim Antrag und vermitteln an Handwerksbetriebe, die Erfahrung mit " +
			"Umbauten haben.", langs{
			"tr": "Birçok insan bakıma ihtiyaç duyduğunda da kendi evinde kalmak ister. BIP'in konut danışmanları evinize gelir, " +
				"banyoya, merdivene ve girişe bakar ve neyin yardımcı olabileceğini önerir.\n\nBakım sigortasının (Pflegekasse) tadilat " +
				"için hangi maddi destekleri ödediğini anlatır, başvuruda yardım eder ve bu işlerde deneyimli ustalar buluruz.",
			"ar": "كثير من الناس يريدون البقاء في بيوتهم حتى عندما يحتاجون إلى رعاية. تأتي مستشارات السكن في مركز BIP إلى بيتكم، " +
				"وينظرن إلى الحمّام والدرج والمدخل، ويقترحن ما يمكن أن يساعد.\n\nنشرح لكم ما المِنح التي يدفعها صندوق تأمين الرعاية " +
				"(Pflegekasse) لتعديل البيت، ونساعد في تقديم الطلب، ونوصلكم بحِرفيين لديهم خبرة في هذه التعديلات.",
			"ru": "Многие люди хотят остаться в своей квартире, даже если им нужен уход. Консультанты BIP приходят к вам домой, смотрят " +
				"ванную, лестницу и вход и предлагают, что может помочь.\n\nМы объясняем, какие доплаты на переделку жилья даёт касса " +
				"по уходу (Pflegekasse), помогаем с заявлением и находим мастеров, у которых есть опыт таких работ.",
			"uk": "Багато людей хочуть залишитися у своїй квартирі, навіть якщо їм потрібен догляд. Консультантки BIP приходять до вас " +
				"додому, оглядають ванну, сходи та вхід і пропонують, що може допомогти.\n\nМи пояснюємо, які доплати на " +
				"переобладнання житла дає каса догляду (Pflegekasse), допомагаємо із заявою та знаходимо майстрів, які мають досвід " +
				"таких робіт.",
		}},
		{"application_process", "Rufen Sie an; wir vereinbaren einen Hausbesuch.", langs{
			"tr": "Bizi arayın; ev ziyareti için bir gün belirleriz.",
			"ar": "اتصلوا بنا، ونحدد معكم موعدًا لزيارة منزلية.",
			"ru": "Позвоните нам, и мы договоримся о визите на дом.",
			"uk": "Зателефонуйте нам, і ми домовимося про візит додому.",
		}},
	}},
	{"drk-hausnotruf", []translated{
		{"name", "Hausnotruf", langs{
			"tr": "Evde acil çağrı sistemi",
			"ar": "جهاز نداء الطوارئ المنزلي",
			"ru": "Домашняя кнопка экстренного вызова",
			"uk": "Домашня кнопка екстреного виклику",
			"pl": "Domowy przycisk alarmowy",
		}},
		{"summary", "Ein Knopfdruck genügt: Der Hausnotruf holt Hilfe, wenn Sie allein zu Hause stürzen oder sich schlecht fühlen.", langs{
			"tr": "Bir düğmeye basmak yeter: Evde yalnızken düşerseniz veya kendinizi kötü hissederseniz sistem yardım çağırır.",
			"ar": "تكفي ضغطة زر: يستدعي جهاز نداء الطوارئ المساعدة إذا سقطتم وأنتم وحدكم في البيت أو شعرتم بتوعّك.",
			"ru": "Достаточно нажать кнопку: система вызовет помощь, если вы дома одни и упали или вам стало плохо.",
			"uk": "Досить натиснути кнопку: система викличе допомогу, якщо ви вдома самі й упали або вам стало погано.",
			"pl": "Wystarczy nacisnąć przycisk: system wezwie pomoc, gdy są Państwo sami w domu i upadną albo źle się poczują.",
			directory.LeichteSprache: "Sie wohnen allein?\nSie haben Angst:\nIch falle hin, und keiner merkt es.\n" +
				"Dann hilft der Haus·not·ruf.\nSie tragen einen kleinen Knopf am Arm.\nSie drücken auf den Knopf.\nDann kommt Hilfe.",
		}},
		{"description", "Mit dem Hausnotruf tragen Sie einen kleinen Knopf am Handgelenk oder als Kette. Drücken Sie ihn, meldet sich die " +
			"Zentrale über einen Lautsprecher und schickt Hilfe – Angehörige, Nachbarn oder den Rettungsdienst.\n\nUnsere Zentrale ist rund " +
			"um die Uhr besetzt; einige Mitarbeitende sprechen Türkisch und Russisch. Bei einem Pflegegrad zahlt die Pflegekasse meist den " +
			"Grundpreis.", langs{
			"tr": "Acil çağrı sisteminde bileğinizde veya kolye gibi boynunuzda küçük bir düğme taşırsınız. Düğmeye basınca merkez bir " +
				"hoparlörden size seslenir ve yardım gönderir – yakınlarınızı, komşularınızı veya ambulansı.\n\nMerkezimizde günün her " +
				"saati biri vardır; bazı çalışanlarımız Türkçe ve Rusça konuşur. Bakım dereceniz (Pflegegrad) varsa temel ücreti " +
				"çoğunlukla bakım sigortası (Pflegekasse) öder.",
			"ar": "مع جهاز نداء الطوارئ تحملون زرًا صغيرًا على المعصم أو كقلادة. عندما تضغطون عليه، يتحدث إليكم المركز عبر مكبّر صوت " +
				"ويرسل المساعدة – الأقارب أو الجيران أو الإسعاف.\n\nمركزنا يعمل ليلًا ونهارًا؛ وبعض العاملين يتحدثون التركية والروسية. " +
				"إذا كانت لديكم درجة رعاية (Pflegegrad)، يدفع صندوق تأمين الرعاية (Pflegekasse) في أغلب الأحيان السعر الأساسي.",
			"ru": "Маленькую кнопку экстренного вызова носят на запястье или на шее. Если нажать на неё, диспетчер заговорит с вами " +
				"через громкоговоритель и пришлёт помощь – родственников, соседей или скорую помощь.\n\nНаши диспетчеры работают " +
				"круглосуточно; некоторые говорят по-турецки и по-русски. Если у вас есть степень ухода (Pflegegrad), базовую цену " +
				"обычно оплачивает касса по уходу (Pflegekasse).",
			"uk": "Маленьку кнопку екстреного виклику носять на зап’ястку або на шиї. Якщо натиснути на неї, диспетчер заговорить із " +
				"вами через гучномовець і надішле допомогу – родичів, сусідів або швидку допомогу.\n\nНаші диспетчери працюють " +
				"цілодобово; деякі говорять турецькою та російською. Якщо у вас є ступінь догляду (Pflegegrad), базову ціну зазвичай " +
				"оплачує каса догляду (Pflegekasse).",
			"pl": "Mały przycisk alarmowy nosi się na nadgarstku albo na szyi. Po jego naciśnięciu centrala odzywa się przez głośnik i " +
				"wysyła pomoc – rodzinę, sąsiadów albo pogotowie.\n\nNasza centrala pracuje całą dobę; niektórzy pracownicy mówią po " +
				"turecku i po rosyjsku. Przy stopniu opieki (Pflegegrad) kasa opiekuńcza (Pflegekasse) zwykle płaci cenę podstawową.",
		}},
		{"application_process", "Rufen Sie an; wir beraten und bauen das Gerät bei Ihnen zu Hause auf.", langs{
			"tr": "Bizi arayın; size bilgi verir ve cihazı evinize kurarız.",
			"ar": "اتصلوا بنا؛ نقدّم لكم الاستشارة ونركّب الجهاز في بيتكم.",
			"ru": "Позвоните нам: мы проконсультируем вас и установим устройство у вас дома.",
			"uk": "Зателефонуйте нам: ми проконсультуємо вас і встановимо пристрій у вас удома.",
			"pl": "Prosimy zadzwonić: doradzimy i zainstalujemy urządzenie u Państwa w domu.",
		}},
	}},
	{"awo-rentenhilfe", []translated{
		{"name", "Hilfe bei Rentenanträgen", langs{
			"tr": "Emeklilik başvurularında yardım",
			"ar": "مساعدة في طلبات التقاعد",
			"ru": "Помощь с заявлением на пенсию",
			"uk": "Допомога із заявою на пенсію",
			"pl": "Pomoc przy wnioskach o emeryturę",
		}},
		{"summary", "Ehrenamtliche Versichertenberaterinnen helfen beim Rentenantrag – auch mit Zeiten aus dem Ausland.", langs{
			"tr": "Gönüllü sigorta danışmanları emeklilik başvurusunda yardım eder – yurt dışında çalışılan yıllar için de.",
			"ar": "مستشارات متطوعات يساعدن في طلب التقاعد – حتى مع سنوات العمل في الخارج.",
			"ru": "Консультанты-волонтёры помогают подать заявление на пенсию – в том числе со стажем за границей.",
			"uk": "Консультантки-волонтерки допомагають подати заяву на пенсію – зокрема зі стажем за кордоном.",
			"pl": "Doradczynie-wolontariuszki pomagają przy wniosku o emeryturę – także z okresami pracy za granicą.",
		}},
		{"description", "Wer in der Türkei, in Polen, Russland oder einem anderen Land gearbeitet hat, hat oft Anspruch auf Rente aus " +
			"mehreren Ländern. Unsere ehrenamtlichen Beraterinnen und Berater helfen, den Antrag vollständig auszufüllen und die " +
			"Unterlagen zusammenzustellen.\n\nSie erklären auch Grundrente, Witwenrente und Grundsicherung im Alter.", langs{
			"tr": "Türkiye'de, Polonya'da, Rusya'da veya başka bir ülkede çalışmış olanlar çoğu zaman birkaç ülkeden emekli maaşı " +
				"alma hakkına sahiptir. Gönüllü danışmanlarımız başvuruyu eksiksiz doldurmanıza ve belgeleri bir araya getirmenize yardım " +
				"eder.\n\nTemel emekli maaşını (Grundrente), dul maaşını (Witwenrente) ve yaşlılıkta temel geçim desteğini " +
				"(Grundsicherung im Alter) de anlatırlar.",
			"ar": "من عمل في تركيا أو بولندا أو روسيا أو في بلد آخر، يكون له في أغلب الأحيان حق في معاش تقاعدي من عدة بلدان. يساعد " +
				"مستشارونا المتطوعون في ملء الطلب كاملًا وفي جمع الأوراق.\n\nويشرحون أيضًا المعاش الأساسي (Grundrente) ومعاش الأرامل " +
				"(Witwenrente) والضمان الأساسي في الشيخوخة (Grundsicherung im Alter).",
			"ru": "Кто работал в Турции, Польше, России или другой стране, часто имеет право на пенсию из нескольких стран. Наши " +
				"консультанты-волонтёры помогают полностью заполнить заявление и собрать документы.\n\nОни также объясняют, что такое " +
				"базовая пенсия (Grundrente), пенсия вдовам и вдовцам (Witwenrente) и базовое обеспечение в старости (Grundsicherung im Alter).",
			"uk": "Хто працював у Туреччині, Польщі, Росії чи іншій країні, часто має право на пенсію з кількох країн. Наші " +
				"консультанти-волонтери допомагають повністю заповнити заяву та зібрати документи.\n\nВони також пояснюють, що таке " +
				"базова пенсія (Grundrente), пенсія вдовам і вдівцям (Witwenrente) та базове забезпечення в старості (Grundsicherung im Alter).",
			"pl": "Kto pracował w Turcji, w Polsce, w Rosji albo w innym kraju, często ma prawo do emerytury z kilku krajów. Nasi " +
				"doradcy-wolontariusze pomagają dokładnie wypełnić wniosek i zebrać dokumenty.\n\nWyjaśniają też, czym jest emerytura " +
				"podstawowa (Grundrente), renta wdowia (Witwenrente) i zabezpieczenie podstawowe na starość (Grundsicherung im Alter).",
		}},
		{"application_process", "Termin vereinbaren und Rentenunterlagen mitbringen.", langs{
			"tr": "Randevu alın ve emeklilik belgelerinizi yanınızda getirin.",
			"ar": "حدّدوا موعدًا وأحضروا معكم أوراق التقاعد.",
			"ru": "Договоритесь о встрече и принесите свои пенсионные документы.",
			"uk": "Домовтеся про зустріч і принесіть свої пенсійні документи.",
			"pl": "Prosimy umówić termin i przynieść dokumenty emerytalne.",
		}},
	}},
	{"mo-tuerk-marl-kahvalti", []translated{
		{"name", "Seniorenfrühstück „Kahvaltı“", langs{
			"tr": "Yaşlılar için kahvaltı",
		}},
		{"summary", "Türkisches Frühstück für Ältere, jeden zweiten Samstag – mit Gästen aus Pflege- und Rentenberatung.", langs{
			"tr": "Yaşlılar için Türk kahvaltısı, iki haftada bir cumartesi günü – bakım ve emeklilik danışmanlarından konuklarla.",
		}},
	}},

	// Migration advice and German courses.
	{"mbe-marl", []translated{
		{"name", "Migrationsberatung für Erwachsene (MBE) Marl", langs{
			"tr": "Yetişkinler için göç danışmanlığı (MBE) Marl",
			"ar": "استشارات الهجرة للبالغين (MBE) في مارل",
			"ru": "Миграционная консультация для взрослых (MBE) Марль",
			"uk": "Міграційна консультація для дорослих (MBE) Марль",
			"fa": "مشاوره مهاجرت برای بزرگسالان (MBE) در مارل",
			"en": "Migration advice for adults (MBE) Marl",
		}},
		{"summary", "Beratung für erwachsene Zugewanderte zu Behörden, Aufenthalt, Arbeit, Sprache und Familie.", langs{
			"tr": "Göçmen yetişkinler için resmi daireler, oturum, iş, dil ve aile konularında danışmanlık.",
			"ar": "استشارة للمهاجرين البالغين في أمور الدوائر الرسمية والإقامة والعمل واللغة والعائلة.",
			"ru": "Консультации для взрослых мигрантов: ведомства, пребывание, работа, язык и семья.",
			"uk": "Консультації для дорослих мігрантів: установи, перебування, робота, мова та родина.",
			"fa": "مشاوره برای مهاجران بزرگسال درباره ادارات، اقامت، کار، زبان و خانواده.",
			"en": "Advice for adult immigrants on authorities, residence, work, language and family.",
			directory.LeichteSprache: "Sie sind nach Deutschland gekommen?\nSie sind 27 Jahre alt oder älter?\nDann beraten wir Sie.\n" +
				"Zum Beispiel bei Briefen vom Amt.\nOder bei Fragen zu Arbeit und Familie.\nDie Beratung kostet nichts.",
		}},
		{"description", "Die Migrationsberatung für Erwachsene (MBE) ist für Menschen ab 27 Jahren da, die nach Deutschland gekommen sind. " +
			"Wir helfen bei Briefen von Ämtern und Behörden, bei Anträgen auf Kindergeld, Wohngeld oder Bürgergeld, bei Fragen zum " +
			"Aufenthalt und zur Arbeit.\n\nGemeinsam mit Ihnen machen wir einen Plan für die nächsten Schritte: Deutschkurs, Anerkennung " +
			"des Abschlusses, Schule der Kinder, Wohnung. Die Beratung ist vertraulich und kostenlos.", langs{
			"tr": "Yetişkinler için göç danışmanlığı (MBE), Almanya'ya gelmiş 27 yaş ve üzeri insanlar içindir. Resmi dairelerden gelen " +
				"mektuplarda, çocuk parası (Kindergeld), kira yardımı (Wohngeld) veya vatandaş parası (Bürgergeld) başvurularında, oturum " +
				"ve iş ile ilgili sorularda yardım ederiz.\n\nSizinle birlikte sonraki adımlar için bir plan yaparız: Almanca kursu, " +
				"diplomanın tanınması, çocukların okulu, ev. Danışmanlık gizli ve ücretsizdir.",
			"ar": "استشارات الهجرة للبالغين (MBE) موجّهة للأشخاص من عمر 27 سنة فما فوق الذين جاؤوا إلى ألمانيا. نساعد في الرسائل الواردة " +
				"من الدوائر والجهات الرسمية، وفي طلبات إعانة الأطفال (Kindergeld) أو إعانة السكن (Wohngeld) أو إعانة المواطن " +
				"(Bürgergeld)، وفي الأسئلة حول الإقامة والعمل.\n\nنضع معكم خطة للخطوات القادمة: دورة اللغة الألمانية، ومعادلة الشهادة، " +
				"ومدرسة الأطفال، والسكن. الاستشارة سرية ومجانية.",
			"ru": "Миграционная консультация для взрослых (MBE) – для людей от 27 лет, которые приехали в Германию. Мы помогаем с " +
				"письмами из ведомств и учреждений, с заявлениями на детское пособие (Kindergeld), пособие на жильё (Wohngeld) или " +
				"гражданское пособие (Bürgergeld), с вопросами о пребывании и работе.\n\nВместе с вами мы составим план следующих шагов: " +
				"курс немецкого языка, признание диплома, школа для детей, жильё. Консультация конфиденциальная и бесплатная.",
			"uk": "Міграційна консультація для дорослих (MBE) – для людей від 27 років, які приїхали до Німеччини. Ми допомагаємо з " +
				"листами від установ і відомств, із заявами на допомогу на дітей (Kindergeld), допомогу на житло (Wohngeld) або " +
				"громадянську допомогу (Bürgergeld), із питаннями про перебування та роботу.\n\nРазом із вами ми складемо план наступних " +
				"кроків: курс німецької мови, визнання диплома, школа для дітей, житло. Консультація конфіденційна й безкоштовна.",
			"fa": "مشاوره مهاجرت برای بزرگسالان (MBE) برای کسانی است که به آلمان آمده‌اند و ۲۷ سال یا بیشتر دارند. ما در نامه‌های " +
				"ادارات، در درخواست کمک‌هزینه فرزند (Kindergeld)، کمک‌هزینه مسکن (Wohngeld) یا کمک‌هزینه شهروندی (Bürgergeld) و در " +
				"سؤال‌های مربوط به اقامت و کار کمک می‌کنیم.\n\nبا هم برای قدم‌های بعدی برنامه می‌ریزیم: کلاس زبان آلمانی، به رسمیت " +
				"شناختن مدرک، مدرسه بچه‌ها، خانه. مشاوره محرمانه و رایگان است.",
			"en": "Migration advice for adults (MBE) is for people aged 27 and over who have come to Germany. We help with letters from " +
				"offices and authorities, with applications for child benefit (Kindergeld), housing benefit (Wohngeld) or citizen's income " +
				"(Bürgergeld), and with questions about residence and work.\n\nTogether we make a plan for your next steps: German course, " +
				"recognition of your qualifications, your children's school, housing. The advice is confidential and free of charge.",
		}},
		{"application_process", "Offene Sprechstunde ohne Termin; für längere Gespräche vereinbaren wir einen Termin.", langs{
			"tr": "Randevusuz açık görüşme saati var; uzun görüşmeler için randevu veriyoruz.",
			"ar": "ساعات استقبال مفتوحة بدون موعد؛ وللمحادثات الأطول نحدد موعدًا.",
			"ru": "Открытые часы приёма без записи; для долгих разговоров мы назначаем встречу.",
			"uk": "Відкриті години прийому без запису; для довших розмов ми домовляємося про зустріч.",
			"fa": "ساعت مشاوره باز بدون وقت قبلی؛ برای گفت‌وگوهای طولانی‌تر وقت می‌گذاریم.",
			"en": "Open office hours without an appointment; for longer talks we make an appointment.",
		}},
		{"eligibility_description", "Für Zugewanderte ab 27 Jahren; jüngere Menschen berät der Jugendmigrationsdienst.", langs{
			"tr": "27 yaş ve üzeri göçmenler için; daha genç insanlara Gençlik Göç Servisi (Jugendmigrationsdienst) danışmanlık verir.",
			"ar": "للمهاجرين من عمر 27 سنة فما فوق؛ أما الأصغر سنًا فتقدّم لهم الاستشارة خدمة هجرة الشباب (Jugendmigrationsdienst).",
			"ru": "Для мигрантов от 27 лет; людей помоложе консультирует молодёжная миграционная служба (Jugendmigrationsdienst).",
			"uk": "Для мігрантів від 27 років; молодших людей консультує молодіжна міграційна служба (Jugendmigrationsdienst).",
			"fa": "برای مهاجران ۲۷ سال به بالا؛ جوان‌ترها را سرویس مهاجرت جوانان (Jugendmigrationsdienst) مشاوره می‌دهد.",
			"en": "For immigrants aged 27 and over; younger people get advice from the youth migration service (Jugendmigrationsdienst).",
		}},
	}},
	{"mo-suedost-beratung", []translated{
		{"name", "Beratung für Zugewanderte aus Rumänien und Bulgarien", langs{
			"ro": "Consiliere pentru persoanele venite din România și Bulgaria",
			"bg": "Консултации за хора, дошли от Румъния и България",
		}},
		{"summary", "Hilfe bei Anmeldung, Kindergeld, Schulanmeldung, Krankenversicherung und Fragen zur Arbeit.", langs{
			"ro": "Ajutor la înregistrarea domiciliului, alocația pentru copii, înscrierea la școală, asigurarea de sănătate și întrebări despre muncă.",
			"bg": "Помощ при адресна регистрация, детски надбавки, записване в училище, здравна осигуровка и въпроси за работата.",
		}},
		{"description", "Viele Menschen aus Rumänien und Bulgarien arbeiten hart und kennen trotzdem ihre Rechte nicht. In unserer Beratung " +
			"helfen Beraterinnen, die selbst Rumänisch und Bulgarisch sprechen: bei der Anmeldung, beim Kindergeld, bei der Suche nach " +
			"einem Schulplatz und bei der Krankenversicherung.\n\nWir schauen uns auch Arbeitsverträge und Lohnzettel an. Bei " +
			"Lohnbetrug vermitteln wir an die Beratungsstellen für faire Arbeit.", langs{
			"ro": "Mulți oameni din România și Bulgaria muncesc din greu, dar nu își cunosc drepturile. La noi vă ajută consiliere care " +
				"vorbesc ele însele românește și bulgărește: la înregistrarea domiciliului, la alocația pentru copii (Kindergeld), la " +
				"căutarea unui loc la școală și la asigurarea de sănătate.\n\nNe uităm și pe contractele de muncă și pe fluturașii de " +
				"salariu. Dacă nu vi se plătește salariul corect, vă trimitem la centrele de consiliere pentru muncă corectă (Faire Arbeit).",
			"bg": "Много хора от Румъния и България работят усилено, но не знаят правата си. При нас помагат консултантки, които " +
				"самите говорят румънски и български: при адресната регистрация, при детските надбавки (Kindergeld), при търсенето на " +
				"място в училище и при здравната осигуровка.\n\nПреглеждаме и трудови договори и фишове за заплата. Ако не ви плащат " +
				"заплатата честно, ви насочваме към консултантските центрове за справедлив труд (Faire Arbeit).",
		}},
		{"application_process", "Offene Sprechstunde in Marl und Recklinghausen; Termine auch telefonisch.", langs{
			"ro": "Program deschis, fără programare, în Marl și Recklinghausen; programări și la telefon.",
			"bg": "Свободен прием в Марл и Реклингхаузен; можете да си запишете час и по телефона.",
		}},
	}},
	{"mbe-recklinghausen", []translated{
		{"name", "Migrationsberatung für Erwachsene (MBE) Recklinghausen", langs{
			"tr": "Yetişkinler için göç danışmanlığı (MBE) Recklinghausen",
			"ar": "استشارات الهجرة للبالغين (MBE) في ريكلينغهاوزن",
			"ru": "Миграционная консультация для взрослых (MBE) Реклингхаузен",
			"uk": "Міграційна консультація для дорослих (MBE) Реклінггаузен",
			"fa": "مشاوره مهاجرت برای بزرگسالان (MBE) در رکلینگهاوزن",
			"en": "Migration advice for adults (MBE) Recklinghausen",
		}},
		{"summary", "Beratung für erwachsene Zugewanderte zu Behörden, Aufenthalt, Arbeit, Sprache und Familie.", langs{
			"tr": "Göçmen yetişkinler için resmi daireler, oturum, iş, dil ve aile konularında danışmanlık.",
			"ar": "استشارة للمهاجرين البالغين في أمور الدوائر الرسمية والإقامة والعمل واللغة والعائلة.",
			"ru": "Консультации для взрослых мигрантов: ведомства, пребывание, работа, язык и семья.",
			"uk": "Консультації для дорослих мігрантів: установи, перебування, робота, мова та родина.",
			"fa": "مشاوره برای مهاجران بزرگسال درباره ادارات، اقامت، کار، زبان و خانواده.",
			"en": "Advice for adult immigrants on authorities, residence, work, language and family.",
		}},
	}},
	{"vhs-integrationskurs-marl", []translated{
		{"name", "Integrationskurs an der VHS Marl", langs{
			"tr": "Marl Halk Eğitim Merkezi'nde (VHS) uyum kursu",
			"ar": "دورة الاندماج في الجامعة الشعبية (VHS) في مارل",
			"ru": "Интеграционный курс в народном университете (VHS) Марль",
			"uk": "Інтеграційний курс у народному університеті (VHS) Марль",
			"fa": "دوره ادغام (Integrationskurs) در آموزشگاه VHS مارل",
			"en": "Integration course at the adult education centre (VHS) Marl",
		}},
		{"summary", "Deutsch lernen bis B1 und Orientierung über das Leben in Deutschland – mit Einstufungstest und Beratung.", langs{
			"tr": "B1 seviyesine kadar Almanca öğrenmek ve Almanya'daki hayatı tanımak – seviye tespit sınavı ve danışmanlıkla.",
			"ar": "تعلّم الألمانية حتى المستوى B1 والتعرّف على الحياة في ألمانيا – مع اختبار تحديد المستوى والاستشارة.",
			"ru": "Немецкий язык до уровня B1 и знакомство с жизнью в Германии – с тестом на уровень и консультацией.",
			"uk": "Німецька мова до рівня B1 і знайомство з життям у Німеччині – з тестом на рівень і консультацією.",
			"fa": "یادگیری آلمانی تا سطح B1 و آشنایی با زندگی در آلمان – با آزمون تعیین سطح و مشاوره.",
			"en": "Learn German up to level B1 and get to know life in Germany – with a placement test and advice.",
			directory.LeichteSprache: "Sie wollen Deutsch lernen?\nIm Integrations·kurs lernen Sie Deutsch.\n" +
				"Und Sie lernen viel über das Leben in Deutschland.\nVor dem Kurs machen Sie einen kleinen Test.\n" +
				"Dann wissen wir: Dieser Kurs passt zu Ihnen.\nWir beraten Sie gern.",
		}},
		{"description", "Der Integrationskurs besteht aus einem Sprachkurs bis zum Niveau B1 und einem Orientierungskurs über Leben, " +
			"Geschichte und Gesellschaft in Deutschland. Vor dem Kurs machen Sie bei uns einen kostenlosen Einstufungstest, damit Sie im " +
			"passenden Kurs lernen.\n\nEs gibt Vormittags- und Abendkurse. Am Ende steht der „Deutsch-Test für Zuwanderer“ und der Test " +
			"„Leben in Deutschland“.", langs{
			"tr": "Uyum kursu, B1 seviyesine kadar bir dil kursundan ve Almanya'daki hayat, tarih ve toplum hakkında bir oryantasyon " +
				"kursundan oluşur. Kurstan önce bizde ücretsiz bir seviye tespit sınavına girersiniz; böylece size uygun kursta " +
				"öğrenirsiniz.\n\nSabah ve akşam kursları vardır. Kursun sonunda „Deutsch-Test für Zuwanderer“ (göçmenler için Almanca " +
				"sınavı) ve „Leben in Deutschland“ (Almanya'da yaşam) sınavı yapılır.",
			"ar": "تتكوّن دورة الاندماج من دورة لغة حتى المستوى B1 ومن دورة توجيهية عن الحياة والتاريخ والمجتمع في ألمانيا. قبل الدورة " +
				"تجرون عندنا اختبارًا مجانيًا لتحديد المستوى، لكي تتعلموا في الدورة المناسبة لكم.\n\nتوجد دورات صباحية ودورات مسائية. " +
				"وفي النهاية يأتي „اختبار اللغة الألمانية للمهاجرين“ (Deutsch-Test für Zuwanderer) واختبار „الحياة في ألمانيا“ " +
				"(Leben in Deutschland).",
			"ru": "Интеграционный курс состоит из языкового курса до уровня B1 и ориентационного курса о жизни, истории и обществе " +
				"Германии. Перед курсом вы бесплатно проходите у нас тест на уровень, чтобы учиться в подходящей группе.\n\nЕсть " +
				"утренние и вечерние курсы. В конце – экзамен «Deutsch-Test für Zuwanderer» (немецкий для мигрантов) и тест «Leben " +
				"in Deutschland» («Жизнь в Германии»).",
			"uk": "Інтеграційний курс складається з мовного курсу до рівня B1 та орієнтаційного курсу про життя, історію й суспільство " +
				"Німеччини. Перед курсом ви безкоштовно проходите в нас тест на рівень, щоб навчатися у відповідній групі.\n\nЄ " +
				"ранкові та вечірні курси. Наприкінці – іспит «Deutsch-Test für Zuwanderer» (німецька для мігрантів) і тест «Leben " +
				"in Deutschland» («Життя в Німеччині»).",
			"fa": "دوره ادغام از یک کلاس زبان تا سطح B1 و یک دوره آشنایی با زندگی، تاریخ و جامعه آلمان تشکیل شده است. پیش از دوره، " +
				"نزد ما یک آزمون تعیین سطح رایگان می‌دهید تا در کلاس مناسب خودتان درس بخوانید.\n\nکلاس‌های صبح و عصر داریم. در " +
				"پایان، آزمون «Deutsch-Test für Zuwanderer» (آزمون آلمانی برای مهاجران) و آزمون «Leben in Deutschland» (زندگی در " +
				"آلمان) برگزار می‌شود.",
			"en": "The integration course is a language course up to level B1 and an orientation course about life, history and society " +
				"in Germany. Before the course you take a free placement test with us, so that you learn in the right course.\n\nThere " +
				"are morning and evening courses. At the end come the \"Deutsch-Test für Zuwanderer\" (German test for immigrants) and " +
				"the \"Leben in Deutschland\" (Life in Germany) test.",
		}},
		{"application_process", "Melden Sie sich zur Beratung und zum Einstufungstest an – telefonisch, per E-Mail oder in der offenen " +
			"Sprechstunde.", langs{
			"tr": "Danışmanlık ve seviye tespit sınavı için kaydolun – telefonla, e-postayla veya açık görüşme saatinde.",
			"ar": "سجّلوا للاستشارة ولاختبار تحديد المستوى – بالهاتف أو بالبريد الإلكتروني أو في ساعات الاستقبال المفتوحة.",
			"ru": "Запишитесь на консультацию и тест на уровень – по телефону, по электронной почте или в открытые часы приёма.",
			"uk": "Запишіться на консультацію й тест на рівень – телефоном, електронною поштою або у відкриті години прийому.",
			"fa": "برای مشاوره و آزمون تعیین سطح ثبت‌نام کنید – تلفنی، با ایمیل یا در ساعت مشاوره باز.",
			"en": "Sign up for advice and the placement test – by phone, by e-mail or during open office hours.",
		}},
	}},
	{"vhs-integrationskurs-recklinghausen", []translated{
		{"name", "Integrationskurs an der VHS Recklinghausen", langs{
			"tr": "Recklinghausen Halk Eğitim Merkezi'nde (VHS) uyum kursu",
			"ar": "دورة الاندماج في الجامعة الشعبية (VHS) في ريكلينغهاوزن",
			"ru": "Интеграционный курс в народном университете (VHS) Реклингхаузен",
			"uk": "Інтеграційний курс у народному університеті (VHS) Реклінггаузен",
			"fa": "دوره ادغام (Integrationskurs) در آموزشگاه VHS رکلینگهاوزن",
			"en": "Integration course at the adult education centre (VHS) Recklinghausen",
		}},
		{"summary", "Deutsch lernen bis B1 und Orientierung über das Leben in Deutschland – mit Einstufungstest und Beratung.", langs{
			"tr": "B1 seviyesine kadar Almanca öğrenmek ve Almanya'daki hayatı tanımak – seviye tespit sınavı ve danışmanlıkla.",
			"ar": "تعلّم الألمانية حتى المستوى B1 والتعرّف على الحياة في ألمانيا – مع اختبار تحديد المستوى والاستشارة.",
			"ru": "Немецкий язык до уровня B1 и знакомство с жизнью в Германии – с тестом на уровень и консультацией.",
			"uk": "Німецька мова до рівня B1 і знайомство з життям у Німеччині – з тестом на рівень і консультацією.",
			"fa": "یادگیری آلمانی تا سطح B1 و آشنایی با زندگی در آلمان – با آزمون تعیین سطح و مشاوره.",
			"en": "Learn German up to level B1 and get to know life in Germany – with a placement test and advice.",
		}},
	}},
	{"vhs-deutsch-im-alltag-fuer-aeltere-haltern-am-see", []translated{
		{"name", "Deutsch im Alltag für Ältere", langs{
			"tr": "Yaşlılar için günlük hayatta Almanca",
			"ar": "الألمانية في الحياة اليومية لكبار السن",
			"ru": "Немецкий для повседневной жизни – для пожилых",
			"uk": "Німецька для повсякденного життя – для літніх людей",
			"pl": "Niemiecki na co dzień dla seniorów",
		}},
		{"summary", "Ein gemütlicher Deutschkurs in langsamem Tempo für Menschen ab 55.", langs{
			"tr": "55 yaş ve üzeri insanlar için yavaş tempolu, rahat bir Almanca kursu.",
			"ar": "دورة ألمانية مريحة وبوتيرة بطيئة للأشخاص من عمر 55 سنة فما فوق.",
			"ru": "Уютный курс немецкого языка в спокойном темпе для людей от 55 лет.",
			"uk": "Затишний курс німецької мови в спокійному темпі для людей від 55 років.",
			"pl": "Przyjemny kurs niemieckiego w spokojnym tempie dla osób od 55 lat.",
		}},
		{"description", "Kein Prüfungsdruck, keine Hausaufgaben: In diesem Kurs lernen ältere Zugewanderte Deutsch für den Alltag – beim " +
			"Arzt, in der Apotheke, beim Einkaufen und im Gespräch mit den Enkeln.\n\nWir lernen mit großer Schrift, vielen Bildern und " +
			"Gesprächen beim Tee.", langs{
			"tr": "Sınav stresi yok, ev ödevi yok: Bu kursta yaşlı göçmenler günlük hayat için Almanca öğrenir – doktorda, eczanede, " +
				"alışverişte ve torunlarla konuşurken.\n\nBüyük yazıyla, bol resimle ve çay eşliğinde sohbet ederek öğreniyoruz.",
			"ar": "بلا ضغط امتحانات وبلا واجبات منزلية: في هذه الدورة يتعلّم المهاجرون الأكبر سنًا الألمانية للحياة اليومية – عند " +
				"الطبيب وفي الصيدلية وعند التسوق وفي الحديث مع الأحفاد.\n\nنتعلّم بخط كبير وبصور كثيرة وبأحاديث على كوب شاي.",
			"ru": "Без экзаменов и без домашних заданий: на этом курсе пожилые мигранты учат немецкий для повседневной жизни – у врача, " +
				"в аптеке, в магазине и в разговоре с внуками.\n\nМы учимся с крупным шрифтом, с большим количеством картинок и за " +
				"разговорами за чаем.",
			"uk": "Без іспитів і без домашніх завдань: на цьому курсі літні мігранти вчать німецьку для повсякденного життя – у лікаря, " +
				"в аптеці, у магазині та в розмові з онуками.\n\nМи вчимося з великим шрифтом, з багатьма картинками та за розмовами за чаєм.",
			"pl": "Bez stresu przed egzaminem i bez zadań domowych: na tym kursie starsi imigranci uczą się niemieckiego na co dzień – " +
				"u lekarza, w aptece, na zakupach i w rozmowie z wnukami.\n\nUczymy się z dużą czcionką, z wieloma obrazkami i przy " +
				"rozmowach przy herbacie.",
		}},
	}},
}

// machineOfferNames are offer names translated by software that no
// person has checked yet; the site marks them for readers, and the
// back office lists them for review.
var machineOfferNames = []translatedRecord{
	{"jc-neuzugewanderte-marl", []translated{
		{"name", "Arbeit und Ausbildung: Beratung für Neuzugewanderte im Jobcenter Marl", langs{
			"ro": "Muncă și formare profesională: consiliere pentru nou-sosiți la Jobcenter Marl",
			"bg": "Работа и професионално обучение: консултации за новопристигнали в Jobcenter Марл",
			"ar": "العمل والتدريب المهني: استشارات للقادمين الجدد في مركز العمل (Jobcenter) في مارل",
		}},
	}},
	{"bip-pflegeberatung-marl", []translated{
		{"name", "Pflegeberatung im BIP Marl", langs{
			"ro": "Consiliere privind îngrijirea la BIP Marl",
			"bg": "Консултации за грижи в BIP Марл",
			"fa": "مشاوره مراقبت در BIP مارل",
		}},
	}},
	{"mbe-marl", []translated{
		{"name", "Migrationsberatung für Erwachsene (MBE) Marl", langs{
			"ro": "Consiliere în domeniul migrației pentru adulți (MBE) Marl",
			"bg": "Миграционни консултации за възрастни (MBE) Марл",
		}},
	}},
	{"drk-hausnotruf", []translated{
		{"name", "Hausnotruf", langs{
			"ro": "Sistem de apel de urgență la domiciliu",
			"bg": "Домашен бутон за спешно повикване",
			"fa": "دکمه تماس اضطراری در خانه",
		}},
	}},
}

// pageTranslations are the translated pages, by slug. The imprint is in
// English for visitors from abroad; the privacy notice stays German, so
// the site shows a page that is not translated yet.
var pageTranslations = []translatedRecord{
	{directory.PageImprint, []translated{
		{"title", "Impressum", langs{"en": "Legal notice"}},
		{"body", `## Demo-Installation

Dies ist eine Demo-Installation von Lotse, der offenen Plattform für Hilfsangebote in Kommunalen Integrationszentren. Sie zeigt, wie ein Angebotsverzeichnis für den Kreis Recklinghausen aussehen kann.

Die Städte und das Kommunale Integrationszentrum des Kreises Recklinghausen sind echt. Alle anderen Organisationen, Angebote, Adressen, Telefonnummern, E-Mail-Adressen und Personen sind erfunden. Bitte rufen Sie dort nicht an, schreiben Sie nicht hin und gehen Sie nicht hin. Das Kommunale Integrationszentrum betreibt diese Demo nicht und ist für ihre Inhalte nicht verantwortlich.

## Angaben gemäß § 5 Digitale-Dienste-Gesetz (DDG)

[Name der betreibenden Stelle]
[Straße und Hausnummer]
[Postleitzahl und Ort]

Vertreten durch: [vertretungsberechtigte Person]

## Kontakt

Telefon: [Telefonnummer]
E-Mail: [E-Mail-Adresse]

## Aufsichtsbehörde

[zuständige Aufsichtsbehörde, bei Behörden die Kommunalaufsicht]

## Umsatzsteuer-Identifikationsnummer

[falls vorhanden]

## Verantwortlich für den Inhalt nach § 18 Abs. 2 Medienstaatsvertrag

[Name und Anschrift der verantwortlichen Person]

## Haftung für Inhalte und Links

Die Angaben im Verzeichnis stammen von den jeweiligen Organisationen und werden von der Redaktion regelmäßig geprüft. Für die Richtigkeit, Vollständigkeit und Aktualität können wir dennoch keine Gewähr übernehmen. Für die Inhalte verlinkter Seiten sind allein deren Betreiber verantwortlich.

## Software

Lotse ist freie Software. Der Quellcode ist öffentlich; Hinweise auf Fehler und Verbesserungen sind willkommen.`, langs{"en": `## Demo installation

This is a demo installation of Lotse, the open platform for help offers in municipal integration centres. It shows what a directory of offers for the district of Recklinghausen can look like.

The towns and the Kommunales Integrationszentrum (municipal integration centre) of the district of Recklinghausen are real. All other organisations, offers, addresses, phone numbers, e-mail addresses and people are invented. Please do not call them, write to them or go there. The Kommunales Integrationszentrum does not run this demo and is not responsible for its content.

## Information according to § 5 Digitale-Dienste-Gesetz (DDG)

[Name of the operating body]
[Street and house number]
[Postcode and town]

Represented by: [person authorised to represent]

## Contact

Phone: [phone number]
E-mail: [e-mail address]

## Supervisory authority

[responsible supervisory authority; for public authorities, the municipal supervisory authority]

## VAT identification number

[if any]

## Responsible for the content according to § 18 (2) Medienstaatsvertrag

[Name and address of the responsible person]

## Liability for content and links

The information in the directory comes from the organisations themselves and is checked regularly by the editorial team. Even so, we cannot guarantee that it is correct, complete and up to date. Only their operators are responsible for the content of linked pages.

## Software

Lotse is free software. Its source code is public; reports of errors and ideas for improvements are welcome.`}},
	}},
}

// laterEdit is a change an editor made to the German text of an offer
// after it was translated. The loader saves it through the store's
// ordinary (not minor) update, as the back office would, so that the
// translations made from the earlier text turn outdated and the demo
// shows that status too.
type laterEdit struct {
	Key, Field    string
	Before, After string // the German text before and after the edit
}

// laterEdits are the demo's edits after translation: the dementia café
// now says how often it meets and that a driving service picks people
// up, which the translations do not say yet.
var laterEdits = []laterEdit{
	{"caritas-demenzcafe-haltern", "summary",
		"Ein Nachmittag für Menschen mit Demenz und ihre Angehörigen: Kaffee, Musik, Erinnerungen – und Zeit zum Durchatmen.",
		"Zweimal im Monat ein Nachmittag für Menschen mit Demenz und ihre Angehörigen: Kaffee, Musik, Erinnerungen – und Zeit zum " +
			"Durchatmen. Neu: Wer nicht mehr allein kommen kann, wird vom Fahrdienst abgeholt."},
}

// applyLaterEdits saves the later edits, each in its own transaction as
// an editor's save would be. It fails when the German text before the
// edit is not the record's.
func applyLaterEdits(ctx context.Context, s *store.Store, region directory.Region) error {
	ids := &loader{r: region}
	for _, e := range laterEdits {
		sv, err := s.Service(ctx, region.ID, ids.id("service", e.Key))
		if err != nil {
			return fmt.Errorf("later edit of %s: %w", e.Key, err)
		}
		text := serviceText(&sv, e.Field)
		if text == nil {
			return fmt.Errorf("later edit of %s: field %s cannot be edited here", e.Key, e.Field)
		}
		if !directory.SameSource(*text, e.Before) {
			return fmt.Errorf("later edit of %s: the German %s is no longer %q", e.Key, e.Field, e.Before)
		}
		*text = e.After
		if err := s.SaveService(ctx, audit.System, &sv); err != nil {
			return fmt.Errorf("later edit of %s: %w", e.Key, err)
		}
	}
	return nil
}

// serviceText returns the text field of an offer a later edit may
// change, or nil.
func serviceText(sv *directory.Service, field string) *string {
	switch field {
	case "summary":
		return &sv.Summary
	case "description":
		return &sv.Description
	case "application_process":
		return &sv.ApplicationProcess
	}
	return nil
}
