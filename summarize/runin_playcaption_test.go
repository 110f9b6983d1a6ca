package summarize

import "testing"

func TestCutPlayCaption(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"a capitalised subject", "Ilse Varga said the crews seemed to be regrouping to take control Tarnwick says it is ready to talk with the new harbour board, as early counts showed Jon Brask ahead.",
			"Tarnwick says it is ready to talk with the new harbour board, as early counts showed Jon Brask ahead."},
		{"an article", "A vigil was held for the ferry crew at the old chapel in Tarnwick the harbour master has said the ferry will not sail again until the spring storms have passed.",
			"The harbour master has said the ferry will not sail again until the spring storms have passed."},
		{"a relative clause", `Bo Tarn told reporters she felt "very, very lucky" a fisherwoman who rowed three miles to shore with a broken oar has been given a medal for bravery.`,
			"A fisherwoman who rowed three miles to shore with a broken oar has been given a medal for bravery."},
		{"a count", `Mayor Jon Brask: "we will rebuild the pier stone by stone" three harbour workers have been hurt after a crane toppled onto the pier at Tarnwick, officials say.`,
			"Three harbour workers have been hurt after a crane toppled onto the pier at Tarnwick, officials say."},
		{"a caption's reporter", "Crews worked through the night to clear the wreck, as Ilse Varga reports Tarnwick's harbour board has closed the pier to all ferries until further notice.",
			"Tarnwick's harbour board has closed the pier to all ferries until further notice."},
		{"a verb's object", "A ferry captain shot and killed a seal that had been trapped in the nets near the harbour wall, officials said on Monday.",
			"A ferry captain shot and killed a seal that had been trapped in the nets near the harbour wall, officials said on Monday."},
		{"a name after its description", "Jon Brask shouted at his radio to call the coastguard when his daughter Ilse stopped breathing on the ferry deck near the pier.",
			"Jon Brask shouted at his radio to call the coastguard when his daughter Ilse stopped breathing on the ferry deck near the pier."},
		{"a name's particle", "Crews are searching the sea wall, as Bo Tarn reports from Praia da Costa Portuguese divers arrived and searched the harbour in the early hours of Monday.",
			"Crews are searching the sea wall, as Bo Tarn reports from Praia da Costa Portuguese divers arrived and searched the harbour in the early hours of Monday."},
		{"a number before", "Ilse and Bo speak of their hopes in a 2019 Tarnwick interview Westvale singer Ilse Brask has died at the age of 30 after a long illness.",
			"Westvale singer Ilse Brask has died at the age of 30 after a long illness."},
		{"a noun phrase", "Crews checked the pier in the upper Tarnwick harbour today at dawn but found that the Westvale ferry had already sailed for the islands.",
			"Crews checked the pier in the upper Tarnwick harbour today at dawn but found that the Westvale ferry had already sailed for the islands."},
		{"a bound on the count", "One witness said he saw lights moving inside the hall at least six people were killed when a fire raged through the night at the Tarnwick market hall.",
			"One witness said he saw lights moving inside the hall at least six people were killed when a fire raged through the night at the Tarnwick market hall."},
		{"a time noun", "A sailor filmed the moment the storm struck the pier at Tarnwick, on the northern coast Westvale is on alert as it tries to help the families of the crew.",
			"A sailor filmed the moment the storm struck the pier at Tarnwick, on the northern coast Westvale is on alert as it tries to help the families of the crew."},
		{"an infinitive's object", "Tomas Rell stood beside Col Tarvek Oslund for many years the captain of the harbour guard sailing to unseat Col Tarvek Oslund has been arrested at his home by the old harbour, the town council says.",
			"Tomas Rell stood beside Col Tarvek Oslund for many years the captain of the harbour guard sailing to unseat Col Tarvek Oslund has been arrested at his home by the old harbour, the town council says."},
		{"a body of people", "Ilse Varga of the Tarnwick marine station holds up a shell found under the old pier researchers have found traces of a reef that grew in the bay long before the harbour was built.",
			"Researchers have found traces of a reef that grew in the bay long before the harbour was built."},
		{"a short lede a body opens", "The grain of the stone is unlike any other rock in the Tarnwick quarry scientists have named a new kind of rock.",
			"Scientists have named a new kind of rock."},
		{"a body after to", "The cause of the blaze was not known although one of the crew is said to have spoken to police a fire on a ferry moored at the Tarnwick pier has left two sailors badly hurt.",
			"The cause of the blaze was not known although one of the crew is said to have spoken to police a fire on a ferry moored at the Tarnwick pier has left two sailors badly hurt."},
		{"a name after a people's description", "The hunt for Danish sailor Jon Brask has been called off a Westvale skipper lost at sea for a week has been brought ashore after a long night's search.",
			"The hunt for Danish sailor Jon Brask has been called off a Westvale skipper lost at sea for a week has been brought ashore after a long night's search."},
	} {
		got, _ := cutPlayCaption(tc.in)
		if got != tc.want {
			t.Errorf("%s: cutPlayCaption(%q) = %q, want %q", tc.name, tc.in, got, tc.want)
		}
	}
}

func TestPlayCaptionKept(t *testing.T) {
	raw := "Media playback is unsupported on your device media caption ilse varga said the crews were tired tarnwick says it is ready to talk."
	for _, tc := range []struct {
		name, raw, s string
		want         bool
	}{
		{"caption kept", raw, "Ilse varga said the crews were tired tarnwick says it is ready to talk.", true},
		{"caption cut", raw, "Tarnwick says it is ready to talk.", false},
		{"no label", "Ilse varga said the crews were tired tarnwick says it is ready to talk.", "Ilse varga said the crews were tired tarnwick says it is ready to talk.", false},
	} {
		if got := playCaptionKept(tc.raw, tc.s); got != tc.want {
			t.Errorf("%s: playCaptionKept = %v, want %v", tc.name, got, tc.want)
		}
	}
}
