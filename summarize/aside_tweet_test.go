package summarize

import "testing"

func TestTweetBody(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"@Tarnwickferry the boat left us on the pier again.", true},
		{"@ tarnwickferry the boat left us on the pier again.", true},
		{". @harbourboard if you want to close the pier, come and tell us.", true},
		{"@tidewatcher tweeted: the pier is closed again.", false},
		{`"@harbourboard is a disgrace," the mayor wrote.`, false},
		{"@tidewatcher posted a photo of the empty pier.", false},
		{"The ferry left the pier @ 9 a.m.", false},
		{"Tarnwick ferry left the pier.", false},
	} {
		if got := tweetBody(c.s); got != c.want {
			t.Errorf("tweetBody(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

func TestAssetAside(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"The bank oversees about $42 billion in assets.", true},
		{"The firm manages $ 12.5 billion.", true},
		{"The fund has more than $3 trillion in client assets.", true},
		{"The bank oversees about $42 billion in assets, and it will cut 300 jobs.", false},
		{"The bank lost $42 billion in assets in the crash.", false},
		{"Tarnwick bank oversees $2 billion.", false},
	} {
		if got := assetAside(c.s); got != c.want {
			t.Errorf("assetAside(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

func TestColonStub(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"A harbour board spokesman tweeted Monday evening:.", true},
		{"The statement read:", true},
		{"The board said: the pier stays shut.", false},
		{"The pier closed at 10:30.", false},
		{"She is the first ferry captain to be featured, a spokesman told attn:.", false},
	} {
		if got := colonStub(c.s); got != c.want {
			t.Errorf("colonStub(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
