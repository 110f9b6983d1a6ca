package summarize

import "testing"

func TestCutCountryDateline(t *testing.T) {
	for _, c := range []struct {
		name, in, want string
		ok             bool
	}{
		{"country said", "Tokyo Japan said on Monday it would send two more ferries to the islands after the storm cut them off.",
			"Japan said on Monday it would send two more ferries to the islands after the storm cut them off.", true},
		{"country's", "Beijing China's ferry authority has ordered checks on every boat that sails the river after the accident.",
			"China's ferry authority has ordered checks on every boat that sails the river after the accident.", true},
		{"two-word city and country", "Kuala Lumpur Malaysia said the wreckage found on the beach belonged to the missing ferry, officials added.",
			"Malaysia said the wreckage found on the beach belonged to the missing ferry, officials added.", true},
		{"lower-cased", "Kiev ukraine accused its neighbour on Thursday of letting armed men cross the border by night.",
			"Ukraine accused its neighbour on Thursday of letting armed men cross the border by night.", true},
		{"a company's name", "Tokyo Japan Airlines said on Monday it would add two flights a day to the islands after the storm.", "", false},
		{"no listed city", "Tarnwick Japan said on Monday it would send two more ferries to the islands after the storm.", "", false},
		{"a comma", "Tokyo, Japan said on Monday it would send two more ferries to the islands after the storm.", "", false},
		{"a city's subject", "Tokyo police said on Monday they had arrested two men over the ferry fire in the harbour.", "", false},
		{"too short", "Tokyo Japan said it would help.", "", false},
	} {
		got, ok := cutCountryDateline(c.in)
		if ok != c.ok || ok && got != c.want {
			t.Errorf("%s: cutCountryDateline(%q) = %q, %v; want %q, %v", c.name, c.in, got, ok, c.want, c.ok)
		}
	}
}
