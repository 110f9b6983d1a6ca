// Package dispute finds where the sources of a cluster, or the people they
// quote, disagree: differing figures for the same count ("at least 23
// dead" in one source, "31 dead" in another) and a denial ("The survey
// disputed that account") beside the claim it denies. It returns the
// claims side by side, each cited, for Summary.Disputes.
//
// It sits after the sentence stage and beside package voices, whose
// attribution names the speaker of each claim (article → clean text →
// sentences → voices, disputes). Rules only: a figure is a number next to
// a word of a count (killed, injured, missing, arrested) and the noun it
// counts; a denial is a verb of denial whose object is either the
// sentence before it ("that account", "the claim") or the cluster's
// sentence that shares most of its words.
package dispute
