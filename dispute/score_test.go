package dispute

import (
	"slices"
	"testing"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/input"
	"github.com/chorusnews/chorus/voices"
)

// claims builds a dispute of invented claims, one source each.
func claims(topic string, texts ...string) chorus.Dispute {
	d := chorus.Dispute{Topic: topic}
	for i, t := range texts {
		d.Claims = append(d.Claims, chorus.Claim{Text: t, Sources: []int{i + 1}})
	}
	return d
}

// spoken credits the last claim of d (the denial) to who.
func spoken(d chorus.Dispute, who string) chorus.Dispute {
	d.Claims[len(d.Claims)-1].Speaker = who
	return d
}

// spokenAll credits every claim of d to who.
func spokenAll(d chorus.Dispute, who string) chorus.Dispute {
	for i := range d.Claims {
		d.Claims[i].Speaker = who
	}
	return d
}

func TestFeatures(t *testing.T) {
	tests := []struct {
		name string
		d    chorus.Dispute
		on   []int // features that must be set
		off  []int // features that must be 0
	}{
		{"a count that differs", claims("Number of dead: the sources differ",
			"A bus fell into the Rell gorge on Friday, killing 12 people, police said.",
			"Fifteen people died when a bus fell into the Rell gorge on Friday."),
			[]int{fBias, fLogRatio, fCountShared}, []int{fDenial, fBound, fNoDiff, fPart, fHedge, fSameSource}},
		{"the same figure twice", claims("Number of dead: the sources differ",
			"A bus fell into the Rell gorge on Friday, killing 12 people.",
			"Twelve people died when a bus fell into the Rell gorge."),
			[]int{fNoDiff}, []int{fLogRatio}},
		{"a bound, a part and a hedge", claims("Number injured: the sources differ",
			"At least 30 people were injured in the Dorn fire, including four firefighters.",
			"The toll is likely to rise after 27 people were injured in the Dorn fire."),
			[]int{fBound, fPart, fHedge, fRound}, []int{fDenial}},
		{"a count of another time", claims("Number of dead: the sources differ",
			"Nine people were killed in a flood in Amsel last year.",
			"Three people were killed in the Amsel flood on Monday."),
			[]int{fOtherTime}, nil},
		{"a denial of an allegation", chorus.Dispute{Topic: "Denied by Mara Lind", Claims: []chorus.Claim{
			{Text: "The lawsuit alleges that Lind hid the losses of the Brack fund from investors.", Sources: []int{1}},
			{Text: "Lind denied the allegations in a statement on Tuesday.", Sources: []int{2}, Speaker: "Mara Lind"}}},
			[]int{fDenial, fAllegation, fFullName, fAnaphor}, []int{fClaimSpeaker, fSameSpeaker, fLogRatio, fSameSource}},
		{"a denial beside the denier's own words", chorus.Dispute{Topic: "Denied by Mara Lind", Claims: []chorus.Claim{
			{Text: "Lind said the fund had lost nothing.", Sources: []int{1}, Speaker: "Mara Lind"},
			{Text: "Lind denied that the fund had lost money.", Sources: []int{1}, Speaker: "Mara Lind"}}},
			[]int{fDenial, fClaimSpeaker, fSameSpeaker, fSameSource, fDenyShared}, []int{fAnaphor}},
		{"a denial without a topic", claims("",
			"The Post reported that the mayor knew of the leak.",
			"The mayor's office denied that the mayor knew of the leak."),
			[]int{fDenial, fDenyShared, fAllegation}, nil},
		{"a denial beside a negative claim", chorus.Dispute{Topic: "Denied by Mara Lind", Claims: []chorus.Claim{
			{Text: "Lind never saw the ledgers of the Brack fund, her office said.", Sources: []int{1}},
			{Text: "Lind denied the claims.", Sources: []int{2}, Speaker: "Mara Lind"}}},
			[]int{fDenial, fClaimNeg, fAnaphor, fWeakClaim}, []int{fAllegation}},
		{"one claim only", claims("Number of dead: the sources differ", "Five people died."),
			[]int{fBias}, []int{fDenial, fNoDiff, fLogRatio}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := features(tt.d)
			for _, k := range tt.on {
				if x[k] == 0 {
					t.Errorf("feature %s is 0, want set: %v", featureNames[k], x)
				}
			}
			for _, k := range tt.off {
				if x[k] != 0 {
					t.Errorf("feature %s is %v, want 0", featureNames[k], x[k])
				}
			}
			if c := Confidence(tt.d); !(c > 0 && c < 1) {
				t.Errorf("confidence %v out of (0, 1)", c)
			}
		})
	}
}

