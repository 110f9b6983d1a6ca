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
		{"a word with an adjective ending",
			"Then tarnwick kelpical spoke. Later tarnwick kelpical left. The kelpical site waved. The kelpical dig was quiet.",
			"Then Tarnwick kelpical spoke.", "Then Tarnwick kelpical spoke."},
		{"a hyphened word",
			"Then tarnwick kelp-boat spoke. Later tarnwick kelp-boat left. The kelp-boat crew waved. The kelp-boat deck was quiet.",
			"Then Tarnwick kelp-boat spoke.", "Then Tarnwick kelp-boat spoke."},
		{"two words of the model run together",
			"Then tarnwick briskwalk spoke. Later tarnwick briskwalk left. The briskwalk crew waved. The briskwalk deck was quiet.",
			"Then Tarnwick briskwalk spoke.", "Then Tarnwick briskwalk spoke."},
		{"a Slavic surname in -vic",
			"Then tolvan vargovic spoke. Later tolvan vargovic left. The vargovic family waved. The vargovic camp was quiet.",
			"Then Tolvan vargovic spoke.", "Then Tolvan Vargovic spoke."},
	})
}
