package summarize

import "testing"

func TestNameTitled(t *testing.T) {
	sources := []string{
		"the ferry ran aground near the pier, deputy tomek halvorsen said on monday.",
		"deputy halvorsen says the pilot was unhurt.",
		"mayor tomek halvorsen opened the pier.",
		"harbour superintendent ilka brandvold said the pier would reopen.",
		"supt. brandvold thinks the pier is safe.",
		"a retired pilot, colonel oyelaran vasquo, led the search.",
		"colonel vasquo said the crew swam ashore.",
		"sen. rose kellan asked for an inquiry.",
		"dr. marit osei and her brother, dr. jonas osei, treated the crew.",
		"lead researcher prof. lena owen said the tide was unusual.",
		"the governor said the port would stay shut.",
		"according to family, justice fenwick was hurt; her brother kevin fenwick called for help.",
		"after you see captain varro, the film about the real edgar varro, the pier looks small.",
	}
	tests := []struct {
		name string
		sum  []string
		want []string
	}{
		{"deputy", []string{"Deputy halvorsen says the pilot was unhurt."},
			[]string{"Deputy Tomek Halvorsen says the pilot was unhurt."}},
		{"abbreviated title", []string{"The pier may reopen.", "Supt. brandvold thinks the pier is safe."},
			[]string{"The pier may reopen.", "Supt. Ilka Brandvold thinks the pier is safe."}},
		{"unlisted given name after a title", []string{"colonel vasquo said the crew swam ashore."},
			[]string{"colonel Oyelaran Vasquo said the crew swam ashore."}},
		{"surname that is a given name", []string{"When prof owen asked, the crew answered."},
			[]string{"When prof Lena Owen asked, the crew answered."}},
		{"named before", []string{"Tomek Halvorsen led the rescue.", "Deputy halvorsen says the pilot was unhurt."},
			[]string{"Tomek Halvorsen led the rescue.", "Deputy halvorsen says the pilot was unhurt."}},
		{"already in full", []string{"sen. rose kellan asked for an inquiry."},
			[]string{"sen. rose kellan asked for an inquiry."}},
		{"two people", []string{"dr. osei treated the crew."},
			[]string{"dr. osei treated the crew."}},
		{"a role, not a title", []string{"The governor said the port would stay shut."},
			[]string{"The governor said the port would stay shut."}},
		{"a given name like a title", []string{"justice fenwick was hurt on the pier."},
			[]string{"justice fenwick was hurt on the pier."}},
		{"a film's title", []string{"The film captain varro opens on friday."},
			[]string{"The film captain varro opens on friday."}},
		{"a capital after a stop lowered", []string{"Mayor halvorsen spoke at st. Olga church."},
			[]string{"Mayor Tomek Halvorsen spoke at st. olga church."}},
		{"quoted", []string{`"We thank dr. brandvold," the pilot said.`},
			[]string{`"We thank dr. brandvold," the pilot said.`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkNamePass(t, (*cluster).nameTitled, sources, tt.sum, tt.want) })
	}
}
