package summarize

import "testing"

// TestPostText checks a post's reply header, account line and run of
// handles against prose that names an account.
func TestPostText(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Replying to @velmora_ferry @velmora_ferry hi, can we show your photo of the pier on our evening news?", true},
		{"replying to @tarnwick_council thank you for the quick repairs to the harbour wall.", true},
		{"Ilse Varga 认证账号 @ilsevarga the council of tarnwick has let the pier rot for ten years.", true},
		{"Tomas Brell verified account @tbrell the harbour vote was a disgrace to this town.", true},
		{"Dana Whitlock cuenta verificada @dwhitlock the ferry will sail again next spring.", true},
		{"The best part of the night was @velmoranews tonight @ilsevarga @tbrell telling us about the pier.", true},
		{"Ilse Varga verifisert konto @ilsevarga the pier vote was rigged from the start.", true},
		{"All the money goes to @ tarnwickfund @ pierfriends so that the harbour can be mended.", true},
		{"Replying to the council's letter, the harbour master said the pier was safe.", false},
		{"After his new verified account @tarnwickmayor passed ten thousand followers, the mayor thanked his town.", false},
		{"When reporters tried her verified account, @ilsevarga, the page was gone.", false},
		{"The ferry office, @velmora_ferry, and the council, @tarnwick_council, both apologised.", false},
		{`"Well done @velmoranews @tbrell," the mayor wrote on the night of the vote.`, false},
		{"Write to letters@example.com @ the harbour office with your views on the pier.", false},
	} {
		if got := postText(tc.s); got != tc.want {
			t.Errorf("postText(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}
