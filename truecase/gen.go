package truecase

// The embedded model (model.bin) is learned from cased development text in
// ../shared/data by scripts/truecase-model, with the proper nouns of
// Debian's wamerican word list and the names wamerican-insane holds in one
// capitalised form alone (both SCOWL, SCOWL-COPYRIGHT) it fetches; -eval
// measures it on held-out DUC 2006 topics instead.
//go:generate go run ../scripts/truecase-model -out model.bin
