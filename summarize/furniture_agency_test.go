package summarize

import "testing"

func TestCutAgencyOpener(t *testing.T) {
	tests := []struct {
		name, in, want string
		cased          bool
	}{
		{name: "ap before a story", in: "Ap the tarnwick ferry line said on monday it would end its winter crossings next year.", want: "The tarnwick ferry line said on monday it would end its winter crossings next year."},
		{name: "getty images before a name", in: "Getty images ilse varga will captain the westvale crew for a third straight season, the club said.", want: "Ilse varga will captain the westvale crew for a third straight season, the club said."},
		{name: "two-word credit with a dash", in: "Associated press — tarnwick's harbour board voted on friday to close the old ferry pier for good.", want: "Tarnwick's harbour board voted on friday to close the old ferry pier for good."},
		{name: "agency as subject", in: "Reuters reported on tuesday that the tarnwick ferry line had cancelled its winter crossings."},
		{name: "agency's staff as subject", in: "Reuters correspondents saw two ferries turned back at the tarnwick pier on tuesday morning."},
		{name: "a photo credit with a name", in: "Ap photo/ilse varga the tarnwick ferry line said on monday it would end its winter crossings."},
		{name: "a poll", in: "Ap poll finds most tarnwick voters back the plan to close the old ferry pier next year."},
		{name: "too short", in: "Ap ferry pier closes for good."},
		{name: "cased story after the credit", in: "AP The Tarnwick ferry line said on Monday it would end its winter crossings next year.", want: "The Tarnwick ferry line said on Monday it would end its winter crossings next year.", cased: true},
		{name: "cased subject", in: "AP reporters saw the Tarnwick ferry turned back at the pier on Tuesday morning, officials said.", cased: true},
		{name: "a caption ending in a date", in: "Reuters firefighters at the tarnwick pier after the fire spread on march 3, 2016."},
		{name: "a caption with no past verb", in: "Associated press a rescue team from westvale arrives at the tarnwick harbour on thursday morning early."},
		{name: "no credit", in: "Apples from the tarnwick orchards sold out at the harbour market on saturday, traders said."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := tt.want
			if want == "" {
				want = tt.in
			}
			if got := cutAgencyOpener(tt.in, tt.cased); got != want {
				t.Errorf("got  %q\nwant %q", got, want)
			}
		})
	}
}
