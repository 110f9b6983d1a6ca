package truecase

import "testing"

func TestWordGivenNames(t *testing.T) {
	m := spanModel(t)
	tests := []struct {
		name, src, in, want string
	}{
		{"before a surname written capitalised",
			"It was rose vasquell who spoke.",
			"Then rose Vasquell spoke.", "Then Rose Vasquell spoke."},
		{"the sources never write the two together",
			"The rose grew. Vasquell spoke.",
			"Then rose Vasquell spoke.", "Then rose Vasquell spoke."},
		{"a title before a full name",
			"The dean tolvan vasquell spoke.",
			"Then dean Tolvan Vasquell spoke.", "Then dean Tolvan Vasquell spoke."},
		{"after a determiner",
			"The bill vasquell wrote passed.",
			"The bill Vasquell wrote passed.", "The bill Vasquell wrote passed."},
		{"after to",
			"They plan to sue vasquell.",
			"They plan to sue Vasquell.", "They plan to sue Vasquell."},
		{"before a day",
			"Lawmakers passed a bill thursday.",
			"Lawmakers passed the measure, a bill Thursday.", "Lawmakers passed the measure, a bill Thursday."},
		{"both lower-case, a surname the model never saw",
			"It was mark quendry who spoke.",
			"Then mark quendry spoke.", "Then Mark Quendry spoke."},
		{"both lower-case, a surname the model raises",
			"It was mark vasquell who spoke.",
			"Then mark vasquell spoke.", "Then Mark Vasquell spoke."},
		{"both lower-case, a common word",
			"A mark brisk and a mark brisk again.",
			"Then mark brisk spoke.", "Then mark brisk spoke."},
		{"both lower-case, the given word mostly alone",
			"It was mark quendry who spoke. A mark showed, and a mark stayed, and the mark faded.",
			"Then mark quendry spoke.", "Then mark quendry spoke."},
		{"both lower-case, a plural",
			"The crowd drew boos and drew boos again.",
			"The crowd drew boos.", "The crowd drew boos."},
		{"both lower-case, after a name",
			"Then harlow drew quendry. Harlow left, harlow came, and they drew quendry again.",
			"Then Harlow drew quendry.", "Then Harlow drew quendry."},
		{"both lower-case, a common word's hyphened part",
			"We see rich brisk-life fun, and see rich brisk-life fun.",
			"We see rich brisk-life fun.", "We see rich brisk-life fun."},
		{"both lower-case, a hyphened surname",
			"We see rich quendry-vell, and see rich quendry-vell.",
			"We see rich quendry-vell.", "We see Rich Quendry-Vell."},
		{"both lower-case, a surname ending in s the sources use as one",
			"It was rich quendras. Later rich quendras left, and quendras said no.",
			"Then rich quendras spoke.", "Then Rich Quendras spoke."},
		{"both lower-case, a surname ending in s the sources use as one",
			"It was rich quendras. Later rich quendras left, and quendras said no.",
			"Then rich quendras spoke.", "Then Rich Quendras spoke."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var names Names
			names.AddSource(tt.src)
			if got := m.Apply(tt.in, &names); got != tt.want {
				t.Errorf("Apply(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
