package summarize

import "testing"

func TestCutRoleByline(t *testing.T) {
	tests := []cutCase{
		{"a role word", "By ilse varga, gazette staff writer the harbour council voted on monday to close the pier.",
			"The harbour council voted on monday to close the pier."},
		{"two roles joined", "By tomas reyle, anchor and managing editor our friend on the night desk thought the story mattered.",
			"Our friend on the night desk thought the story mattered."},
		{"a middle initial", "By orla k. fenwick, contributing writer when the ferry stopped running, the island changed.",
			"When the ferry stopped running, the island changed."},
		{"a role and a clause", "By ilse varga, executive director we have learned that two lifeboats were sold last week.",
			"We have learned that two lifeboats were sold last week."},
		{"a wire service alone", "By ilse varga, cnn two ferry crews were held by the coast guard after the storm on monday, the harbour board said.",
			"Two ferry crews were held by the coast guard after the storm on monday, the harbour board said."},
		{"a station's news desk", "By ilse varga, wxyz news the owners of the old harbour house say they are tired of visitors.",
			"The owners of the old harbour house say they are tired of visitors."},
		// Left whole.
		{"a wire service's news desk", "By ilse varga, abc news tarnwick the harbour council voted on monday to close it.", ""},
		{"a wire service and another", "By ilse varga, ap and reuters the harbour council voted on monday to close it.", ""},
		{"no role word at the end", "By ilse varga, head of the harbour desk westvale was founded in 1890 as a fishing port.", ""},
		{"an outlet after the comma", "By ilse varga, the harbour gazette the council voted on monday to close the pier.", ""},
		{"a name after the role", "By ilse varga, gazette reporter tomas reyle said the council voted to close the pier.", ""},
		{"a prose opening", "By the end of the year, the ferry line expects to run ten boats on the route.", ""},
		{"a prose opening with a comma", "By harbour standards, staff writer pay is low and the council knows it well.", ""},
		{"no comma after the name", "By ilse varga gazette staff writer the harbour council voted on monday to close it.", ""},
		{"a story too short", "By ilse varga, staff writer the pier closed.", ""},
		{"a role that goes on", "By ilse varga, vice president of the ferry line the council voted on monday to close it.", ""},
	}
	checkCuts(t, "cutRoleByline", cutRoleByline, tests)
}