// TestConfidenceOrder checks the direction of the fitted weights on
// invented pairs: the first of each pair is the more credible dispute.
func TestConfidenceOrder(t *testing.T) {
	tests := []struct {
		name          string
		better, worse chorus.Dispute
	}{
		{"figures that differ over figures that agree",
			claims("Number of dead: the sources differ",
				"A bus fell into the Rell gorge on Friday, killing 12 people, police said.",
				"Fifteen people died when a bus fell into the Rell gorge on Friday, police said."),
			claims("Number of dead: the sources differ",
				"A bus fell into the Rell gorge on Friday, killing 12 people, police said.",
				"Twelve people died when a bus fell into the Rell gorge on Friday, police said.")},
		{"the same event over another",
			claims("Number of dead: the sources differ",
				"A bus fell into the Rell gorge on Friday, killing 12 people, police said.",
				"Fifteen people died when a bus fell into the Rell gorge on Friday, police said."),
			claims("Number of dead: the sources differ",
				"A bus fell into the Rell gorge on Friday, killing 12 people, police said.",
				"Fifteen people died in floods across the northern provinces, aid agencies reported.")},
		{"a claim by another side over the denier's own",
			chorus.Dispute{Topic: "Denied by Mara Lind", Claims: []chorus.Claim{
				{Text: "The lawsuit alleges that Lind hid the losses of the Brack fund.", Sources: []int{1}},
				{Text: "Lind denied that she hid the losses of the Brack fund.", Sources: []int{2}, Speaker: "Mara Lind"}}},
			chorus.Dispute{Topic: "Denied by Mara Lind", Claims: []chorus.Claim{
				{Text: "Lind said the Brack fund had been run with care.", Sources: []int{1}, Speaker: "Mara Lind"},
				{Text: "Lind denied that she hid the losses of the Brack fund.", Sources: []int{2}, Speaker: "Mara Lind"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if b, w := Confidence(tt.better), Confidence(tt.worse); b <= w {
				t.Errorf("confidence %.3f not above %.3f", b, w)
			}
		})
	}
}

// TestFindFilters checks that Find shows only what the model trusts: on
// the invented ferry fixture the rules pair the passengers' account with
// the company's denial, a claim the model scores under MinConfidence;
// since session 10 it is shown on the lower bar of a claim that states
// what the denial denies ("had carried more than 200 people"), beside
// the count.
func TestFindFilters(t *testing.T) {
	arts, _, err := input.ReadPath("testdata/tolls", input.Options{})
	if err != nil {
		t.Fatal(err)
	}
	docs := make([]voices.Doc, len(arts))
	for i, a := range arts {
		docs[i] = voices.Doc{Source: i + 1, Sentences: split(a.Text)}
	}
	all, shown := candidates(docs, nil), Find(docs)
	if len(all) != 2 || len(shown) != 2 {
		t.Fatalf("rules found %d disputes, Find shows %d; want 2 and 2", len(all), len(shown))
	}
	for _, d := range all {
		c := Confidence(d)
		if kept := slices.ContainsFunc(shown, func(s chorus.Dispute) bool { return s.Topic == d.Topic }); kept != (c >= minConfidence(d) && !vetoed(d)) {
			t.Errorf("%q: confidence %.3f, shown %v", d.Topic, c, kept)
		}
	}
}

// TestVetoed checks the disputes the rules reject whatever their
// confidence, on invented claims.
func TestVetoed(t *testing.T) {
	tests := []struct {
		name string
		d    chorus.Dispute
		want bool
	}{
		{"a count of one event", claims("Number of dead: the sources differ",
			"A bus fell into the Rell gorge on Friday, killing 12 people.",
			"Fifteen people died when a bus fell into the Rell gorge."), false},
		{"two countries' tolls", claims("Number of dead: the sources differ",
			"Over 200 deaths were reported from Varnia after the quake struck the border region.",
			"In Osteria, 73 people were reported dead after the quake struck the border region."), true},
		{"one country's tolls", claims("Number of dead: the sources differ",
			"Over 200 deaths were reported in Varnia after the quake struck.",
			"The quake killed 73 people in Varnia, officials said."), false},
		{"in clashes, in Varnia", claims("Number of dead: the sources differ",
			"Twelve people were killed in clashes on Monday, officials said.",
			"Police said 15 people were killed in Varnia on Monday."), false},
		{"a count of an event in another month", claims("Number of dead: the sources differ",
			"In June, gunmen stormed the Orla hotel, killing at least 14 people.",
			"Gunmen stormed a hotel in Orla on Wednesday, killing 28 people."), true},
		{"in May is a month", claims("Number of dead: the sources differ",
			"The Orla shootout ended with nine dead in May.",
			"Eleven people were killed in the Orla shootout."), true},
		{"both claims in the same month", claims("Number of dead: the sources differ",
			"In June, floods killed 14 people in Orla.",
			"The June floods in Orla killed 20 people."), false},
		{"a link to another story", claims("Number of dead: the sources differ",
			"Related Nearly 40 dead after the Orla hotel siege ends.",
			"Gunmen stormed a hotel in Orla on Wednesday, killing 28 people."), true},
		{"a denial", claims("Denied by Mara Lind",
			"The lawsuit alleges that Lind hid the losses of the Brack fund.",
			"Lind denied the allegations."), false},
		{"a refusal", claims("Denied by the river agency",
			"The agency says it will not grant a permit for the Orla dam.",
			"The river agency has denied an easement for the Orla dam."), true},
		{"a jury's verdict", claims("Denied by jurors",
			"The college did not mislead the student, a jury decided on Thursday.",
			"Jurors rejected the claim that the college misled her."), true},
		{"one claim", claims("Number of dead: the sources differ", "Five people died."), true},
		// Scopes, spans, parts, furniture and rulings (packet 6).
		{"an area's toll beside one country's", claims("Number of dead: the sources differ",
			"A cold wave has killed at least 62 people throughout Norland, police said.",
			"The cold wave has caused 47 deaths in Ostmark since Monday."), true},
		{"an area named by both", claims("Number of dead: the sources differ",
			"At least 23 people were killed across Relland on Wednesday.",
			"At least 15 people have been killed in the Relland strip."), false},
		{"two states beside one", claims("Number of dead: the sources differ",
			"Tornadoes killed 12 people in Arlen and Brask on Sunday.",
			"Nine people were killed in Arlen by the tornadoes."), true},
		{"a count over seven weeks", claims("Number of dead: the sources differ",
			"The fever has killed 30 people in Orla county.",
			"Eleven people have died of the fever in seven weeks."), true},
		{"four days of one battle", claims("Number of dead: the sources differ",
			"Clan fighting has left at least 20 people dead in Sabra.",
			"At least 16 people died in four days of clashes in Sabra."), false},
		{"a part found in a trailer", claims("Number of dead: the sources differ",
			"Eight people were found dead in a trailer outside Orla.",
			"Nine people died after being smuggled to Orla."), true},
		{"a page's label", claims("Number of dead: the sources differ",
			"Famous feuds: the Orla quarrel left 3 people dead.",
			"Two people died in the Orla quarrel."), true},
		{"a dateline is no label", claims("Number of dead: the sources differ",
			"Orla City: a fire killed 24 people in a school dormitory.",
			"Officials confirmed that 23 people died in the school fire."), false},
		{"two sentences run together", claims("Number of dead: the sources differ",
			"The houses on Daly street collapsed on July 29, 2013. eight people were injured.",
			"Seven people were injured when the houses on Daly street collapsed."), true},
		{"a senate drops charges", claims("Denied by Senate",
			"Judge Orm was charged with partiality.",
			"Senate dismissed the charges at the request of the managers after Orm resigned."), true},
		{"a claim ruled unproven", claims("Denied by the court",
			"Her lawsuit said managers made insulting comments.",
			"The court dismissed that claim, saying she failed to prove it."), true},
		{"a denial called false", claims("Denied by the ministry",
			"Reports said the ministry hid the Orla losses.",
			"The ministry said the reports were false."), false},
		// Denials beside no accusation, counts of other things (packet 7).
		{"a denial beside the denier's own rejection", spoken(claims("Denied by Mr Varro",
			"Former premier Tomas Varro went on radio to reject accusations of secret funding for his campaign.",
			"Mr Varro denies any wrongdoing."), "Mr Varro"), true},
		{"a denial beside a claim by the same speaker", spokenAll(claims("Denied by Mara Lind",
			"Lind said the audit of the Brack fund was routine.",
			"Lind denied any wrongdoing."), "Mara Lind"), true},
		{"wrongdoing beside an accusation of the denier", spoken(claims("Denied by Mr Halder",
			"Shipping magnate Piet Halder was arrested in Orla over bribery allegations.",
			"Mr Halder has denied any wrongdoing."), "Mr Halder"), false},
		{"wrongdoing beside an accusation after 'alleged that'", spoken(claims("Denied by Walder",
			"On Tuesday prosecutors in the northern city alleged that the regional governor Ann Walder ran a kickback scheme.",
			"Walder has denied wrongdoing."), "Walder"), false},
		{"wrongdoing beside 'is accused of'", spoken(claims("Denied by Mr Brenn",
			"A recording in which the former union boss Karl Brenn is accused of ordering the break-in will air this week.",
			"Mr Brenn denies any involvement."), "Mr Brenn"), false},
		{"wrongdoing beside an accusation of someone else", spoken(claims("Denied by Dorn",
			"Dorn left the court with his lawyers, who read a statement that accused the judge of bias.",
			"Dorn has denied any wrongdoing."), "Dorn"), true},
		{"wrongdoing beside the denier's name as a case's", spoken(claims("Denied by Mr Stavro",
			"The market regulator came under fire over its handling of the alleged Stavro fraud, a watchdog said.",
			"Mr Stavro denies wrongdoing."), "Mr Stavro"), true},
		{"wrongdoing beside a claim that does not name the denier", spoken(claims("Denied by Ilse Varga",
			"Two swimmers were found to have liver damage after years of pills.",
			"Varga denied any knowledge of it."), "Ilse Varga"), true},
		{"the gunman counted in one toll only", claims("Number of dead: the sources differ",
			"The shooting at the Orla depot left four dead and nine wounded, and the gunman's motive is unknown.",
			"The driver who killed three people at the Orla depot had argued with a colleague."), true},
		{"gunmen taken alive", claims("Number of dead: the sources differ",
			"Two gunmen opened fire in an Orla market, killing three people before being detained.",
			"Four people were killed in a gun attack on an Orla market."), false},
		{"a toll of people beside one of birds", claims("Number of dead: the sources differ",
			"The fever has killed five people in the Orla valley.",
			"Seven dead crows found in the Orla valley carried the fever."), true},
		{"deaths of two causes", claims("Number of dead: the sources differ",
			"Twelve people have died of cholera in Brask county this month.",
			"More than 40 people have died of measles in Brask county this month."), true},
		{"deaths of one cause", claims("Number of dead: the sources differ",
			"Twelve people have died of cholera in Brask county.",
			"At least 19 people have died from cholera in Brask county."), false},
		// Other sides, other acts, other places (packets 2-9, session 6).
		{"charges dropped in a plea deal", claims("Denied",
			"A rancher accused of running dog fights pleaded guilty on Monday to one count of illegal gambling.",
			"Orm accepted a plea deal in which the government dismissed charges of animal cruelty."), true},
		{"charges dismissed by the accused's side", spoken(claims("Denied by Mr Orm",
			"Prosecutors accused Pavel Orm of taking bribes from the port's contractors.",
			"Mr Orm dismissed the charges as a political attack."), "Mr Orm"), false},
		{"the denier's own account in the claim", spoken(claims("Denied by Kessler",
			"The testimony raises questions about a man who insists he shot his wife by accident at their home in Orla.",
			"Kessler denies murdering his wife, saying he mistook her for a burglar."), "Kessler"), true},
		{"the denier's side tells the claim", spoken(claims("Denied by the campaign",
			"In a statement, the Halder campaign said it was a guard who pushed the reporter.",
			"The campaign also denied that claim, calling it entirely false."), "The campaign"), true},
		{"a denied act the claim does not state", spoken(claims("Denied by Tomas Varro",
			"Former premier Tomas Varro came under pressure from the publisher Ann Brack during his time in office, he testified.",
			"Varro has denied striking a deal with Brack in return for her papers' support."), "Tomas Varro"), true},
		{"a denied act in other words", spoken(claims("Denied by Mr Halder",
			"Piet Halder was charged with the murder of his business partner in Orla.",
			"Mr Halder denied killing his partner."), "Mr Halder"), false},
		{"a denied act in its past form", spoken(claims("Denied by Ann Brack",
			"A former aide said Ann Brack met the smugglers twice in Orla.",
			"Brack denied ever meeting the smugglers."), "Ann Brack"), false},
		{"a denied attempt", spoken(claims("Denied by Lind",
			"Mara Lind is charged with trying to bribe a judge in Orla.",
			"Lind denies trying to bribe anyone."), "Lind"), false},
		{"a court rejects a side's claim", claims("Denied by the judges",
			"Three heirs said the statue must go to Lorne.",
			"The judges rejected the claim of the heirs that the museum had a duty to consult them."), true},
		{"two countries beside one, past a region's name", claims("Number of dead: the sources differ",
			"More than 60 are dead after floods struck northern Relland and Brask, officials said.",
			"At least 43 people have been killed after floods hit northern Relland."), true},
		{"the dead when found beside the toll", claims("Number of dead: the sources differ",
			"Police found 39 people packed into a lorry in Orla, and eight men already dead.",
			"At least nine people died after being packed into a lorry in Orla."), true},
		{"a round lower bound and a figure above it", claims("Number of dead: the sources differ",
			"The warehouse blast in Orla killed more than 100 people.",
			"The Orla warehouse blast killed at least 114 people."), true},
		{"another event recalled", claims("Number of dead: the sources differ",
			"At least two people are dead after a gas explosion destroyed two buildings in Orla on Wednesday.",
			"An explosion on Tuesday at a Brask condominium that killed one person came as a reminder of how destructive a gas leak can be."), true},
		{"an update past a lower bound", claims("Number of dead: the sources differ",
			"Four days of unrest in Orla have left at least 40 dead.",
			"Five days of unrest in Orla have led to 50 deaths."), false},
		// Session 9's strict reading.
		{"a claim saying no one accused", spoken(claims("Denied by Vale",
			"Vale hasn't been accused of wrongdoing and there is no sign he misled the board.",
			"Vale denied any wrongdoing."), "Vale"), true},
		{"a claim saying someone accused", spoken(claims("Denied by Vale",
			"Vale has been accused of misleading the board about the merger.",
			"Vale denied any wrongdoing."), "Vale"), false},
		{"the spokesman's statement beside the spokesperson's denial", spoken(claims("Denied by a Brackair spokesperson",
			"A Brackair spokesman says the airline has settled with the owner of the dog.",
			"A Brackair spokesperson called the claim false."), "A Brackair spokesperson"), true},
		{"the denier's own testimony", spoken(claims("Denied by Ann Pell",
			"Pell, who is charged in the permit case, testified that she had asked the mayor first.",
			"Ann Pell rejected the charges against her, telling the jury she had acted in good faith."), "Ann Pell"), true},
		{"harm denied, suffocating charged", spoken(claims("Denied by Dan Rell",
			"Dan Rell, 33, had been accused of suffocating his son while caring for him at home in Orla.",
			"Rell had denied harming his son, telling police he had found him not breathing."), "Dan Rell"), false},
		// Session 10: a claim that is no allegation beside "denied the
		// allegations".
		{"a quoted statement beside denied allegations", spoken(claims("Denied by Omar Vell",
			"Lina Vell was taken to Orla by her father, who said he did it to \"keep her safe\".",
			"Mr Vell has denied the allegations in court."), "Omar Vell"), true},
		{"a quoted allegation beside denied allegations", spoken(claims("Denied by Omar Vell",
			"The lawsuit alleges that Vell \"kept her locked in the house\" for two years.",
			"Mr Vell has denied the allegations in court."), "Omar Vell"), false},
		{"a quote claimed by a campaign beside denied allegations", spoken(claims("Denied by Brackair",
			"The union has waged a campaign against Brackair claiming it is \"known for deplorable treatment of its staff\".",
			"Brackair rejected the allegation, saying its staff come first."), "Brackair"), false},
		{"a quote told to a reporter beside denied allegations", spoken(claims("Denied by Brackair",
			"Former pilots told the Orla Times they were \"ordered to fly tired\".",
			"Brackair denied the allegations."), "Brackair"), false},
		{"the denier's own statement beside those claims", spoken(claims("Denied by Brackair",
			"A judge postponed the trial after Brackair said its lawyers were busy with another case.",
			"But Brackair dismissed those claims as untrue."), "Brackair"), true},
		{"someone else's statement beside those claims", spoken(claims("Denied by Brackair",
			"Pilots said Brackair forced them to fly tired.",
			"But Brackair dismissed those claims as untrue."), "Brackair"), false},
		{"one bombing beside two", claims("Number of dead: the sources differ",
			"At least 14 people were killed in a bombing on a tram in Orla on Monday.",
			"Police patrols were doubled in Orla after two bombings that left 31 people dead."), true},
		{"two bombings in both", claims("Number of dead: the sources differ",
			"Two bombings in Orla left 31 people dead.",
			"Two bombings in Orla killed at least 28 people."), false},
		// Session 13: the kinds session 12's blind readers rejected.
		{"another country's denial", spoken(claims("Denied by Italy's foreign ministry",
			"Greek officials said Turkish jets flew over the island of Lesbos on Monday.",
			"Italy's foreign ministry denied the report on Tuesday."), "Italy's foreign ministry"), true},
		{"the country's own denial", spoken(claims("Denied by Turkey's foreign ministry",
			"Greek officials said Turkish jets flew over the island of Lesbos on Monday.",
			"Turkey's foreign ministry denied the report on Tuesday."), "Turkey's foreign ministry"), false},
		{"a denial of what is said of another country", spoken(claims("Denied by the ministry",
			"Greek officials said the ministry's jets had flown over the island of Lesbos from Albania on Monday.",
			"The ministry denied reports that its jets had flown over Cyprus."), "The ministry"), true},
		{"a denial of what is said of the same country", spoken(claims("Denied by the ministry",
			"Greek officials said the ministry's jets had flown over Cyprus from Albania on Monday.",
			"The ministry denied reports that its jets had flown over Cyprus."), "The ministry"), false},
		{"a reaction to the allegations", spoken(claims("Denied by Dalen Orlo",
			"Senator Dalen Orlo has been taking heat for his response to questions about the Ledger's story on alleged bribes.",
			"Orlo denied the allegations on Friday, saying he was falsely accused."), "Dalen Orlo"), true},
		{"the allegations after a reaction", spoken(claims("Denied by Dalen Orlo",
			"Under fire, Senator Dalen Orlo was accused by two donors of taking bribes, the Ledger reported.",
			"Orlo denied the allegations on Friday, saying he was falsely accused."), "Dalen Orlo"), false},
		{"a response to a claim it states", spoken(claims("Denied by Dalen Orlo",
			"Orlo responded to a claim from Ann Pell, who said he had not paid taxes for ten years.",
			"Orlo denied the claim on Friday."), "Dalen Orlo"), false},
		{"knowledge denied beside an arrest", spoken(claims("Denied by Tom Hale",
			"Tom Hale, 41, was arrested on Monday and could face two charges after the discovery at his farm near Orla.",
			"Hale denied any knowledge of the dogs on the property."), "Tom Hale"), true},
		{"knowledge denied beside a claim that he knew", spoken(claims("Denied by Tom Hale",
			"Neighbours said Tom Hale knew the dogs were kept in the barn of his farm near Orla.",
			"Hale denied any knowledge of the dogs on the property."), "Tom Hale"), false},
		{"charged beside confessed", claims("Number of dead: the sources differ",
			"Dalen Voss was charged with killing nine people in Arden between 2009 and 2014.",
			"Dalen Voss confessed to killing 12 people in Arden between 2009 and 2014."), true},
		{"charged in both", claims("Number of dead: the sources differ",
			"Dalen Voss was charged with killing nine people in Arden between 2009 and 2014.",
			"Dalen Voss was charged with killing 12 people in Arden between 2009 and 2014."), false},
		{"two countries' tolls", claims("Number of dead: the sources differ",
			"Floods in Serbia after the storm killed at least 19 people on Friday.",
			"Floods in Bosnia after the storm killed at least 30 people on Friday."), true},
		{"one country's toll, by name and people", claims("Number of dead: the sources differ",
			"Floods in Serbia after the storm killed at least 19 people on Friday.",
			"Serbian officials said the storm killed at least 30 people on Friday."), false},
		// A headline of the denier's side run into the claim (session 18).
		{"a claim that slams the lawsuit", spoken(claims("Denied by the quiz's host",
			"Quiz winner Lena Orr slams lawsuit against Brack Quiz \"every player signs the rules,\" the statement went on.",
			"The quiz's host refuted the claims on his blog."), "The quiz's host"), true},
		{"a claim that slams the minister", spoken(claims("Denied by Tom Hale",
			"Rivals slammed Tom Hale and alleged he hid the losses of the Brack fund.",
			"Hale denied the allegations."), "Tom Hale"), false},
	}
	for _, tt := range tests {
		if got := vetoed(tt.d); got != tt.want {
			t.Errorf("%s: vetoed = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestAccusesDenier checks which denials count as answering a claim that
// accuses the denier by name (the lower threshold), on invented claims.
func TestAccusesDenier(t *testing.T) {
	tests := []struct {
		name, claim, claimBy, denier string
		want                         bool
	}{
		{"passive", "For years, Tom Arvel has been accused of fraud by former partners.", "", "Tom Arvel", true},
		{"passive, far", "Jon Vasko, 29, whose nickname police said is Ace, and Lee Moor, 31, have been charged with murder.", "", "Vasko", true},
		{"active", "Democrats accused Republicans of wasting the surplus on tax cuts.", "", "Republicans", true},
		{"claimed that", "A post on a forum claimed that Dorn is a member of the gang.", "", "Mayor Ed Dorn", true},
		{"mention only", "Moore refused to concede after allegations of misconduct emerged.", "", "Moore", false},
		{"the accuser", "Vasko accused the mayor of lying about the budget.", "", "Vasko", false},
		{"credited to the denier", "Tom Arvel said he was charged with fraud by mistake.", "Tom Arvel", "Tom Arvel", false},
		{"common noun", "The report claimed that police beat the protesters.", "", "A police spokesman", false},
		{"no name", "The bank is accused of aiding the group.", "", "Those banks", false},
		{"someone else", "Lee Moor has been charged with theft.", "", "Vasko", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := chorus.Dispute{Topic: "Denied by " + tt.denier, Claims: []chorus.Claim{
				{Text: tt.claim, Sources: []int{1}, Speaker: tt.claimBy},
				{Text: tt.denier + " denied the charges.", Sources: []int{2}, Speaker: tt.denier}}}
			if got := accusesDenier(d); got != tt.want {
				t.Errorf("accusesDenier = %v, want %v", got, tt.want)
			}
			want := MinConfidence
			if tt.want {
				want = MinAccusedConfidence
			}
			if got := minConfidence(d); got != want {
				t.Errorf("minConfidence = %.2f, want %.2f", got, want)
			}
		})
	}
	count := chorus.Dispute{Topic: "Number of dead: the sources differ", Claims: []chorus.Claim{{Text: "Four died."}, {Text: "Five died."}}}
	if got := minConfidence(count); got != MinCountConfidence {
		t.Errorf("count: minConfidence = %.2f, want %.2f", got, MinCountConfidence)
	}
}

// TestCut checks which claim texts stop before their sentence ends.
func TestCut(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"The council denied the claims.", false},
		{"\"We never took the money,\" she said.\"", false},
		{"Did the mayor know?", false},
		{"The challengers said the board closed polling stations …", false},
		{"Members of the council have vehemently denied the allegations from", true},
		{"", true},
	}
	for _, tt := range tests {
		if got := cut(tt.text); got != tt.want {
			t.Errorf("cut(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestStatesDenied checks which denials state what they deny in a clause
// whose verb their claim states (the lower bar MinStatedConfidence), on
// invented claims.
func TestStatesDenied(t *testing.T) {
	tests := []struct {
		name, claim, denial string
		want                bool
	}{
		{"the act stated", "Orla Books is considering a streaming service, according to people close to the company.",
			"Orla Books denied Thursday reports that it is considering a free streaming service.", true},
		{"a past form", "A source told reporters a second bear had been killed by a hunter near Tolby.",
			"The warden dismissed reports that the bear had been killed, saying its collar showed nothing unusual.", true},
		{"another act", "The Ledger report included quotes from officials discussing why flights had been limited over Orla.",
			"Officials denied a report that they ordered the flight limits to keep news helicopters away.", false},
		{"pointing back", "Orla Books is considering a streaming service, according to people close to the company.",
			"Orla Books denied the reports.", false},
		{"an adverb is no act", "Investigators were increasingly frustrated by the lack of leads, officials said.",
			"The board disputed reports that investigators are increasingly convinced the crash was deliberate.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := chorus.Dispute{Topic: "Denied by the board", Claims: []chorus.Claim{
				{Text: tt.claim, Sources: []int{1}}, {Text: tt.denial, Sources: []int{2}}}}
			if got := statesDenied(d); got != tt.want {
				t.Errorf("statesDenied = %v, want %v", got, tt.want)
			}
			if got := minConfidence(d) == MinStatedConfidence; got != tt.want {
				t.Errorf("minConfidence = %.2f", minConfidence(d))
			}
		})
	}
}

// TestStatedGivesWay checks that a denial shown on the lower bar of a
// claim that states what is denied gives way to one of the same denier
// that clears the usual bar, and is shown when there is none.
func TestStatedGivesWay(t *testing.T) {
	stated := []string{"A source at the parks agency told reporters a second bear had been killed illegally by a hunter near Tolby on July 3.",
		"Warden Ann Pell dismissed reports that the bear had been killed, saying a collar on the bear showed nothing out of the ordinary."}
	docs := []voices.Doc{{Source: 1, Sentences: stated[:1]}, {Source: 2, Sentences: stated[1:]}}
	all, _ := scored(docs, nil)
	if len(all) != 1 || !statesDenied(all[0]) || Confidence(all[0]) >= MinConfidence {
		t.Fatalf("fixture: want one stated denial under MinConfidence, got %+v", all)
	}
	if ds := Find(docs); len(ds) != 1 {
		t.Fatalf("stated denial alone: got %d disputes, want 1: %+v", len(ds), ds)
	}
	sure := []string{"The lawsuit alleges that Warden Ann Pell hid the losses of the park fund from the board.",
		"Warden Ann Pell denied the allegations."}
	ds := Find(append(docs, voices.Doc{Source: 3, Sentences: sure[:1]}, voices.Doc{Source: 4, Sentences: sure[1:]}))
	if len(ds) != 1 || ds[0].Claims[1].Text != sure[1] {
		t.Errorf("got %+v, want the allegations' denial only", ds)
	}
}

// TestStatesDeniedClause checks that a claim set beside a denial that
// states a clause states that clause's predicate, or what the predicate
// is said of (session 10's blind test: "denied the site is nuclear"
// beside "a site was found").
func TestStatesDeniedClause(t *testing.T) {
	tests := []struct {
		claim, denial string
		want          bool
	}{
		{"A site near Tavrin was found on satellite images, according to analysts.",
			"Norland denied that the site near Tavrin is nuclear.", false},
		{"Analysts said the site near Tavrin is a nuclear plant.",
			"Norland denied that the site near Tavrin is nuclear.", true},
		{"The analysts said Norland had built a second runway at the Kessel air base.",
			"Norland denied that it had built a second runway at the Kessel air base.", true},
		{"The submarine was carrying a new type of torpedo, according to some reports.",
			"Klebar rejected reports that the Kursel was testing a new type of torpedo that used liquid fuel.", true},
		{"The submarine sank near the new torpedo range, according to some reports.",
			"Klebar rejected reports that the Kursel was testing a new type of torpedo that used liquid fuel.", false},
	}
	for _, tt := range tests {
		dw := words(tt.denial)
		pred, rest := deniedPredicate(dw, denyAt(dw))
		if pred == "" {
			t.Errorf("deniedPredicate(%q) = \"\"", tt.denial)
			continue
		}
		if got := statesDeniedClause(words(tt.claim), pred, rest); got != tt.want {
			t.Errorf("statesDeniedClause(%q, %q) = %v, want %v", tt.claim, tt.denial, got, tt.want)
		}
	}
}

// TestNamedOnly checks that a claim naming allegations without stating
// them is no claim beside "denied the allegations".
func TestNamedOnly(t *testing.T) {
	obj := words("the allegations in a statement")
	tests := []struct {
		claim string
		want  bool
	}{
		{"A fourth woman has come forward with allegations against the conductor Piet Maren.", true},
		{"Maren resigned as chairman following a report of widespread misconduct allegations.", true},
		{"A fourth woman alleges that Maren groped her backstage in 2015.", false},
		{"Maren faces allegations that he groped a violinist backstage.", false},
		{"A fourth woman has come forward with allegations of groping against Maren.", false},
		{"Maren was accused of groping a violinist, and there are new allegations against him.", false},
	}
	for _, tt := range tests {
		if got := namedOnly(words(tt.claim), obj); got != tt.want {
			t.Errorf("namedOnly(%q) = %v, want %v", tt.claim, got, tt.want)
		}
	}
}
