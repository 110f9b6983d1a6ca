package main

import (
	"reflect"
	"testing"
)

// TestOnlyNames checks that only words a list holds in one capitalised
// form alone are taken as names.
func TestOnlyNames(t *testing.T) {
	list := []string{"Varnholm", "Quillby", "quillby", "Tesk", "TESK", "Brae's", "McOrr", "tern", "Étaval"}
	want := []string{"Varnholm", "Étaval"}
	if got := onlyNames(list); !reflect.DeepEqual(got, want) {
		t.Errorf("onlyNames = %q, want %q", got, want)
	}
}
