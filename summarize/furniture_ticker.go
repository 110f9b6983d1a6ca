package summarize

import (
	"regexp"
	"strings"

	"github.com/chorusnews/chorus"
)

// A press release names a listed company with its stock symbol in
// brackets: "Acme Harbour Inc. (NYSE: AHB) today announced ...", "Vale
// Foods (Nasdaq: VLFD; TSX: VLF) and ...". A summary has no use for the
// symbol; stripTickers cuts it with the space before it, so that the
// sentence reads "Acme Harbour Inc. today announced ...". Only a bracket
// holding an exchange's name, a colon and symbols is cut: "the New York
// Stock Exchange (NYSE)" and "over-the-counter (OTC) drugs" keep theirs.
// The cut is made on the summary's chosen sentences: made in the cleaned
// text, it changed which sentences Multi-News summaries chose (the symbol
// marks a press release's sentence for the reading stage), and two of
// eleven changes read worse.

// cutTickers cuts the stock symbols in brackets from every text of sum a
// reader reads as prose (rewriteTexts).
func cutTickers(sum *chorus.Summary) { rewriteTexts(sum, stripTickers) }

// tickerExchange is the alternation of stock exchanges a symbol follows.
const tickerExchange = `(?:nyse(?: mkt| american| arca)?|nasdaq(?:gs|gm|cm)?|amex|tsx(?:-?v)?|tase|lse|asx|nzx|jse|otc(?:qb|qx|pk|bb)?|otc pink|otc markets|cboe|bats|euronext|xetra|hkex|sgx)`

// tickerSymbol is a stock symbol: a letter, then letters, digits, periods
// or hyphens.
const tickerSymbol = `[a-z][a-z0-9.-]{0,7}`

// tickerRE matches a bracket of stock symbols with the spaces before it:
// "(NYSE: AHB)", "( nasdaq: vlfd, vlf )", "(Nasdaq: VLFD; TSX: VLF)",
// "(TSX, NYSE: AHB)".
var tickerRE = regexp.MustCompile(`(?i) ?\( ?` + tickerExchange + `(?: ?[,;/] ?` + tickerExchange + `)* ?: ?` + tickerSymbol +
	`(?: ?[,;] ?(?:` + tickerExchange + ` ?: ?)?` + tickerSymbol + `)* ?\)`)

// A wire story names a listed company with its instrument code, a
// symbol, a dot and the exchange's letters: "Tarn Harbour Inc (THB.N)
// said", "Velmora Foods (vlf.o) and Quayline (QLN.L, QLN.PA)". The code
// is cut the same way. Only the suffixes of the larger exchanges are
// read, and none that ends an abbreviation ("(U.S.)", "(a.m.)",
// "(e.g.)", "(Ph.D)" keep theirs). Multi-News validation: 10 summaries
// change (11 codes) against e085ade, all read, all better; train
// 1-38,000: 31 change (41 codes), all read, every cut a code.

// ricSuffix is the alternation of exchange suffixes an instrument code
// ends with.
const ricSuffix = `(?:n|o|l|pa|de|t|to|hk|ax|as|mi|mc|ks|ss|sz|si|sa|bo|ns|co|he|st|ol|sw|vx|br|ls|ti|ps|jk|bk|kl|tw|mx|ta)`

// ricRE matches a bracket of instrument codes with the space before it.
var ricRE = regexp.MustCompile(`(?i) \((?:[a-z0-9]{1,6}\.` + ricSuffix + `(?:, ?| and )?)+\)`)

// stripTickers cuts the stock symbols and instrument codes in brackets
// from p (see above).
func stripTickers(p string) string {
	i := strings.IndexByte(p, '(')
	if i < 0 {
		return p
	}
	if strings.IndexByte(p[i:], ':') >= 0 {
		p = tickerRE.ReplaceAllString(p, "")
	}
	if strings.Contains(p, ".") && strings.Contains(p, " (") {
		p = ricRE.ReplaceAllString(p, "")
	}
	return p
}
