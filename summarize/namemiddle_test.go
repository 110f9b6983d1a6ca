package summarize

import (
	"testing"
)

func TestListedBeforeMiddle(t *testing.T) {
	tests := []struct {
		name    string
		sources []string
		sum     []string
		want    []string
	}{
		{"listed first name, unlisted middle name",
			[]string{"police say ivan holt varkey of tarnwick was arrested.", "officials say varkey wanted to burn the pier.", "varkey is due in court."},
			[]string{"A man was arrested in Tarnwick.", "Officials say Varkey wanted to burn the pier."},
			[]string{"A man was arrested in Tarnwick.", "Officials say Ivan Holt Varkey wanted to burn the pier."}},
		{"a word of time after the middle name",
			[]string{"the court ruled, justice ivan holt today said.", "the court ruled today.", "the court ruled today again."},
			[]string{"The court ruled today."},
			[]string{"The court ruled today."}},
		{"the surname shows no person alone",
			[]string{"police say ivan holt varkey of tarnwick was arrested.", "officials say the varkey plan failed."},
			[]string{"A man was arrested in Tarnwick.", "Officials say the Varkey plan failed."},
			[]string{"A man was arrested in Tarnwick.", "Officials say the Varkey plan failed."}},
		{"a credit's name before another name",
			[]string{"harbour photo: ivan holt varkey stands on the pier.", "varkey is due in court.", "officials say varkey wanted to burn the pier."},
			[]string{"Officials say Varkey wanted to burn the pier."},
			[]string{"Officials say Varkey wanted to burn the pier."}},
		{"a verb after the middle name",
			[]string{"judge ivan holt ruled on monday.", "a court ruled today, and it ruled is what they said.", "ruled is a word."},
			[]string{"The court ruled on Monday."},
			[]string{"The court ruled on Monday."}},
		{"named before",
			[]string{"police say ivan holt varkey of tarnwick was arrested.", "officials say varkey wanted to burn the pier."},
			[]string{"Ivan Holt Varkey was arrested.", "Officials say Varkey wanted to burn the pier."},
			[]string{"Ivan Holt Varkey was arrested.", "Officials say Varkey wanted to burn the pier."}},
		{"no name may start before the given name",
			[]string{"police found the ivan holt varkey papers.", "officials say varkey wanted to burn the pier."},
			[]string{"A man was arrested in Tarnwick.", "Officials say Varkey wanted to burn the pier."},
			[]string{"A man was arrested in Tarnwick.", "Officials say Varkey wanted to burn the pier."}},
		{"the middle word is no given name",
			[]string{"police say ivan pier varkey of tarnwick was arrested.", "the pier was shut.", "officials say varkey wanted to burn the pier."},
			[]string{"A man was arrested in Tarnwick.", "Officials say Varkey wanted to burn the pier."},
			[]string{"A man was arrested in Tarnwick.", "Officials say Varkey wanted to burn the pier."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNameRewrite(t, tt.sources, tt.sum, tt.want, (*cluster).writeFullNames)
		})
	}
}
