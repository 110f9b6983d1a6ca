package lex

import (
	"cmp"
	"slices"
)

// Sets here are slices sorted in ascending order without repeats, as
// SortUnique returns them.

// SortUnique sorts s in place and drops repeated values, returning the
// shortened slice.
func SortUnique[T cmp.Ordered](s []T) []T {
	slices.Sort(s)
	return slices.Compact(s)
}

// Intersect returns the number of values two sorted sets share.
func Intersect[T cmp.Ordered](a, b []T) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

// Jaccard returns the Jaccard similarity of two sorted sets: the size of
// their intersection over that of their union, 0 when either is empty.
func Jaccard[T cmp.Ordered](a, b []T) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	n := Intersect(a, b)
	return float64(n) / float64(len(a)+len(b)-n)
}
