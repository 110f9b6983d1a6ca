package summarize

import (
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/lex"
	"github.com/chorusnews/chorus/truecase"
)

// This file belongs to the reading stage's last step, after the rules
// that raise names. A North American team's nickname is a name, but the
// truecase model never saw most of them capitalised ("packers",
// "seahawks") or knows them as common words ("jets", "giants"), so a
// lower-cased cluster reads "the New York jets", "the packers' only
// win", "during a diamondbacks game". raiseTeamNames writes a team's
// name (teamNames) with capitals where the summary writes it whole
// ("green bay packers" → "Green Bay Packers"), and its nickname alone
// where the cluster's sources write the whole name and the nickname
// stands as a team's: after "the", a possessive or a sentence's opening,
// or before a word of the game ("game", "quarterback", "fans"). A
// nickname the model writes mostly lower-case ("jets", "giants",
// "bills") is raised alone only before such a word: "fighter jets",
// "the bills" stay. Names whose nickname is a weather's or a place's word
// ("Miami Heat", "Colorado Avalanche", "Florida Panthers") are left out.
//
// Measured against 720b3ea (letter case alone): validation about 40
// summaries changed, all read: all better ("the New York Jets", "The
// Packers' only victory", "a Diamondbacks game", "Green Bay Packers
// quarterback"), 0 worse; one sentence also lost a repeated title once
// the team was a name ("The trade of Tebow to the New York Jets"),
// better. Train 1-6,000: 46 changed, 60 changed words drawn and read,
// all right.

// teamNames are the teams of the four North American leagues the
// summaries name, as their words are written lower-case.
var teamNames = []string{
	// Football.
	"arizona cardinals", "atlanta falcons", "baltimore ravens", "buffalo bills", "carolina panthers",
	"chicago bears", "cincinnati bengals", "cleveland browns", "dallas cowboys", "denver broncos",
	"detroit lions", "green bay packers", "houston texans", "indianapolis colts", "jacksonville jaguars",
	"kansas city chiefs", "los angeles rams", "st. louis rams", "los angeles chargers", "san diego chargers",
	"miami dolphins", "minnesota vikings", "new england patriots", "new orleans saints", "new york giants",
	"new york jets", "oakland raiders", "las vegas raiders", "philadelphia eagles", "pittsburgh steelers",
	"san francisco 49ers", "seattle seahawks", "tampa bay buccaneers", "tennessee titans", "washington redskins",
	// Baseball.
	"arizona diamondbacks", "atlanta braves", "baltimore orioles", "boston red sox", "chicago cubs",
	"chicago white sox", "cincinnati reds", "cleveland indians", "colorado rockies", "detroit tigers",
	"houston astros", "kansas city royals", "los angeles angels", "los angeles dodgers", "miami marlins",
	"florida marlins", "milwaukee brewers", "minnesota twins", "new york mets", "new york yankees",
	"oakland athletics", "philadelphia phillies", "pittsburgh pirates", "san diego padres",
	"san francisco giants", "seattle mariners", "st. louis cardinals", "tampa bay rays", "texas rangers",
	"toronto blue jays", "washington nationals",
	// Basketball.
	"atlanta hawks", "boston celtics", "brooklyn nets", "charlotte hornets", "charlotte bobcats",
	"chicago bulls", "cleveland cavaliers", "dallas mavericks", "denver nuggets", "detroit pistons",
	"golden state warriors", "houston rockets", "indiana pacers", "los angeles clippers", "los angeles lakers",
	"memphis grizzlies", "milwaukee bucks", "minnesota timberwolves", "new orleans pelicans", "new york knicks",
	"philadelphia 76ers", "phoenix suns", "portland trail blazers", "sacramento kings", "san antonio spurs",
	"toronto raptors", "utah jazz", "washington wizards",
	// Hockey.
	"anaheim ducks", "arizona coyotes", "boston bruins", "buffalo sabres", "calgary flames",
	"carolina hurricanes", "chicago blackhawks", "columbus blue jackets", "dallas stars", "detroit red wings",
	"edmonton oilers", "los angeles kings", "montreal canadiens", "nashville predators", "new jersey devils",
	"new york islanders", "new york rangers", "ottawa senators", "philadelphia flyers", "pittsburgh penguins",
	"san jose sharks", "st. louis blues", "toronto maple leafs", "vancouver canucks", "vegas golden knights",
	"washington capitals", "winnipeg jets",
}

