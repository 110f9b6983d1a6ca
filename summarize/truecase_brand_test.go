package summarize

import "testing"

func TestRaiseBrandNamesIn(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"lower case", "Anna Varga told buzzfeed she left Tarnwick.", "Anna Varga told BuzzFeed she left Tarnwick."},
		{"half raised", "A Huffpost reporter filmed it on her Iphone.", "A HuffPost reporter filmed it on her iPhone."},
		{"second word", "She told the Huffington post and BuzzFeed news.", "She told the Huffington Post and BuzzFeed News."},
		{"second word not a word of its own", "She told the Huffington postal service.", "She told the Huffington postal service."},
		{"already right", "She posted it on YouTube and LinkedIn.", "She posted it on YouTube and LinkedIn."},
		{"address", "It ran on buzzfeed.com first.", "It ran on buzzfeed.com first."},
		{"opening", "Espn reported the trade.", "ESPN reported the trade."},
		{"opening lower-case form", "Iphone sales fell in Tarnwick.", "Iphone sales fell in Tarnwick."},
		{"a service", "She booked an uber and a kickstarter campaign on spotify.", "She booked an Uber and a Kickstarter campaign on Spotify."},
		{"a service's form", "Jetblue flew to Tarnwick.", "JetBlue flew to Tarnwick."},
		{"common word", "The slate of candidates met at a salon with tinder and a yelp.", "The slate of candidates met at a salon with tinder and a yelp."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := raiseBrandNamesIn(tt.in); got != tt.want {
				t.Errorf("raiseBrandNamesIn(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
