package rouge

// Sentence is one summary sentence (a SEE unit) tokenized against a
// References vocabulary. Prepare it once with References.Prepare and reuse
// it across any number of Score, ScoreSentences and Counter calls.
type Sentence struct {
	text     string  // the raw sentence, for byte limits
	ids      []int32 // token ids; 0 for tokens no reference contains
	fieldEnd []int32 // len(ids) after each whitespace-separated word, as Perl's split /\s+/ counts words
}

// Words is the number of words the sentence counts for a -l limit.
func (s Sentence) Words() int { return len(s.fieldEnd) }

// Tokens is the number of ROUGE tokens of the sentence.
func (s Sentence) Tokens() int { return len(s.ids) }

// prepare tokenizes text into a Sentence, mapping tokens to ids with idOf.
func prepare(text string, tk *tokenizer, idOf func(tok []byte) int32) Sentence {
	s := Sentence{text: text}
	emit := func(tok []byte) { s.ids = append(s.ids, idOf(tok)) }
	i := 0
	if i < len(text) && isSpace(text[0]) {
		for i < len(text) && isSpace(text[i]) {
			i++
		}
		if i < len(text) {
			// Perl's split keeps a leading empty field.
			s.fieldEnd = append(s.fieldEnd, 0)
		}
	}
	for i < len(text) {
		j := i
		for j < len(text) && !isSpace(text[j]) {
			j++
		}
		tk.each(text[i:j], emit)
		s.fieldEnd = append(s.fieldEnd, int32(len(s.ids)))
		for j < len(text) && isSpace(text[j]) {
			j++
		}
		i = j
	}
	return s
}

// views cuts a summary to the length limits and returns the token sequence
// ROUGE-N and ROUGE-S read (the whole summary) and the units ROUGE-L reads
// (one per sentence). seq is appended to buf; units to unitBuf. retok
// tokenizes a byte prefix of a sentence, needed only under a byte limit.
func views(ss []Sentence, wordLimit, byteLimit int, buf []int32, unitBuf [][]int32, retok func(string) []int32) ([]int32, [][]int32) {
	seq, units := buf[:0], unitBuf[:0]
	switch {
	case wordLimit > 0:
		n := 0
		for _, s := range ss {
			if w := s.Words(); n+w < wordLimit {
				n += w
				seq = append(seq, s.ids...)
				units = append(units, s.ids)
				continue
			}
			cut := s.ids[:s.fieldEnd[wordLimit-n-1]]
			seq = append(seq, cut...)
			units = append(units, cut)
			break
		}
	case byteLimit > 0:
		n := 0
		for _, s := range ss {
			if n+len(s.text) < byteLimit {
				n += len(s.text)
				seq = append(seq, s.ids...)
				continue
			}
			seq = append(seq, retok(s.text[:byteLimit-n])...)
			break
		}
		// ROUGE-1.5.5's readText_LCS never adds up the bytes it keeps: each
		// sentence is checked against the limit on its own.
		for _, s := range ss {
			if len(s.text) < byteLimit {
				units = append(units, s.ids)
				continue
			}
			units = append(units, retok(s.text[:byteLimit]))
			break
		}
	default:
		for _, s := range ss {
			seq = append(seq, s.ids...)
			units = append(units, s.ids)
		}
	}
	return seq, units
}
