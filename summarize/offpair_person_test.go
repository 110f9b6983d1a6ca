package summarize

import "testing"

// Invented pages for the person test of a pair (tellsMoreOfPeople): a
// firm's release that reports, a feature told of a woman without a verb
// of saying or a day's name, and a table-like page of sizes.
const (
	personRelease = "Fenwick Labs announced today that it has bought the walking app Trailmark for an undisclosed sum. " +
		"The deal will close on Friday, the company said in a statement. " +
		"Trailmark has attracted four million users since its launch in Osterby. " +
		"Fenwick Labs said the app would keep its name and its offices. " +
		"Shares in the firm rose two percent in early trading."
	personFeature = "Mara Quist had walked the ridge above her village every morning for a decade. " +
		"She logged each climb on her phone and shared the maps with a few friends. " +
		"Her back had been hurt in a fall at the mill, and her insurer paid her a monthly sum. " +
		"The maps showed a woman climbing six hundred metres before breakfast. " +
		"By spring the payments had stopped, and her appeal is still open."
	personSizes = "A cot mattress measures sixty by one hundred and twenty centimetres in most shops. " +
		"Larger cots take mattresses of seventy by one hundred and forty centimetres. " +
		"Frames vary with the thickness of the rails and the depth of the base. " +
		"Foam mattresses weigh less than sprung ones of the same size. " +
		"Covers are sold separately in both sizes."
)

// TestTellsMoreOfPeople checks that a feature told of a woman tells of
// people more than a firm's release, and a page of sizes no more.
func TestTellsMoreOfPeople(t *testing.T) {
	c := preparedPair(t, personRelease, personFeature, personSizes)
	for d := range c.docs {
		t.Logf("page %d: person share %.2f, reports %.2f", d, c.personShare(d), c.reportsNews(d))
	}
	if !c.tellsMoreOfPeople(1, 0) {
		t.Error("the feature does not tell of people more than the release")
	}
	if c.tellsMoreOfPeople(2, 0) {
		t.Error("the page of sizes tells of people more than the release")
	}
	if c.reportPairApart(0, 1) {
		t.Error("reportPairApart(release, feature) = true, want false: the feature may be the news")
	}
	if !c.reportPairApart(0, 2) {
		t.Error("reportPairApart(release, sizes) = false, want true")
	}
}

// TestPersonShareEmpty checks that a page with no sentences tells of no
// one.
func TestPersonShareEmpty(t *testing.T) {
	c := preparedPair(t, personFeature)
	c.docs[0].cands = nil
	if got := c.personShare(0); got != 0 {
		t.Errorf("personShare of an empty page = %v, want 0", got)
	}
}
