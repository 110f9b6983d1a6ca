package summarize

import (
	"testing"

	"github.com/chorusnews/chorus/truecase"
)

func TestRaiseListedNamesIn(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"a people's word", "Two turkish ferries left Tarnwick.", "Two Turkish ferries left Tarnwick."},
		{"a feast", "Anna Varga sailed on christmas day.", "Anna Varga sailed on Christmas day."},
		{"capitals", "The Tarnwick app's api failed.", "The Tarnwick app's API failed."},
		{"a hyphened part", "The syrian-turkish border and turkish-born Varga.", "The syrian-turkish border and turkish-born Varga."},
		{"an address", "See turkish.tarnwick.org today.", "See turkish.tarnwick.org today."},
		{"already raised", "Turkish ferries sailed at Christmas.", "Turkish ferries sailed at Christmas."},
		{"a common word", "The harbour centre opened.", "The harbour centre opened."},
	}
	tc := truecase.Default()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := raiseListedNamesIn(tt.in, tc); got != tt.want {
				t.Errorf("raiseListedNamesIn(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
