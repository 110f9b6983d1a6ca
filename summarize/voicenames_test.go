package summarize

import (
	"testing"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/truecase"
)

func TestDropCommonNames(t *testing.T) {
	vs := []chorus.Voice{{Name: "Annual Reviews"}, {Name: "Ilse Varga"}, {Name: "Early Results"}, {Name: "Red Cross"}, {Name: "Rice"}, {Name: "Tomas Rell"}}
	got := dropCommonNames(vs)
	var names []string
	for _, v := range got {
		names = append(names, v.Name)
	}
	want := []string{"Ilse Varga", "Red Cross", "Rice", "Tomas Rell"}
	if len(names) != len(want) {
		t.Fatalf("dropCommonNames kept %q, want %q", names, want)
	}
	for i := range want {
		if names[i] != want[i] {
			t.Fatalf("dropCommonNames kept %q, want %q", names, want)
		}
	}
}

func TestCommonName(t *testing.T) {
	m := truecase.Default()
	for _, tt := range []struct {
		name string
		want bool
	}{
		{"Simple Logic", true}, {"Early Results", true}, {"Coast Guard", false}, {"Ilse Varga", false}, {"Brown", false},
	} {
		if got := commonName(m, tt.name); got != tt.want {
			t.Errorf("commonName(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}
