package summarize

import (
	"strings"

	"github.com/chorusnews/chorus/internal/lex"
)

// A newspaper network's story lede behind its picture's button: the page
// reads "Buy photo <caption> (Photo: <credit>) buy photo <story>", the
// cleaner takes out the credit in brackets and the splitter leaves
// "buy photo <story>" as a sentence of its own, opening in lower case
// (invented: "buy photo a ferry struck the Tarnwick pier on monday,
// injuring four passengers, the harbour board said."). Read whole, the
// sentence is a caption by its opening (defect.Furniture) and the story's
// own first sentence, often the only one that tells the event, is never
// read. cutBuyPhotoLede cuts the button as the sentences are read (both
// modes), so the story's lede is read as its first sentence. The caption
// before the credit keeps its button: it opens its paragraph in capitals
// ("Buy photo Flyers about the missing ferry hand ..."), and stays furniture.
// cutBuyPhotos (furniture_buyphoto.go) still cuts the button run into a
// chosen sentence after a credit that was not cut.
//
// Measured against 29bd75c (default summaries): validation 13 of 5,599
// changed, all read: 6 better (a missing woman's found body told with who
// she was, an arrest in an officer's killing, a caption line gone), 2
// worse (a lede's restatement taking a detail's place; a feature's
// scene-setting lede taking the place of the news), 5 the same; train
// 1-38,000 93 of 37,863 changed, 40 drawn and read: 18 better (the story's
// point now told: a suspect's wife filing for divorce, an animal
// relocation, a power cut's end), 7 worse (a feature lede opening on a scene, a
// headline run into the lede, an order of deaths told backwards), 15 the
// same. Fill ROUGE (multinews-val) unchanged at 45.92/16.23/19.82; the
// default summaries' ROUGE-1/2 against the references 30.962/10.495 ->
// 30.968/10.497 on validation. A feature's opening freed from the button
// ("while moving into ...", "as neighbours ...") may not lead a reader's
// summary (widgetFeatureLede, furniture_widgetfeature.go, measured
// there).

// furnitureLedeMinWords is the fewest words of the story left after a
// widget (cutBuyPhotoLede, cutWidgetLede): fewer ("buy photo update 9
// a.m.", "buy photo tarnwick, ia") are a stamp or a dateline, no lede.
const furnitureLedeMinWords = 8

// cutBuyPhotoLede returns s without a lower-case "buy photo " opening it,
// the story after it capitalised, when at least furnitureLedeMinWords
// words follow and the first opens with a letter; s otherwise.
func cutBuyPhotoLede(s string) string {
	rest, ok := strings.CutPrefix(s, "buy photo ")
	if !ok {
		return s
	}
	return ledeAfterWidget(s, rest)
}

// ledeAfterWidget returns rest, the story left after a widget cut from s,
// capitalised, when at least furnitureLedeMinWords words are left and the
// first opens with a letter; s otherwise (cutBuyPhotoLede, cutWidgetLede).
func ledeAfterWidget(s, rest string) string {
	rest = strings.TrimSpace(rest)
	if rest == "" || !isASCIILetter(rest[0]) || countWords(rest) < furnitureLedeMinWords {
		return s
	}
	return lex.UpperFirst(rest)
}