// teamsByNickname maps a team's last word to the words of the teams'
// names that end in it.
var teamsByNickname = func() map[string][][]string {
	m := make(map[string][][]string)
	for _, t := range teamNames {
		ws := strings.Fields(t)
		nick := ws[len(ws)-1]
		m[nick] = append(m[nick], ws)
	}
	return m
}()

// teamGameWords are the words after a nickname that show a team: its
// game, people and seasons.
var teamGameWords = lex.Set("game", "games", "quarterback", "quarterbacks", "coach", "coaches", "fans", "fan",
	"season", "seasons", "player", "players", "pitcher", "pitchers", "roster", "defense", "offense",
	"receiver", "linebacker", "owner", "owners", "stadium", "franchise", "rookie", "lineup", "manager",
	"outfielder", "infielder", "catcher", "running", "tight", "cornerback", "safety", "kicker", "punter",
	"center", "forward", "guard", "goalie", "goaltender", "defenseman", "cheerleaders", "cheerleader",
	"organization", "jersey", "jerseys", "uniform", "uniforms", "win", "victory", "loss", "playoff", "playoffs")

// raiseTeamNames raises the teams' names and nicknames in the sentences,
// voice statements and claims of sum (the file's comment).
func (c *cluster) raiseTeamNames(sum *chorus.Summary) {
	var nicks map[string]bool
	for _, t := range evidenceTexts(sum) {
		for f := range lex.FieldsSeq(t) {
			core, _ := lowerCore(f)
			if _, ok := teamsByNickname[core]; ok && strings.HasPrefix(f, core) {
				if nicks == nil {
					nicks = make(map[string]bool)
				}
				nicks[core] = false
			}
		}
	}
	if nicks == nil {
		return
	}
	_, cores := c.candCores()
	for _, cs := range cores {
		for k := range cs {
			if _, ok := nicks[cs[k].w]; ok && teamBefore(cs, k) {
				nicks[cs[k].w] = true
			}
		}
	}
	tc := truecase.Default()
	rewriteTexts(sum, func(s string) string { return teamNamesIn(s, nicks, tc) })
}

// teamBefore reports whether the cores cs write a team's name whole,
// ending at cs[k].
func teamBefore(cs []core, k int) bool {
	for _, team := range teamsByNickname[cs[k].w] {
		n := len(team) - 1
		if k < n {
			continue
		}
		match := true
		for i := range n {
			w, dotted := strings.CutSuffix(team[i], ".") // "st." is read "st" with its full stop
			if cs[k-n+i].w != w || cs[k-n+i].punct != dotted {
				match = false
				break
			}
		}
		if match {
			return true
		}
	}
	return false
}

// teamNamesIn is raiseTeamNames for one text: nicks holds the nicknames
// the summary writes lower-case, true for those whose team the sources
// name whole.
func teamNamesIn(s string, nicks map[string]bool, tc *truecase.Model) string {
	fields := lex.SpaceFields(s)
	changed := false
	for j, f := range fields {
		core, _ := lowerCore(f)
		sourced, ok := nicks[core]
		if !ok || !strings.HasPrefix(f, core) {
			continue
		}
		if n := teamWritten(fields, j, core); n > 0 {
			for i := j - n; i <= j; i++ {
				fields[i] = raiseTeamWord(fields[i])
			}
			changed = true
			continue
		}
		if !sourced {
			continue
		}
		game := j+1 < len(fields) && f == core && teamGameWords[lex.Lower(lex.TrimRightPunct(fields[j+1], ",.;:"))]
		if !game && tc.MostlyLower(core) {
			continue
		}
		prev := ""
		if j > 0 {
			prev = fields[j-1]
		}
		if !game && j > 0 && lex.Lower(prev) != "the" && !strings.HasSuffix(prev, "'s") && !strings.HasSuffix(prev, "’s") {
			continue
		}
		fields[j] = raiseTeamWord(f)
		changed = true
	}
	if !changed {
		return s
	}
	return strings.Join(fields, " ")
}

// teamWritten returns how many words before fields[j], the nickname
// nick, write a team's name whole with it ("green bay" before
// "packers"), or 0.
func teamWritten(fields []string, j int, nick string) int {
	for _, team := range teamsByNickname[nick] {
		n := len(team) - 1
		if j < n {
			continue
		}
		match := true
		for i := range n {
			f := fields[j-n+i]
			if lex.Lower(f) != team[i] {
				match = false
				break
			}
		}
		if match {
			return n
		}
	}
	return 0
}

// raiseTeamWord returns the field f with a capital on its first letter;
// a number ("49ers") is kept.
func raiseTeamWord(f string) string {
	if f == "st." {
		return "St."
	}
	return lex.UpperFirst(f)
}
