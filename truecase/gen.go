package truecase

// The embedded model (model.bin) is learned from cased development text in
// ../shared/data by scripts/truecase-model; -eval measures it on held-out
// DUC 2006 topics instead.
//go:generate go run ../scripts/truecase-model -out model.bin
