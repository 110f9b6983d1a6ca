package summarize

import "testing"

func TestRaiseExpandedNames(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"plain", "the national gridiron league (NGL) fined him.", "the National Gridiron League (NGL) fined him."},
		{"function words kept", "a ruling of the Bureau of coastal lands (BCL) on Monday", "a ruling of the Bureau of Coastal Lands (BCL) on Monday"},
		{"possessive", "the Veldmark antiquities authority's (VAA) survey", "the Veldmark Antiquities Authority's (VAA) survey"},
		{"head first", "the council on upland water and soil (CUWS) met", "the Council on Upland Water and Soil (CUWS) met"},
		{"apostrophe inside", "the marsh people's union (MPU) said", "the Marsh People's Union (MPU) said"},
		{"term stays", "a scan by magnetic resonance imaging (MRI) showed it", "a scan by magnetic resonance imaging (MRI) showed it"},
		{"plural acronym", "rates of sexually transmitted diseases (STDs) rose", "rates of sexually transmitted diseases (STDs) rose"},
		{"initials differ", "the national gridiron league (NFL) fined him", "the national gridiron league (NFL) fined him"},
		{"lower acronym", "the national gridiron league (ngl) fined him", "the national gridiron league (ngl) fined him"},
		{"function word closes", "the league of (L) one", "the league of (L) one"},
		{"number inside", "the 4th street school (FSS) closed", "the 4th street school (FSS) closed"},
		{"comma inside", "the harbour, police service (HPS) said", "the harbour, police service (HPS) said"},
		{"function word initial", "the denial of service (DOS) attack", "the denial of service (DOS) attack"},
		{"function word opens", "an in school service (ISS) ban", "an in school service (ISS) ban"},
		{"head inside a term", "with its grain commission broker (GCB), which", "with its grain commission broker (GCB), which"},
		{"two names", "the ridge water board (RWB) and the upland fire service (UFS) agreed", "the Ridge Water Board (RWB) and the Upland Fire Service (UFS) agreed"},
	}
	for _, c := range cases {
		if got := raiseExpandedNamesIn(c.in); got != c.want {
			t.Errorf("%s: raiseExpandedNamesIn(%q) = %q, want %q", c.name, c.in, got, c.want)
		}
	}
}
