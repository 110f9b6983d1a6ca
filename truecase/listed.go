package truecase

// ListedForm returns key, a lower-case word, in the case cased text
// writes it ("Turkish", "API"), when it is a proper noun
// of the model's word list that the cased text writes capitalised at
// least listedMinCapital times and listedRatio times as often as in
// lower case: "turkish" and "christmas", which one lower-case use in
// the cased text ("Turkish" 11 times, "turkish" once) keeps under the
// odds Apply asks for. "centre" (6 to 3) and "allen" (10 to 2) are not.
func (m *Model) ListedForm(key string) (string, bool) {
	w, known := m.word(key)
	if !known || w.n[lowerCase] == 0 {
		return "", false
	}
	// The counts first: most words of a summary fail them, and the list
	// of proper nouns is a second lookup in a table of megabytes.
	if c := w.capital(); c < listedMinCapital || c < listedRatio*w.n[lowerCase] {
		return "", false
	}
	if !(m.proper[key] || m.tables.isProper(key)) {
		return "", false
	}
	return write(key, w), true
}

// Thresholds of ListedForm.
const (
	listedMinCapital = 10
	listedRatio      = 10
)
