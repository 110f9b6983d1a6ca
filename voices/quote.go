package voices

import "github.com/chorusnews/chorus/internal/lex"

// This file tracks quotation marks through an article's sentences: which
// words are inside a quote, and which quoted stretches of consecutive
// sentences form one quote.

// maxOpen is the number of sentences a quote may stay open without a
// mark before the tracker gives it up as an unmatched mark.
const maxOpen = 4

// sent is one sentence of an article with its quotes marked.
type sent struct {
	text   string
	toks   []token
	frame  []token // the unquoted tokens, with a quoted token for each chunk
	chunks []chunk
}

// chunk is one quoted stretch of a sentence.
type chunk struct {
	span       int // the quote it belongs to, numbered within the article
	start, end int // byte offsets of its text in the sentence
	words      int
	opens      bool   // nothing but punctuation stands before it
	afterColon bool   // it follows a colon
	closed     bool   // its closing mark is in this sentence
	opened     bool   // its opening mark is in this sentence
	any        bool   // it holds a token
	lead       string // the word right before its opening mark, lower-cased; "" after punctuation
}

// track tokenizes the sentences of one article and marks their quotes.
// A straight mark toggles; a typographic or wire mark says its direction.
// A quote may run over several sentences; a mark that opens a sentence
// while a quote is open continues it (the convention for a quote over
// several paragraphs). A first mark right after a clause's punctuation
// ("…, he said" before it) closes a quote even when none was seen open.
func track(texts []string) []sent {
	out := make([]sent, len(texts))
	// Every sentence's first room for tokens is carved from one slab: one
	// allocation for the text, not one per sentence.
	room := 0
	for _, text := range texts {
		room += tokenGuess(text)
	}
	slab := make([]token, room)
	open, span, idle := false, -1, 0
	for si, text := range texts {
		s := &out[si]
		s.text = text
		n := tokenGuess(text)
		s.toks = tokenizeInto(slab[:0:n], text)
		slab = slab[n:]
		first, marks := -1, 0
		for i, t := range s.toks {
			if t.kind == mark {
				if first < 0 {
					first = i
				}
				marks++
			}
		}
		if open {
			idle++
			if first < 0 && idle > maxOpen {
				open = false
			}
		}
		if !open && first > 0 && marks%2 == 1 && s.toks[first].dir != 1 && closesClause(s.toks[:first]) {
			// The quote began before this sentence.
			span++
			open = true
		}
		in := open
		if !in && marks == 0 {
			// No quote: the frame is every token. Nothing writes to a
			// frame's or a sentence's tokens after this loop, so the two
			// share one slice.
			s.frame = s.toks
			continue
		}
		if !in || marks > 0 {
			// The frame holds the words outside quotes and one token
			// per quote: at most every token and the quote open at the
			// start. One allocation, not a slice grown word by word.
			s.frame = make([]token, 0, len(s.toks)+1)
		}
		cur := -1 // index in s.chunks of the chunk being read
		startChunk := func(at int, opened bool) {
			// The word before the mark, unless "that" or a verb of
			// speech stands right before it, or a verb of speech among
			// the three words before it with no "that" between ("told
			// the man "…", not "stated that the "…").
			lead := ""
			if n := len(s.frame); n > 0 && s.frame[n-1].kind == word {
				lead = s.frame[n-1].low
				for k := n - 1; k >= 0 && k >= n-3 && s.frame[k].kind == word; k-- {
					w := s.frame[k].low
					if w == "that" && k < n-1 {
						break
					}
					if w == "that" || isVerb(w) || lex.IsAttributionVerb(w) || inverted[w] {
						lead = ""
						break
					}
				}
			}
			s.chunks = append(s.chunks, chunk{span: span, start: at, opened: opened, opens: onlyPunct(s.frame), afterColon: len(s.frame) > 0 && s.frame[len(s.frame)-1].kind == colon, lead: lead})
			s.frame = append(s.frame, token{kind: quoted, start: at})
			cur = len(s.chunks) - 1
		}
		if in {
			startChunk(0, false)
		}
		for i, t := range s.toks {
			if t.kind != mark {
				if in {
					c := &s.chunks[cur]
					if !c.any {
						c.start, c.any = t.start, true
					}
					c.end = t.end
					if t.kind == word {
						c.words++
					}
				} else {
					s.frame = append(s.frame, t)
				}
				continue
			}
			idle = 0
			opening := t.dir == 1 || t.dir == 0 && !in
			if in && i == 0 && t.dir != -1 {
				continue // a new paragraph of the same quote
			}
			if opening && !in {
				span++
				in, open = true, true
				startChunk(t.end, true)
				continue
			}
			if !opening && in {
				s.chunks[cur].closed = true
				in, open = false, false
				cur = -1
			}
		}
		for i := range s.chunks {
			if s.chunks[i].end < s.chunks[i].start {
				s.chunks[i].end = s.chunks[i].start
			}
		}
	}
	return out
}

// closesClause reports whether toks (the words before a sentence's first
// mark) end the way a quote's words end before its closing mark: with a
// comma, a stop or a dash after at least two words.
func closesClause(toks []token) bool {
	if len(toks) < 3 {
		return false
	}
	last := toks[len(toks)-1].kind
	return last == comma || last == stop || last == dash
}

// onlyPunct reports whether toks hold no word.
func onlyPunct(toks []token) bool {
	for _, t := range toks {
		if t.kind == word {
			return false
		}
	}
	return true
}

// direct reports whether chunk c of s quotes someone's words rather than a
// title, a term or a short phrase the sentence carries: a quote that runs
// over a sentence's edge, a clause that opens the sentence or follows a
// colon or a comma, or a long stretch.
func (s *sent) direct(c chunk) bool {
	if !c.closed || !c.opened {
		return c.words >= 2
	}
	t := s.text[c.start:c.end]
	ends := len(t) > 0 && (t[len(t)-1] == ',' || t[len(t)-1] == '.' || t[len(t)-1] == '!' || t[len(t)-1] == '?')
	switch {
	case c.words >= 8:
		return true
	case c.opens || c.afterColon:
		return c.words >= 4 || c.words >= 2 && ends
	}
	return c.words >= 5 && ends
}

// partial reports whether chunk c quotes words inside the sentence's own
// grammar ("parents are "completely unaware of the risks"", "stated that
// the "button is on his desk""): it opens in the sentence right after a
// word that is not "that" nor a verb of speech, and no verb of speech
// stands among the three words before it unless a "that" does too. Such
// a quote is no statement on its own.
func (c chunk) partial() bool {
	return c.opened && c.lead != ""
}
