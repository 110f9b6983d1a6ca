package input

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestClearIconNames(t *testing.T) {
	tests := []struct {
		name, doc, want string
	}{
		{"material icon", `<span><i class="material-icons">bookmark_border</i> Save</span>`, "Save"},
		{"material symbols", `<span class="material-symbols-outlined">chat_bubble</span><span>12</span>`, "12"},
		{"icon token", `<button><span class="btn-icon">headset</span>Listen</button>`, "Listen"},
		{"icon with words is text", `<span class="icon-label">Save for later</span>`, "Save for later"},
		{"capitalised word is text", `<span class="icon">Save</span>`, "Save"},
		{"icon holding an element is left", `<span class="icons"><b>share</b></span>`, "share"},
		{"iconic is no icon token", `<span class="iconic">harbour</span>`, "harbour"},
		{"plain text", `<i>harbour</i>`, "harbour"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(`<html><body>` + tt.doc + `</body></html>`))
			if err != nil {
				t.Fatal(err)
			}
			clearIconNames(doc)
			if got := strings.Join(strings.Fields(nodeText(doc)), " "); got != tt.want {
				t.Errorf("text = %q, want %q", got, tt.want)
			}
		})
	}
}
