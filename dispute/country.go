package dispute

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A denial answers a claim about its own country. Blind readers (session
// 12) rejected a country's denial set beside a claim about another
// country: "Velmoran officials denied the report" beside "Kestrian forces
// shelled the border town" is no dispute unless the claim names Velmora.

// otherCountry reports a denial whose denier or denied object names a
// country (by its name, its people's adjective or its capital) that the
// claim, which names countries of its own, does not name: the denial
// answers something said of another country.
func otherCountry(cw []string, speaker string, obj []string) bool {
	in := countriesOf(cw)
	if len(in) == 0 {
		return false
	}
	for i, w := range obj {
		if w == "," || w == "but" || w == "while" || w == "although" {
			obj = obj[:i] // the denied object's own clause
			break
		}
	}
	for _, side := range [][]string{words(speaker), obj} {
		named := countriesOf(side)
		if len(named) == 0 {
			continue
		}
		shared := false
		for c := range named {
			if in[c] {
				shared = true
				break
			}
		}
		if !shared {
			return true
		}
	}
	return false
}

// countriesOf returns the countries ws names, by countries' key.
func countriesOf(ws []string) map[string]bool {
	var out map[string]bool
	add := func(c string) {
		if out == nil {
			out = map[string]bool{}
		}
		out[c] = true
	}
	for i := 0; i < len(ws); i++ {
		w := strings.TrimSuffix(strings.TrimSuffix(ws[i], "'s"), "’s")
		if i+1 < len(ws) {
			two := w + " " + strings.TrimSuffix(strings.TrimSuffix(ws[i+1], "'s"), "’s")
			if c, ok := countries[two]; ok {
				add(c)
				i++
				continue
			}
		}
		if c, ok := countries[w]; ok {
			add(c)
		}
	}
	return out
}

// countries maps a country's name, its people's adjective and its
// capital (a government named by its seat: "Moscow denied") to one key.
// Names that are also common words ("us", "chad", "turkey" as food are
// rare in news of disputes; "georgia" is a U.S. state too) are left out
// when they mislead more often than not.
var countries = func() map[string]string {
	m := map[string]string{}
	for _, row := range []string{
		"afghanistan afghan afghans kabul",
		"albania albanian tirana",
		"algeria algerian algiers",
		"argentina argentine argentinian",
		"armenia armenian yerevan",
		"australia australian canberra",
		"austria austrian vienna",
		"azerbaijan azerbaijani baku",
		"bahrain bahraini manama",
		"bangladesh bangladeshi dhaka",
		"belarus belarusian minsk",
		"belgium belgian brussels",
		"bolivia bolivian",
		"bosnia bosnian sarajevo",
		"brazil brazilian brasilia",
		"bulgaria bulgarian",
		"burma burmese myanmar",
		"cambodia cambodian",
		"cameroon cameroonian",
		"canada canadian ottawa",
		"chile chilean santiago",
		"china chinese beijing",
		"colombia colombian bogota",
		"croatia croatian zagreb",
		"cuba cuban havana",
		"cyprus cypriot nicosia",
		"denmark danish copenhagen",
		"ecuador ecuadorian quito",
		"egypt egyptian cairo",
		"eritrea eritrean",
		"estonia estonian",
		"ethiopia ethiopian addis",
		"finland finnish helsinki",
		"france french",
		"germany german berlin",
		"ghana ghanaian",
		"greece greek athens",
		"guatemala guatemalan",
		"haiti haitian",
		"honduras honduran",
		"hungary hungarian budapest",
		"india indian delhi",
		"indonesia indonesian jakarta",
		"iran iranian tehran",
		"iraq iraqi baghdad",
		"ireland irish dublin",
		"israel israeli jerusalem",
		"italy italian rome",
		"japan japanese tokyo",
		"jordanian amman",
		"kazakhstan kazakh",
		"kenya kenyan nairobi",
		"kosovo",
		"kuwait kuwaiti",
		"kyrgyzstan kyrgyz",
		"laos laotian",
		"latvia latvian",
		"lebanon lebanese beirut",
		"libya libyan tripoli",
		"lithuania lithuanian",
		"malaysia malaysian",
		"mali malian",
		"mexico mexican",
		"moldova moldovan",
		"mongolia mongolian",
		"morocco moroccan rabat",
		"mozambique",
		"nepal nepalese kathmandu",
		"netherlands dutch amsterdam",
		"nicaragua nicaraguan",
		"nigeria nigerian abuja",
		"norway norwegian oslo",
		"oman omani",
		"pakistan pakistani islamabad",
		"palestinian palestinians gaza ramallah",
		"panama panamanian",
		"paraguay paraguayan",
		"peru peruvian lima",
		"philippines filipino manila",
		"poland polish warsaw",
		"portugal portuguese lisbon",
		"qatar qatari doha",
		"romania romanian bucharest",
		"russia russian russians moscow kremlin",
		"rwanda rwandan kigali",
		"serbia serbian belgrade",
		"singapore singaporean",
		"slovakia slovak",
		"slovenia slovenian",
		"somalia somali mogadishu",
		"spain spanish madrid",
		"sudan sudanese khartoum",
		"sweden swedish stockholm",
		"switzerland swiss",
		"syria syrian damascus",
		"taiwan taiwanese taipei",
		"tajikistan tajik",
		"tanzania tanzanian",
		"thailand thai bangkok",
		"tunisia tunisian tunis",
		"turkey turkish ankara",
		"turkmenistan turkmen",
		"uganda ugandan kampala",
		"ukraine ukrainian kiev kyiv",
		"uruguay uruguayan",
		"uzbekistan uzbek",
		"venezuela venezuelan caracas",
		"vietnam vietnamese hanoi",
		"yemen yemeni sanaa",
		"zambia zambian",
		"zimbabwe zimbabwean harare",
		"britain british uk u.k england english scotland scottish wales welsh",
		"u.s u.s.a america american americans",
	} {
		f := lex.SpaceFields(row)
		for _, w := range f {
			m[w] = f[0]
		}
	}
	for two, c := range map[string]string{
		"united states": "u.s", "united kingdom": "britain", "great britain": "britain",
		"north korea": "north korea", "north korean": "north korea", "pyongyang": "north korea",
		"south korea": "south korea", "south korean": "south korea", "seoul": "south korea",
		"saudi arabia": "saudi", "saudi": "saudi", "saudis": "saudi", "riyadh": "saudi",
		"south africa": "south africa", "south african": "south africa", "pretoria": "south africa",
		"south sudan": "south sudan", "new zealand": "new zealand", "sri lanka": "sri lanka",
		"sri lankan": "sri lanka", "el salvador": "el salvador", "costa rica": "costa rica",
		"czech republic": "czech", "czech": "czech", "prague": "czech", "dominican republic": "dominican",
		"united arab": "emirates", "emirates": "emirates", "emirati": "emirates", "uae": "emirates",
		"abu dhabi": "emirates", "dubai": "emirates", "ivory coast": "ivory coast",
	} {
		m[two] = c
	}
	return m
}()

// reaction reports a claim that tells a reaction to the allegations
// rather than the allegations ("Orlo has been taking heat for his
// response to questions about the alleged bribes"): a word of reacting
// before its first word of alleging, and no verb that states an
// accusation, there or after it ("responded to a claim from Reid, who
// said he had not paid taxes" states the claim). Blind readers (session 12) rejected a denial set beside
// such a sentence.
func reaction(cw []string) bool {
	if hasAny(cw, accusationVerbs) {
		return false
	}
	for i, w := range cw {
		if reactionWords[w] {
			for j, x := range cw[i+1:] {
				if x == "alleged" || x == "allegedly" || accusationNouns[x] || x == "report" || x == "reports" || x == "story" {
					// Unless the claim is then stated: "responded to a
					// claim from Reid, who said he had not paid taxes".
					return !hasAny(cw[i+1+j:], statedBy)
				}
			}
			return false
		}
		if w == "alleged" || w == "allegedly" || accusationNouns[w] || w == "report" || w == "reports" || w == "story" {
			return false
		}
	}
	return false
}

// statedBy state what a claim says after its noun.
var statedBy = map[string]bool{"said": true, "says": true, "saying": true, "claimed": true, "claims": true,
	"that": true}

// reactionWords tell a reaction to something said.
var reactionWords = map[string]bool{"response": true, "responded": true, "responding": true, "responds": true,
	"reacted": true, "reacting": true, "reaction": true, "reactions": true, "backlash": true, "fallout": true,
	"outrage": true, "outraged": true}

// disjointCountries reports a count two of whose claims name countries
// and no country in common ("42 dead in Velmora" beside "31 dead across
// Kestria"): two tolls of two places.
func disjointCountries(ws [][]string) bool {
	var named []map[string]bool
	for _, w := range ws {
		if c := countriesOf(w); len(c) > 0 {
			named = append(named, c)
		}
	}
	for i := range named {
		for j := i + 1; j < len(named); j++ {
			shared := false
			for c := range named[i] {
				if named[j][c] {
					shared = true
					break
				}
			}
			if !shared {
				return true
			}
		}
	}
	return false
}

// otherStage reports a count whose claims count at different stages of
// a case: what someone is charged with ("charged with nine counts of
// murder"), what they confessed or admitted to ("confessed to killing
// 12"), what they were convicted of, read within five words before a
// figure or two after it. Blind readers (session 12)
// rejected charges beside a confession as a dispute: both can be right.
func otherStage(ws [][]string) bool {
	stage := func(w []string) string {
		for i, x := range w {
			if _, ok := atoi(x); !ok {
				continue
			}
			near := w[max(0, i-5):min(len(w), i+3)] // "charged with nine counts", "confessed to killing 12"
			switch {
			case hasAny(near, confessWords):
				return "confessed"
			case hasAny(near, convictWords):
				return "convicted"
			case hasAny(near, chargeWords):
				return "charged"
			}
		}
		return ""
	}
	first := stage(ws[0])
	for _, w := range ws[1:] {
		if stage(w) != first {
			return true
		}
	}
	return false
}

var (
	confessWords = map[string]bool{"confessed": true, "confesses": true, "confessing": true, "confession": true,
		"admitted": true, "admits": true, "admitting": true}
	convictWords = map[string]bool{"convicted": true, "guilty": true, "sentenced": true}
	chargeWords  = map[string]bool{"charged": true, "charges": true, "counts": true, "indicted": true, "indictment": true}
)

// unknowing reports a denial of knowledge ("denied any knowledge of the
// animals", "denies knowing about the account") beside a claim that says
// nothing of what the denier knew: an arrest or a charge is not denied
// by not knowing.
func unknowing(obj, cw []string) bool {
	knows := false
	for i := 0; i < len(obj) && i < 3; i++ {
		if obj[i] == "knowledge" || obj[i] == "knowing" {
			knows = true
		}
	}
	return knows && !hasAny(cw, knowWords)
}

// knowWords say what someone knew.
var knowWords = map[string]bool{"knew": true, "know": true, "knows": true, "known": true, "knowing": true,
	"knowledge": true, "aware": true, "awareness": true, "told": true, "informed": true, "warned": true,
	"briefed": true, "notified": true}
