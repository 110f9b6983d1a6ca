package voices

import "testing"

func TestDropIntroduction(t *testing.T) {
	t.Parallel()
	person := Attribution{Name: "Ilse Varga", Role: "the hospital's chief surgeon"}
	carlos := Attribution{Name: "Carlos Varga", Role: "the hospital's chief surgeon"}
	org := Attribution{Name: "Velmora Holding", Role: "the company behind the pier"}
	quote := person
	quote.Quote = true
	cases := []struct {
		name    string
		reads   string
		a       Attribution
		heading string
		want    string
	}{
		{"title, name and role", "Dr. Ilse Varga, the hospital's chief surgeon, said her staff worked all night.", person, person.Role,
			"Varga said her staff worked all night."},
		{"given name and role, lower case", "carlos varga, the hospital's chief surgeon, said his staff worked all night.", carlos, carlos.Role,
			"Varga said his staff worked all night."},
		{"unlisted given name without a title", "Ilse Varga, the hospital's chief surgeon, said her staff worked all night.", person, person.Role,
			"Ilse Varga, the hospital's chief surgeon, said her staff worked all night."},
		{"another heading role", "Dr. Ilse Varga, the hospital's chief surgeon, said her staff worked all night.", person, "a surgeon",
			"Dr. Ilse Varga, the hospital's chief surgeon, said her staff worked all night."},
		{"words before the name", "On Tuesday Ilse Varga, the hospital's chief surgeon, said her staff worked all night.", person, person.Role,
			"On Tuesday Ilse Varga, the hospital's chief surgeon, said her staff worked all night."},
		{"organisation", "Velmora Holding, the company behind the pier, said it would rebuild.", org, org.Role,
			"Velmora Holding, the company behind the pier, said it would rebuild."},
		{"quote", "Ilse Varga, the hospital's chief surgeon, said so.", quote, person.Role,
			"Ilse Varga, the hospital's chief surgeon, said so."},
	}
	for _, c := range cases {
		if got := dropIntroduction(c.reads, c.a, c.heading); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}
