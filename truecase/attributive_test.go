package truecase

import "testing"

func TestSurnameCommonAttributive(t *testing.T) {
	m := spanModel(t)
	checkSourceCases(t, m, []sourceCase{
		{"a surname written before nouns after the article",
			"Then tolvan varga spoke. Later tolvan varga left. The varga family waved. The varga camp was quiet.",
			"Then Tolvan varga spoke.", "Then Tolvan Varga spoke."},
		{"the word alone after the article is a common noun",
			"Then tolvan varga spoke. Later tolvan varga left. They saw the varga. A varga, it seemed, was there.",
			"Then Tolvan varga spoke.", "Then Tolvan varga spoke."},
		{"the pair written once",
			"Then tolvan varga spoke. The varga family waved. The varga camp was quiet.",
			"Then Tolvan varga spoke.", "Then Tolvan varga spoke."},
		{"a word the model knows lower-case",
			"Then tolvan brisk spoke. Later tolvan brisk left. The brisk wind blew. The brisk walk ended.",
			"Then Tolvan brisk spoke.", "Then Tolvan brisk spoke."},
	})
}
