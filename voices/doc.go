// Package voices finds who said what in a cluster of news articles: direct
// quotes and reported speech, each attributed to its speaker, named with
// the full name and role the sources themselves give ("Ann Clywd, who
// chairs the committee"), merged across sources by surname, with the same
// statement in several sources kept once and citing them all.
//
// It sits after the sentence stage of the pipeline (article → clean text →
// sentences → voices), beside scoring and selection: it reads the
// sentences the summarizer has already split, in text order, and returns
// chorus.Voice values for Summary.Voices.
//
// Attribution is a sieve of rules over one sentence and its neighbours:
// a quote and a verb of speech in the same sentence ("…," Smith said;
// Smith said: "…"; "…," said Smith, the mayor of X), "according to X",
// reported speech ("X said the plan …"), a quote that runs on over several
// sentences or continues right after an attributed one, and a pronoun
// speaker ("he said") resolved to the nearest earlier named speaker of the
// same article whose gender does not conflict. The verbs of speech come
// from internal/lex and package defect. Lower-cased text (the Multi-News
// release) is read too: there a one-word speaker is shown only when the
// cluster also gives a longer name or a title for it, and a run of name
// words after an article and describing words, longer than a name, is a
// description ("the cat scratch disease fact sheet") unless the truecase
// model tells a proper name in it.
//
// A speaker's role is the one their attribution gives, else the first the
// cluster gives the full name anywhere (a title before it, an apposition
// after it; a courtesy title such as "Dr." is none). A name that is the
// object of a preposition ("residents of Harlow Creek", "a spokesman for
// Acme") or the subject of a passive verb is no speaker. Find leaves out
// the statements a reader cannot take in alone under the speaker's name
// (statement.go): cut sentences, quotes of words inside a sentence's own
// grammar, and statements that lean on an earlier sentence ("disputed
// that account", "told him not to", a quote opening "He's …", reported
// speech opening with someone else's pronoun, "It was washed out to sea,
// she said", or a possessive, "His truck was stolen"); reported speech
// that opens with the pronoun crediting it names the speaker instead
// ("She said …" reads "Lind said …"), unless the speaker's given name
// tells another gender. Attribute still returns them all as written, for
// package dispute and the summarizer.
package voices
