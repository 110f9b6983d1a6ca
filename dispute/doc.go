// Package dispute finds where the sources of a cluster, or the people they
// quote, disagree: differing figures for the same count ("at least 23
// dead" in one source, "31 dead" in another) and a denial ("The survey
// disputed that account") beside the claim it denies. It returns the
// claims side by side, each cited, for Summary.Disputes.
//
// It sits after the sentence stage and beside package voices, whose
// attribution names the speaker of each claim (article → clean text →
// sentences → voices, disputes). Rules and a fitted score, tuned for
// precision: it prefers showing fewer disputes, each real.
//
// Figures (figure.go, toll.go): a figure is a number next to a word of a
// count (killed, injured, missing, arrested, charged) and the noun it
// counts. Shares, rates, ranges, ages and parts of a count ("three
// seriously injured") are not tolls; a sentence dated to another time or
// place ("two weeks ago", "across the country") counts something else. Two
// sources dispute a count when their figures cannot both be right (a lower
// bound allows a tenth above it; attackers counted among the dead allow a
// few more), their sentences share words of the event, and neither source
// gives a figure that agrees with the other's. A figure in dozens is a
// round one ("at least two dozen" is 24 and more; "more than a dozen"
// allows 14), and "eight other animals" counts animals. A count given as an update
// ("rose to 31") is shown as one, lowest figure first.
//
// A count is vetoed when its claims count over different places ("62
// throughout Europe" beside "47 in Poland"), periods ("in seven weeks")
// or parts ("eight found in a trailer") or name different places at
// their figures ("from Pakistan" beside "In Afghanistan, 73 ..."), a
// figure that is a forecast ("likely to exceed 100") is no count, and
// any dispute whose claim is cut before its sentence ends or opens
// with a page's label ("Famous feuds: ...") or runs two sentences
// together; so is a count of animals beside one of people ("seven dead
// crows"), of deaths put to different causes ("of starvation", "of
// malaria"), or two tolls one apart beside a single perpetrator not taken
// alive (whether the gunman is counted), a count "in northern X and Y"
// beside one in X, claims naming different countries only, a count
// charged beside one confessed ("charged with killing nine" beside
// "confessed to killing 12"), the dead "already" found beside the toll, and a round
// lower bound beside a figure just above it ("more than 100", "at least
// 114"). A denial is vetoed beside a claim that is itself a denial or the
// denier's own (told by the denier's side, "a man who insists he ..."),
// a denial of wrongdoing beside a claim that names the denier only in
// passing ("the alleged Stavro fraud") or accuses someone else, a denied
// act beside a claim that does not state the act ("denied striking a
// deal" beside "came under pressure"), a denied clause beside a claim
// that states neither its predicate nor what the predicate is said of
// ("denied that the site is nuclear" beside "a site was found"), a
// denial of "the allegations" beside a claim that only names them
// ("has come forward with allegations against X"), a denial by a
// country, or of what is said of a country, beside a claim that names
// other countries only, a claim telling a reaction to the allegations
// ("taking heat for his response to questions about the alleged
// bribes") rather than stating them, a denial of knowledge ("denied any
// knowledge of the dogs") beside a claim that says nothing of what the
// denier knew (country.go), and
// charges dismissed by those
// who bring them ("the government dismissed charges": a plea deal)
// (veto.go). A denial that points back to allegations ("denied the
// allegations") is vetoed beside a claim that is only someone's quoted
// statement credited with a plain verb of saying (no word of alleging,
// accusing, charging or reporting), and any denial beside the denier's
// own words ("after Brackair said its lawyers were busy"); a claim found
// in another source must state an allegation with a verb, not name a
// lawsuit in passing (stated.go).
//
// Denials (denial.go, speaker.go): a verb of denial whose object either
// names the claim ("denied the charges": the sentence of charges before
// it, the one that states the accusation before one that names it in
// passing, else any source's sentence that accuses the denier by name,
// else the sentence just before it in its source when that one tells
// someone's claim ("The group says the photographs prove ..." before "A
// military spokesman denied the allegations"), but never one accusing
// someone other than a denier named by a proper name;
// "dismissed the shooting report": the sentence that reports the
// shooting; "dismissed the rumours": the sentence up to three before it
// in its source that tells the rumour) or states it ("denied that the ferry was overloaded": the
// cluster's claim that shares most of its words). The denial must be a
// whole sentence with a named speaker (or a pronoun right after the
// accusation it answers: "X is charged with ... . He denies the
// charges."), must not hold its claim inside itself ("rumours ..., which
// he denied"), and is never set beside the denier's own account or
// another rebuttal. Saying that a claim is false ("said the allegations
// were false"), insisting on a negative ("insisted it had not"), and
// denying wrongdoing or an act ("denied setting the fire") beside a
// sentence that accuses the denier by name count as denials; a court,
// legislature or prosecutor dismissing a claim or charges, or ruling it
// unproven, or a court or judge rejecting a side's claim, does not; nor
// does a refusal, something withheld rather than a claim denied ("after
// being denied a medical abortion", "denied Lind a visa", "denies
// inmates treatment"). A speaker is shown only as a name or a noun
// phrase, never a piece of a clause; a cluster shows one dispute per
// topic.
//
// A claim and its denial told in one sentence, two clauses joined by
// "but" or "although" after a comma ("The challengers said the board
// closed polling stations ..., but the board denied it"), are shown as
// the source's two clauses, each cut at that comma with an ellipsis, the
// denier read from the second clause only; the claim clause must report
// a claim (a verb of claiming or accusing, or a rumour or report told by
// its noun before "that": "Rumours spread that ..., though his office
// denied those reports") and the denial must deny it as a whole ("it", "that", "the
// accusation"). The confidence model, fitted on pairs of sentences, does
// not score these; the rules of a denial still veto them.
//
// A denial whose own object names who makes the claim and states it
// ("Kestria rejected Ann Pell's assertion that it would pay for the
// dam", "denied a claim by Mayor Hale that ...", "rejected assertions
// from Velmora that ...", not "reports from last week") is shown beside that
// claim, cut from the sentence with an ellipsis from the claimant's
// first word to the clause's end, when no other sentence's claim is
// shown beside it (inline.go); a court's rejection is no denial here
// either, and the claimant must be someone other than the denier.
//
// A denier may be the subject of a verb chain ("Then today Mayor Hale
// spoke to the council and flatly denied ...": chainSubject), and an
// inline claimant one to three words before the claim noun ("denied a
// Harbour Gazette report that ..."), none of them generic ("earlier",
// "media", "today"); the denial may open with a phrase and a comma ("In
// a briefing, a spokesman denied ..."). A claim told with "say" and
// refuted after ", but" is split as above. An accusation and its denial
// in a closing clause ("X is accused of ..., which he denies", "..., a
// charge the board has denied") are shown as the sentence's two parts
// cut at that comma, when the part before states a claim with a verb in
// six to forty words (relative.go). A denied act ("Kestria denies
// controlling the militias") is set beside a sentence that says the
// denier did it ("Gen Vos said Kestria controlled ... the militias":
// actClaim), past the confidence model, which scores such pairs low,
// but not past the vetoes.
//
// A denial of responsibility ("Vostokian authorities denied any
// involvement in the poisoning", "denies responsibility", "denied any
// role in") is set beside a sentence that blames the denier when none
// accuses it with a word of alleging: a word of blame ("blamed",
// "accuses", "responsible", "behind", "orchestrating") within six words
// of the denier's name, or of a word of the same country ("Moscow", "the
// Kremlin" for "Russia"; blame.go). Such pairs are shown past the
// confidence model, fitted on denials beside accusations, but not past
// the vetoes. Told in one sentence ("X has blamed Y for the attack, but
// Y denies any involvement") the two clauses are cut at the comma as
// above. A relative clause names its denier by the name it hangs on
// ("Danner, 52, who denies all charges, told the court ...": Danner;
// relativeSubject), "deny" after a plural subject denies ("the
// country's officials deny"), and a contracted "not" ("didn't deny")
// turns a denial around as "not" does.
//
// A denial told in the passive names its denier after "by" (passive.go):
// "This was denied by the ministry" or "Pell's account was disputed by
// his aides" is set beside the sentence just before it in its source
// when that one reports a claim and is not the denier's own; "Reports
// that X ... have been denied by Y" and "X said ..., which was disputed
// by Y" are shown as the sentence's two parts. A court, a judge, a jury,
// a vote or a record as the agent, or "rejected" of a proposal ("This was
// rejected by the council"), is no denial. Such pairs pass the vetoes of
// a denial, not the confidence model, which was fitted on active ones.
//
// A headline run into a document's first sentence before its denial
// ("<headline words> Sir Ian Marsh has denied ...") leaves the denial no
// subject: the lede is read from a title two to four words before the
// verb ("sir", "lord", "the"; capitalised in cased text) after six
// headline words or more, and shown without the headline (runin.go).
//
// Confidence (score.go): the rules propose; a small logistic model over
// features of the dispute as shown (for counts the ratio of the figures,
// a bound, a part or hedge word, a figure given twice, words the claims
// share; for denials the words claim and denial share, whether the claim
// reports an allegation, only mentions one ("amid the allegations") or
// is credited to a speaker; for both the number
// of sources, a pointer to another time, a long claim) decides which are
// shown. Its weights were fitted on 241 disputes judged blind by two
// readers (packets 1-7, development items only) and are constants with
// their provenance; a denial needs 0.80, a denial whose claim accuses
// the denier by name with a verb ("X has been charged with", "Y accused
// X of") 0.70, a denial of "the rumours" beside a sentence that tells a
// rumour 0.70 too (rumour.go), a denial that states what it denies in a
// clause whose verb the claim states too ("dismissed reports that the
// bear had been killed" beside "a second bear had been killed") 0.45,
// unless another denial by the same denier clears its usual bar, a count
// 0.76.
package dispute
