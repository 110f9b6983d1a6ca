package bench

// PublishedRow is a published result on DUC 2004 Task 2 under the SumRepo
// protocol: ROUGE recall ×100.
type PublishedRow struct {
	System                 string
	Rouge1, Rouge2, Rouge4 float64
}

// PublishedSource says where Published comes from.
const PublishedSource = "SumRepo (Hong et al., LREC 2014) system summaries scored by ROUGE-1.5.5 " +
	"-n 4 -x -m -l 100 -p 0.5 -c 95 -r 1000 -f A -t 0 (rouge.res in stuartmackie/duc-2004-rouge, reproduced byte for byte)"

// Published holds the SumRepo figures on DUC 2004 Task 2, recall ×100.
var Published = []PublishedRow{
	{"Lead", 31.46, 6.13, 0.62},
	{"LexRank", 36.00, 7.51, 0.83},
	{"Centroid", 36.42, 7.98, 1.20},
	{"FreqSum", 35.31, 8.12, 1.00},
	{"TsSum", 35.93, 8.16, 1.03},
	{"GreedyKL", 38.03, 8.56, 1.27},
	{"CLASSY04", 37.71, 9.02, 1.53},
	{"CLASSY11", 37.21, 9.21, 1.48},
	{"Submodular", 39.23, 9.37, 1.39},
	{"DPP", 39.84, 9.62, 1.57},
	{"OCCAMS_V", 38.50, 9.75, 1.33},
	{"RegSum", 38.60, 9.78, 1.62},
	{"ICSISumm", 38.44, 9.81, 1.74},
}

// PublishedUpdateSource says where PublishedUpdate comes from.
const PublishedUpdateSource = "NIST's jackknifed ROUGE-1.5.5 averages for the DUC 2007 update task, all three sets " +
	"(duc2007_update_rouge{2,su4}.jk.m.avg; go test ./rouge reproduces them from the participants' summaries); " +
	"peers 35-58 are the 24 participating systems, 35 NIST's baseline (the most recent document's first 100 words), letters the NIST assessors"

// PublishedUpdate holds NIST's figures on the DUC 2007 update task, recall
// ×100: the assessors' best and worst, the three best systems, the median
// system and NIST's baseline.
var PublishedUpdate = []PublishedUpdateRow{
	{"assessor D, best", 14.499, 17.998},
	{"assessor A, worst", 10.511, 14.779},
	{"system 40, best", 11.189, 14.306},
	{"system 55", 9.851, 13.509},
	{"system 45", 9.622, 13.245},
	{"system 38, median", 8.755, 12.845},
	{"system 35, baseline", 4.543, 8.247},
}

// PublishedUpdateRow is one NIST figure on the DUC 2007 update task:
// jackknifed recall ×100.
type PublishedUpdateRow struct {
	System           string
	Rouge2, RougeSU4 float64
}

// PublishedDUC2006Source says where PublishedDUC2006 comes from.
const PublishedDUC2006Source = "NIST's jackknifed ROUGE-1.5.5 averages for the DUC 2006 task (250 words; duc2006_rouge{2,su4}.jk.m.avg); " +
	"peers 2-35 are the 34 participating systems, 1 NIST's baseline (the most recent document's first 250 words), letters the NIST assessors"

// PublishedDUC2006 holds NIST's figures on DUC 2006, recall ×100: the
// assessors' best and worst, the three best systems, the median system
// and NIST's baseline. Every participant was given the topic statement.
var PublishedDUC2006 = []PublishedUpdateRow{
	{"assessor C, best", 13.260, 18.385},
	{"assessor A, worst", 10.361, 16.829},
	{"system 24, best", 9.505, 15.464},
	{"system 12", 8.987, 14.755},
	{"system 23", 8.792, 14.486},
	{"system 4, median", 7.741, 13.318},
	{"system 1, baseline", 4.947, 9.788},
}

// nistRows returns NIST's published rows for the named dataset and where
// they come from, or nil for a dataset NIST did not score.
func nistRows(data string) ([]PublishedUpdateRow, string) {
	switch data {
	case "duc2007-update":
		return PublishedUpdate, PublishedUpdateSource
	case "duc2006":
		return PublishedDUC2006, PublishedDUC2006Source
	}
	return nil, ""
}
