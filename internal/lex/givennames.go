package lex

// The given-name lists below are common given names in English-language
// news (American, British, and some frequent Hispanic, Arabic, South Asian
// and European ones), compiled by hand: in lower-cased text such as
// "william pulliam" only a list shows that "william" opens a person's name,
// and a name tells whether "he" or "she" may stand for its bearer. Names
// that are also common words ("will", "rose", "mark", "grace", "may",
// "bill", "art", "hope") are left out.
var (
	givenMen = Set(
		"aaron", "abdul", "abdullah", "adam", "adrian", "ahmad", "ahmed", "alan", "albert", "alberto",
		"alejandro", "alexander", "alfred", "ali", "allen", "alvin", "amir", "andre", "andrew", "andy",
		"angelo", "anthony", "antonio", "arnold", "arthur", "barack", "barry", "ben", "benjamin",
		"bernard", "bernie", "bobby", "brad", "bradley", "brandon", "brendan", "brett", "brian", "bruce",
		"bryan", "byron", "calvin", "cameron", "carl", "carlos", "cecil", "charles", "charlie",
		"christopher", "clarence", "clifford", "cody", "colin", "connor", "corey", "craig", "curtis",
		"dale", "dan", "daniel", "danny", "darren", "dave", "david", "dennis", "derek", "devin", "diego",
		"dmitry", "dominic", "donald", "doug", "douglas", "duane", "dustin", "dwayne", "dylan", "earl",
		"ed", "eddie", "edgar", "eduardo", "edward", "edwin", "elijah", "elliot", "emmanuel", "enrique",
		"eric", "erik", "ernest", "ethan", "eugene", "evan", "felix", "fernando", "francis", "francisco",
		"frank", "franklin", "fred", "frederick", "gabriel", "garrett", "gary", "gavin", "geoffrey",
		"george", "gerald", "giovanni", "glenn", "gordon", "graham", "greg", "gregory", "harold", "harry",
		"hassan", "hector", "henry", "herbert", "howard", "hugh", "hussein", "ian", "igor", "isaac",
		"ivan", "jack", "jacob", "jake", "james", "jared", "jason", "javier", "jeff", "jeffrey", "jeremy",
		"jerome", "jerry", "jim", "jimmy", "joe", "joel", "john", "johnny", "jon", "jonathan", "jorge",
		"jose", "joseph", "josh", "joshua", "juan", "julian", "justin", "karl", "keith", "ken", "kenneth",
		"kevin", "khalid", "kirk", "kyle", "larry", "lawrence", "leonard", "leroy", "lewis", "lloyd",
		"lonnie", "louis", "lucas", "luis", "luke", "malcolm", "manuel", "marco", "marcus", "mario",
		"martin", "marvin", "mateo", "matt", "matthew", "maurice", "michael", "miguel", "mike",
		"mitchell", "mohamed", "mohammad", "mohammed", "muhammad", "nathan", "nathaniel", "neil",
		"nicholas", "nick", "nicolas", "noah", "norman", "omar", "oscar", "owen", "pablo", "patrick",
		"paul", "pedro", "pete", "peter", "philip", "phillip", "rafael", "rahul", "raj", "ralph", "ramon",
		"randall", "randy", "raul", "raymond", "reginald", "ricardo", "richard", "rick", "ricky", "rob",
		"robert", "roberto", "rodney", "roger", "roland", "ron", "ronald", "ronnie", "ross", "roy",
		"russell", "ryan", "salvador", "samuel", "scott", "sean", "sergei", "sergio", "seth", "shane",
		"shawn", "sidney", "simon", "stanley", "stephen", "steve", "steven", "stuart", "tad", "ted",
		"terrence", "theodore", "thomas", "tim", "timothy", "todd", "tom", "tommy", "tony", "travis",
		"trevor", "troy", "tyler", "vernon", "victor", "vincent", "vladimir", "walter", "warren", "wayne",
		"wesley", "william", "willie", "zachary",
	)
	givenWomen = Set(
		"abigail", "adriana", "alexa", "alexandra", "alexis", "alice", "alicia", "alison", "allison",
		"alyssa", "amanda", "amy", "ana", "angela", "angelina", "anita", "ann", "anna", "anne", "annie",
		"audrey", "bailey", "barbara", "beatrice", "becky", "beth", "betty", "beverly", "brenda",
		"brianna", "bridget", "brittany", "caitlin", "camille", "candace", "carla", "carmen", "caroline",
		"carolyn", "carrie", "cassandra", "catherine", "cathy", "charlotte", "chelsea", "cheryl",
		"christina", "christine", "cindy", "claire", "claudia", "colleen", "courtney", "cynthia",
		"danielle", "deborah", "debra", "denise", "diana", "diane", "donna", "doris", "dorothy", "eileen",
		"elaine", "eleanor", "elena", "elizabeth", "ellen", "emily", "emma", "erica", "erin", "esther",
		"evelyn", "fatima", "frances", "gabriela", "gabrielle", "gail", "gina", "gloria", "hannah",
		"heather", "heidi", "helen", "hillary", "irene", "isabel", "isabella", "jacqueline", "jane",
		"janet", "janice", "jasmine", "jennifer", "jenny", "jessica", "jessie", "jill", "joan", "joanne",
		"jodi", "josephine", "joyce", "judith", "judy", "julia", "julie", "kaitlyn", "karen", "kate",
		"katherine", "kathleen", "kathryn", "kathy", "katie", "kayla", "kelsey", "kimberly", "kris",
		"kristen", "laura", "lauren", "leah", "linda", "lindsay", "lindsey", "lisa", "lori", "louise",
		"lucy", "lydia", "margaret", "maria", "marie", "marilyn", "martha", "mary", "megan", "melanie",
		"melissa", "meredith", "michelle", "monica", "nancy", "natalie", "nicole", "nina", "olivia",
		"pamela", "patricia", "paula", "peggy", "rachel", "rebecca", "rita", "roberta", "rosa", "ruth",
		"samantha", "sandra", "sara", "sarah", "sharon", "sheila", "shirley", "sophia", "sophie", "stacy",
		"stephanie", "susan", "suzanne", "sylvia", "tamara", "tammy", "tanya", "teresa", "theresa",
		"tiffany", "tina", "tracey", "valerie", "vanessa", "veronica", "wanda", "wendy", "yolanda",
		"yvonne", "zoe",
	)
	// givenEither are names given to men and women alike.
	givenEither = Set(
		"alex", "andrea", "ashley", "casey", "chris", "dana", "jamie", "jesse", "kelly", "leslie", "lynn",
		"marion", "morgan", "sam", "shannon", "taylor", "terry", "tracy",
	)
	givenAll = union(givenMen, givenWomen, givenEither)
)

// union returns a set holding every word of sets.
func union(sets ...map[string]bool) map[string]bool {
	out := make(map[string]bool)
	for _, s := range sets {
		for w := range s {
			out[w] = true
		}
	}
	return out
}

// IsGivenName reports whether lower-case w is a common given name.
func IsGivenName(w string) bool { return givenShapes.may(w) && givenAll[w] }

// IsMaleGivenName reports whether lower-case w is a given name of men only.
func IsMaleGivenName(w string) bool { return givenShapes.may(w) && givenMen[w] }

// IsFemaleGivenName reports whether lower-case w is a given name of women
// only.
func IsFemaleGivenName(w string) bool { return givenShapes.may(w) && givenWomen[w] }

// givenShapes are the shapes of the given names (every set's words are
// givenAll's), so that most words are turned away before a map lookup.
var givenShapes = shapesOf(givenAll)
