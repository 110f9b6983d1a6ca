package summarize

import "testing"

func TestCutQuoteRunIn(t *testing.T) {
	tests := []cutCase{
		{"headline before a quoted sentence", `Ferry fares rise again at tarnwick "we had no choice this winter," the harbour master said.`,
			`"We had no choice this winter," the harbour master said.`},
		{"a caption's label", `Harbour webcam "it's the busiest summer we have seen in years," varga told reporters.`,
			`"It's the busiest summer we have seen in years," varga told reporters.`},
		{"a full name the credit repeats", `Anna varga "i never expected to win the seat," varga said on monday.`,
			`"I never expected to win the seat," Anna varga said on monday.`},
		{"a role and a name", `Pilot oren maddox "if the wind holds, we land by noon tomorrow," maddox says.`,
			`"If the wind holds, we land by noon tomorrow," pilot oren maddox says.`},
		{"a name tag before any opener", `Ilse varga, varga ferries "up until may it was a quiet season at the pier," ilse varga said.`,
			`"Up until may it was a quiet season at the pier," ilse varga said.`},
		{"a name tag of another speaker", `Ilse varga, varga ferries "up until may it was a quiet season at the pier," the mayor said.`,
			""},
		{"a tag with a clause", `Ilse varga, who runs the ferries "up until may it was a quiet season," varga said.`,
			""},
		{"curly marks", `Tarnwick ferry strike “we are not going back to work yet,” a union official said.`,
			`“We are not going back to work yet,” a union official said.`},
		{"a partial quotation", `The new ferry is "a floating disaster for the whole town," varga said.`, ""},
		{"a quotation the words before take", `The sign on the pier reads "we close at noon on sundays," the owner said.`, ""},
		{"a conjunction before it", `The ferry was late again, and "we were stuck there for hours," one rider said.`, ""},
		{"a comma before it", `According to the harbour master, "we had no choice this winter," he said.`, ""},
		{"an infinitive", `She was trying to prove "she could sail the harbour alone," her sister said.`, ""},
		{"a verb in -ing", `The mayor left the hall saying "we will find the money for it," an aide said.`, ""},
		{"a sentence before it", `The crowd cheered the crew. "We are going home now," the captain said.`, ""},
		{"no credit", `Ferry fares rise again at tarnwick "we had no choice this winter," and the fares went up.`, ""},
		{"a short quotation", `Ferry fares rise "we had no choice," varga said.`, ""},
		{"no comma inside", `Ferry fares rise again at tarnwick "we had no choice this winter" varga said.`, ""},
		{"a title in single marks", `Harbour lights 'the last crossing' "it is a film about my father," varga said.`, ""},
	}
	checkCuts(t, "cutQuoteRunIn", cutQuoteRunIn, tests)
}

func TestCutQuoteRunInTold(t *testing.T) {
	tests := []cutCase{
		{"a past participle ending the headline", `Hundreds of riders to be treated "when the tide turns, the jellyfish come in," varga said.`,
			`"When the tide turns, the jellyfish come in," varga said.`},
		{"a verb of telling and its object", `Varga told the pilot "if you leave now I will call the police," the pilot told officers.`, ""},
	}
	checkCuts(t, "cutQuoteRunIn", cutQuoteRunIn, tests)
}
