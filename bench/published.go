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
